// Records the identity of actors written before the graph kept it: name key,
// specific keys, and the state of a body or person (kept if already set).
UNWIND $actors AS a
MATCH (x:Actor {id: a.id})
SET x.nameKey = a.nameKey, x.idKeys = a.idKeys, x.state = coalesce(x.state, a.state)
RETURN count(x) AS actors
