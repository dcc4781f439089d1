// Links each article to every actor it mentions, with the mention count.
// MERGE expands from the article's side (a handful of edges), not the actor's.
UNWIND $mentions AS m
MATCH (ar:Article {id: m.articleId})
MATCH (x:Actor {id: m.actorId})
MERGE (ar)-[r:MENTIONS]->(x)
SET r.count = m.count
RETURN count(r) AS mentions
