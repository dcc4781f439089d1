// Every actor's id, kind, name keys and aliases: what a bulk load resolves against.
MATCH (a:Actor)
RETURN a.id AS id, a.kind AS kind, coalesce(a.keys, []) AS keys, coalesce(a.aliases, []) AS aliases
