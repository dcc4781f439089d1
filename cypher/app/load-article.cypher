// Creates or updates the Article node. loadedAt is set once, on creation.
MERGE (ar:Article {id: $article.id})
  ON CREATE SET ar.loadedAt = datetime()
SET ar.title = $article.title,
    ar.published = $article.published,
    ar.source = $article.source,
    ar.url = $article.url,
    ar.sha256 = $article.sha256
RETURN ar.id AS id
