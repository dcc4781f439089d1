// Whether the database holds anything at all (a throwaway graph must start empty).
RETURN EXISTS { MATCH (n) } AS nonEmpty
