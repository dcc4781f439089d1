// Saves a scene, replacing the one of the same name (its creation date kept).
MERGE (s:Scene {name: $name})
ON CREATE SET s.createdAt = datetime(), s.created = true
SET s.title = $title, s.state = $state, s.nodeCount = $nodes, s.edgeCount = $edges, s.hiddenCount = $hidden, s.pinnedCount = $pinned,
    s.updatedAt = datetime()
WITH s, coalesce(s.created, false) AS created
REMOVE s.created
RETURN toString(s.createdAt) AS createdAt, toString(s.updatedAt) AS updatedAt, created
