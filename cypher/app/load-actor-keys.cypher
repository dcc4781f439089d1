// Every actor's id, kind, name keys, specific keys, state and names: what a
// bulk load resolves against (server/db/actor-resolver.ts).
MATCH (a:Actor)
RETURN a.id AS id, a.kind AS kind, coalesce(a.nameKey, '') AS nameKey, coalesce(a.idKeys, []) AS idKeys, a.state AS state,
       coalesce(a.keys, []) AS keys, [a.name] + coalesce(a.aliases, []) AS aliases
