// One saved scene with its state (a JSON text).
MATCH (s:Scene {name: $name})
RETURN s.name AS name, s.title AS title, s.nodeCount AS nodes, s.edgeCount AS edges, s.hiddenCount AS hidden, s.pinnedCount AS pinned,
       toString(s.createdAt) AS createdAt, toString(s.updatedAt) AS updatedAt, s.state AS state
