// Saved scenes, by name, without their state (it can be large).
MATCH (s:Scene)
RETURN s.name AS name, s.title AS title, s.nodeCount AS nodes, s.edgeCount AS edges, s.hiddenCount AS hidden, s.pinnedCount AS pinned,
       toString(s.createdAt) AS createdAt, toString(s.updatedAt) AS updatedAt
ORDER BY s.name
