// The corrections in force that concern any of these actors or articles
// (what an export's manifest carries).
MATCH (c:Correction)
WHERE c.undoneAt IS NULL AND (any(a IN c.actors WHERE a IN $actors) OR any(a IN c.articles WHERE a IN $articles))
RETURN c {.id, .kind, .payload, .by, .reason, .actors, .articles, at: toString(c.at),
          undoneAt: toString(c.undoneAt), .undoneBy, .undoReason} AS c
ORDER BY c.at, c.id
