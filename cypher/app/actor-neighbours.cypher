// An actor's neighbours by relation type and direction, most-connected
// first, one page at a time; each neighbour comes with the edges joining it.
MATCH (a:Actor {id: $id})-[r]-(o:Actor)
WHERE type(r) IN $types
  AND ($direction = 'both' OR ($direction = 'out' AND startNode(r) = a) OR ($direction = 'in' AND endNode(r) = a))
WITH a, o, collect(r) AS rels
ORDER BY size(rels) DESC, o.name, o.id
SKIP $skip
LIMIT $limit
RETURN a, o, rels
