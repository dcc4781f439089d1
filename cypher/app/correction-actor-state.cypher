// An actor's name, aliases and name keys, before a correction changes them.
MATCH (a:Actor {id: $id})
RETURN a.name AS name, coalesce(a.aliases, []) AS aliases, coalesce(a.keys, []) AS keys
