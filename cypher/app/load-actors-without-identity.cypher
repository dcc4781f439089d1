// Actors written before the graph kept their identity (name key, specific
// keys, state): their names and the countries they are linked to, a page at
// a time, for the writer to fill in once (server/db/actor-identity.ts).
MATCH (x:Actor) WHERE x.nameKey IS NULL
RETURN x.id AS id, x.kind AS kind, x.name AS name, coalesce(x.aliases, []) AS aliases,
       [(x)-[:PART_OF|LEADS|SPEAKS_FOR]->(c:Country) | c.id] AS states
LIMIT $limit
