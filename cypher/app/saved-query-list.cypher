// User-saved queries, by name.
MATCH (q:SavedQuery)
RETURN q.name AS name, q.title AS title, q.description AS description, q.cypher AS cypher, q.params AS params, toString(q.createdAt) AS createdAt
ORDER BY q.name
