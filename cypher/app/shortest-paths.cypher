// All shortest paths between two actors over the chosen relation types.
// NOTE: a variable-length bound cannot be a parameter; 8 is the hard cap and
// $maxLength narrows it.
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = allShortestPaths((a)-[*..8]-(b))
WHERE length(p) <= $maxLength AND all(r IN relationships(p) WHERE type(r) IN $types)
RETURN p
LIMIT $limit
