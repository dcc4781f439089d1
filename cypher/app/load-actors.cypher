// Creates or updates actors: the kind label, the union of aliases and keys.
UNWIND $actors AS a
MERGE (x:Actor {id: a.id})
  ON CREATE SET x.name = a.name, x.kind = a.kind, x.aliases = [], x.keys = []
WITH x, a
SET x.aliases = reduce(acc = x.aliases, n IN a.aliases | CASE WHEN n IN acc OR n = x.name THEN acc ELSE acc + n END),
    x.keys = reduce(acc = x.keys, k IN a.keys | CASE WHEN k IN acc THEN acc ELSE acc + k END)
FOREACH (_ IN CASE WHEN a.kind = 'Country' THEN [1] ELSE [] END | SET x:Country)
FOREACH (_ IN CASE WHEN a.kind = 'GovernmentBody' THEN [1] ELSE [] END | SET x:GovernmentBody)
FOREACH (_ IN CASE WHEN a.kind = 'Organization' THEN [1] ELSE [] END | SET x:Organization)
FOREACH (_ IN CASE WHEN a.kind = 'Person' THEN [1] ELSE [] END | SET x:Person)
FOREACH (_ IN CASE WHEN a.kind = 'Group' THEN [1] ELSE [] END | SET x:Group)
RETURN count(x) AS actors
