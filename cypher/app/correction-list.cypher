// Corrections, newest first: all, or those concerning one actor or one article.
MATCH (c:Correction)
WHERE ($actor IS NULL OR $actor IN c.actors) AND ($article IS NULL OR $article IN c.articles)
  AND ($active = false OR c.undoneAt IS NULL)
RETURN c {.id, .kind, .payload, .by, .reason, .actors, .articles, at: toString(c.at),
          undoneAt: toString(c.undoneAt), .undoneBy, .undoReason} AS c
ORDER BY c.at DESC, c.id DESC
LIMIT $limit
