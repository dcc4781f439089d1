// One article's metadata, cleaned text and claims (with their offsets), for
// the reader and for adding a claim by hand.
MATCH (ar:Article {id: $id})
CALL (ar) {
  OPTIONAL MATCH (s:Actor)-[r:ATTACKED|SANCTIONED|EXPELLED|DENIED|PART_OF|LEADS|SPEAKS_FOR]->(t:Actor)
  WHERE r.articleId = ar.id AND (ar)-[:MENTIONS]->(s)
  WITH r, s, t WHERE r IS NOT NULL
  ORDER BY r.start, r.id
  RETURN collect({id: r.id, type: type(r), source: s.id, sourceName: s.name, target: t.id, targetName: t.name,
                  start: r.start, end: r.end, evidence: r.evidence, manual: coalesce(r.manual, false)}) AS claims
}
RETURN ar {.id, .title, .published, .source, .url, .text} AS article, claims
