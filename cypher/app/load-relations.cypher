// Creates the claims that are new: one edge per claim, keyed by the claim's id.
// NOTE: CREATE, not MERGE: the writer only passes ids the article does not have
// yet, and MERGE would scan every edge between two hubs to check for one.
UNWIND $relations AS e
MATCH (s:Actor {id: e.source}), (t:Actor {id: e.target})
FOREACH (_ IN CASE WHEN e.type = 'ATTACKED' THEN [1] ELSE [] END | CREATE (s)-[r:ATTACKED]->(t) SET r = e.props)
FOREACH (_ IN CASE WHEN e.type = 'SANCTIONED' THEN [1] ELSE [] END | CREATE (s)-[r:SANCTIONED]->(t) SET r = e.props)
FOREACH (_ IN CASE WHEN e.type = 'EXPELLED' THEN [1] ELSE [] END | CREATE (s)-[r:EXPELLED]->(t) SET r = e.props)
FOREACH (_ IN CASE WHEN e.type = 'DENIED' THEN [1] ELSE [] END | CREATE (s)-[r:DENIED]->(t) SET r = e.props)
FOREACH (_ IN CASE WHEN e.type = 'PART_OF' THEN [1] ELSE [] END | CREATE (s)-[r:PART_OF]->(t) SET r = e.props)
FOREACH (_ IN CASE WHEN e.type = 'LEADS' THEN [1] ELSE [] END | CREATE (s)-[r:LEADS]->(t) SET r = e.props)
FOREACH (_ IN CASE WHEN e.type = 'SPEAKS_FOR' THEN [1] ELSE [] END | CREATE (s)-[r:SPEAKS_FOR]->(t) SET r = e.props)
RETURN count(e) AS relations
