// A rename applied again: only when the name differs (a load does not rename
// an existing actor, but a merge may have brought another name); the name it
// replaces stays an alias.
MATCH (a:Actor {id: $id})
WHERE a.name <> $name
SET a.aliases = [x IN coalesce(a.aliases, []) WHERE x <> $name] + CASE WHEN a.name IN coalesce(a.aliases, []) THEN [] ELSE [a.name] END,
    a.name = $name
RETURN a.id AS id
