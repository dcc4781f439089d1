// Deletes one user-saved query.
MATCH (q:SavedQuery {name: $name})
DELETE q
RETURN count(*) AS deleted
