// Renames an actor and/or changes its kind ($name, $kind: null keeps the
// value). A former name stays as an alias ($keepAlias) so that later loads
// still find the actor; $addKeys joins its name keys.
MATCH (a:Actor {id: $id})
WITH a, a.name AS oldName, a.kind AS oldKind
SET a.name = coalesce($name, a.name),
    a.kind = coalesce($kind, a.kind),
    a.aliases = [x IN coalesce(a.aliases, []) WHERE NOT x IN $dropAliases] + [x IN $addAliases WHERE NOT x IN coalesce(a.aliases, []) AND x <> coalesce($name, a.name)],
    a.keys = [k IN coalesce(a.keys, []) WHERE NOT k IN $dropKeys] + [k IN $addKeys WHERE NOT k IN coalesce(a.keys, [])]
WITH a, oldName, oldKind
// NOTE: the kind is also a label (the loader adds it); the label follows the property.
CALL (a) {
  WITH a WHERE $kind IS NOT NULL
  UNWIND [l IN labels(a) WHERE l IN $kinds AND l <> $kind] AS l
  REMOVE a:$(l)
}
CALL (a) {
  WITH a WHERE $kind IS NOT NULL
  SET a:$($kind)
}
RETURN oldName, oldKind, a.aliases AS aliases, a.keys AS keys
