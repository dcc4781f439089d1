// Saves a user query; fails on the uniqueness constraint when the name is taken.
CREATE (q:SavedQuery {name: $name, title: $title, description: $description, cypher: $cypher, params: $params, createdAt: datetime()})
RETURN q.name AS name, toString(q.createdAt) AS createdAt
