// Benchmark reference only: the same search as a CONTAINS scan over every
// actor's name and aliases (what the full-text index saves us from).
MATCH (a:Actor)
WHERE toLower(a.name) CONTAINS $q OR any(x IN a.aliases WHERE toLower(x) CONTAINS $q)
RETURN a
LIMIT $limit
