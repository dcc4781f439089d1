// The articles that mention an actor (those a correction of it concerns).
MATCH (ar:Article)-[:MENTIONS]->(:Actor {id: $id})
RETURN collect(ar.id) AS ids
