// Benchmark helper: actors by degree, to pick a hub and a typical actor.
MATCH (a:Actor)
RETURN a.id AS id, a.name AS name, COUNT { (a)--() } AS degree
ORDER BY degree DESC
