// Whether an actor with this id exists.
MATCH (a:Actor {id: $id}) RETURN count(a) AS n
