// Links the article to every actor it mentions, with the mention count.
MATCH (ar:Article {id: $articleId})
UNWIND $mentions AS m
MATCH (x:Actor {id: m.actorId})
MERGE (ar)-[r:MENTIONS]->(x)
SET r.count = m.count
RETURN count(r) AS mentions
