// Every actor's id, kind and name keys: what a bulk load resolves against.
MATCH (a:Actor)
RETURN a.id AS id, a.kind AS kind, coalesce(a.keys, []) AS keys
