// One actor: its aliases, the articles that mention it, and every claim it
// takes part in, with the article each claim comes from.
MATCH (a:Actor {id: $id})
CALL (a) {
  OPTIONAL MATCH (ar:Article)-[m:MENTIONS]->(a)
  WITH ar, m WHERE ar IS NOT NULL
  RETURN collect({id: ar.id, title: ar.title, published: ar.published, mentions: coalesce(m.count, 0)}) AS articles
}
CALL (a) {
  OPTIONAL MATCH (a)-[r]-(o:Actor)
  WHERE type(r) IN $types
  OPTIONAL MATCH (art:Article {id: r.articleId})
  WITH r, o, art WHERE r IS NOT NULL
  ORDER BY r.when, r.id
  RETURN collect({
    id: r.id, type: type(r), direction: CASE WHEN startNode(r) = a THEN 'out' ELSE 'in' END,
    other: {id: o.id, name: o.name, kind: o.kind},
    articleId: r.articleId, articleTitle: art.title, when: r.when, evidence: r.evidence,
    certainty: r.certainty, claimedBy: r.claimedBy, denies: r.denies
  }) AS claims
}
RETURN a, articles, claims
