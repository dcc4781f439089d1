// Creates or updates actors: the kind label, the union of aliases and keys.
// The writer checks every kind against the closed list before it gets here.
UNWIND $actors AS a
MERGE (x:Actor {id: a.id})
  ON CREATE SET x.name = a.name, x.kind = a.kind, x.aliases = [], x.keys = []
SET x:$(a.kind),
    x.aliases = reduce(acc = x.aliases, n IN a.aliases | CASE WHEN n IN acc OR n = x.name THEN acc ELSE acc + n END),
    x.keys = reduce(acc = x.keys, k IN a.keys | CASE WHEN k IN acc THEN acc ELSE acc + k END)
RETURN count(x) AS actors
