// The stored text of an article, for checking a claim added by hand.
MATCH (ar:Article {id: $id})
RETURN ar.text AS text, ar.title AS title
