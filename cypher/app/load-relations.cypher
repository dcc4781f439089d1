// Writes event and structural edges, one per claim (keyed by the claim's id).
UNWIND $relations AS e
MATCH (s:Actor {id: e.source}), (t:Actor {id: e.target})
FOREACH (_ IN CASE WHEN e.type = 'ATTACKED' THEN [1] ELSE [] END | MERGE (s)-[r:ATTACKED {id: e.id}]->(t) SET r += e.props)
FOREACH (_ IN CASE WHEN e.type = 'SANCTIONED' THEN [1] ELSE [] END | MERGE (s)-[r:SANCTIONED {id: e.id}]->(t) SET r += e.props)
FOREACH (_ IN CASE WHEN e.type = 'EXPELLED' THEN [1] ELSE [] END | MERGE (s)-[r:EXPELLED {id: e.id}]->(t) SET r += e.props)
FOREACH (_ IN CASE WHEN e.type = 'DENIED' THEN [1] ELSE [] END | MERGE (s)-[r:DENIED {id: e.id}]->(t) SET r += e.props)
FOREACH (_ IN CASE WHEN e.type = 'PART_OF' THEN [1] ELSE [] END | MERGE (s)-[r:PART_OF {id: e.id}]->(t) SET r += e.props)
FOREACH (_ IN CASE WHEN e.type = 'LEADS' THEN [1] ELSE [] END | MERGE (s)-[r:LEADS {id: e.id}]->(t) SET r += e.props)
FOREACH (_ IN CASE WHEN e.type = 'SPEAKS_FOR' THEN [1] ELSE [] END | MERGE (s)-[r:SPEAKS_FOR {id: e.id}]->(t) SET r += e.props)
RETURN count(e) AS relations
