// How many distinct neighbours an actor has under the same filters.
MATCH (a:Actor {id: $id})-[r]-(o:Actor)
WHERE type(r) IN $types
  AND ($direction = 'both' OR ($direction = 'out' AND startNode(r) = a) OR ($direction = 'in' AND endNode(r) = a))
RETURN count(DISTINCT o) AS total
