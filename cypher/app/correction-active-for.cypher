// The corrections still in force that may concern an article just (re-)loaded:
// those naming the article, and every actor-level one (a merge, split, rename
// or change of kind applies to whatever the article brought for that actor).
MATCH (c:Correction)
WHERE c.undoneAt IS NULL AND ($article IN c.articles OR c.kind IN ['merge', 'split', 'rename', 'kind'])
RETURN c {.id, .kind, .payload} AS c
ORDER BY c.at, c.id
