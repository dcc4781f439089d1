// The nodes and relationships with the given element ids, plus the end
// nodes of every relationship (an edge cannot be exported without them).
UNWIND $ids AS eid
CALL (eid) {
  MATCH (n) WHERE elementId(n) = eid
  RETURN n AS node, null AS rel
  UNION
  MATCH (a)-[r]->(b) WHERE elementId(r) = eid
  UNWIND [a, b] AS end
  RETURN end AS node, r AS rel
}
RETURN collect(DISTINCT node) AS nodes, collect(DISTINCT rel) AS rels
