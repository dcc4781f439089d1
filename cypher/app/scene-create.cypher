// Saves a new scene; fails on the uniqueness constraint when the name is taken.
CREATE (s:Scene {name: $name, title: $title, state: $state, nodeCount: $nodes, edgeCount: $edges, hiddenCount: $hidden, pinnedCount: $pinned,
                 createdAt: datetime(), updatedAt: datetime()})
RETURN toString(s.createdAt) AS createdAt, toString(s.updatedAt) AS updatedAt, true AS created
