// Deletes one saved scene.
MATCH (s:Scene {name: $name})
DELETE s
RETURN count(*) AS deleted
