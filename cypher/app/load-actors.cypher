// Creates or updates actors: the kind label, the union of aliases, name keys
// and specific keys, and the state of a body or person once one is known
// (never changed after). The writer checks every kind against the closed
// list before it gets here.
UNWIND $actors AS a
MERGE (x:Actor {id: a.id})
  ON CREATE SET x.name = a.name, x.kind = a.kind, x.nameKey = a.nameKey, x.aliases = [], x.keys = [], x.idKeys = []
SET x:$(a.kind),
    x.state = coalesce(x.state, a.state),
    x.aliases = reduce(acc = x.aliases, n IN a.aliases | CASE WHEN n IN acc OR n = x.name THEN acc ELSE acc + n END),
    x.keys = reduce(acc = x.keys, k IN a.keys | CASE WHEN k IN acc THEN acc ELSE acc + k END),
    x.idKeys = reduce(acc = coalesce(x.idKeys, []), k IN a.idKeys | CASE WHEN k IN acc THEN acc ELSE acc + k END)
RETURN count(x) AS actors
