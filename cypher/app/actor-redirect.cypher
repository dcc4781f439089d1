// The actor an id was merged into (a correction), if any. Only asked when no
// actor has the id, so the label scan is paid on a miss only.
MATCH (a:Actor) WHERE $id IN coalesce(a.redirects, [])
RETURN a.id AS id
LIMIT 1
