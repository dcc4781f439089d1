// Creates or updates Article nodes; says which existed before (only those
// can hold claims to replace). loadedAt is set once, on creation.
UNWIND $articles AS a
OPTIONAL MATCH (old:Article {id: a.id})
WITH a, old IS NOT NULL AS existed
MERGE (ar:Article {id: a.id})
  ON CREATE SET ar.loadedAt = datetime()
SET ar.title = a.title,
    ar.published = a.published,
    ar.source = a.source,
    ar.url = a.url,
    ar.sha256 = a.sha256
RETURN a.id AS id, existed
