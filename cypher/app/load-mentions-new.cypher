// Links new articles (no MENTIONS yet) to the actors they mention: CREATE,
// grouped by article, so that the article is found once.
UNWIND $articles AS a
MATCH (ar:Article {id: a.id})
UNWIND a.mentions AS m
MATCH (x:Actor {id: m.actorId})
CREATE (ar)-[r:MENTIONS {count: m.count}]->(x)
RETURN count(r) AS mentions
