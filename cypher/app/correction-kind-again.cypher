// A change of kind applied again: the property and the kind label, which a
// load sets from the extraction (any other kind label goes).
MATCH (a:Actor {id: $id})
WITH a, [l IN labels(a) WHERE l IN $kinds AND l <> $kind] AS stale
WHERE a.kind <> $kind OR size(stale) > 0 OR NOT $kind IN labels(a)
CALL (a, stale) {
  UNWIND stale AS l
  REMOVE a:$(l)
}
SET a.kind = $kind, a:$($kind)
RETURN a.id AS id
