// Nodes by element id: the end nodes of relationships a query returned
// without them, so that the canvas can draw those relationships.
UNWIND $ids AS eid
MATCH (n) WHERE elementId(n) = eid
RETURN n
