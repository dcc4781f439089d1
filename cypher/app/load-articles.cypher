// Creates or updates Article nodes, with their cleaned text (the reader shows
// it, a claim added by hand is checked against it); says which existed before
// (only those can hold claims to replace). loadedAt is set once, on creation.
UNWIND $articles AS a
OPTIONAL MATCH (old:Article {id: a.id})
WITH a, old IS NOT NULL AS existed
MERGE (ar:Article {id: a.id})
  ON CREATE SET ar.loadedAt = datetime()
// NOTE: a load that lacks a field keeps what the graph has (loading the same
// bytes again without their title or date changes nothing); an empty title
// never replaces a real one.
SET ar.title = CASE WHEN trim(coalesce(a.title, '')) = '' THEN coalesce(ar.title, '') ELSE a.title END,
    ar.published = coalesce(a.published, ar.published),
    ar.source = coalesce(a.source, ar.source),
    ar.url = coalesce(a.url, ar.url),
    ar.sha256 = a.sha256,
    ar.text = a.text
RETURN a.id AS id, existed
