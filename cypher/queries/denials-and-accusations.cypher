// @title Denials beside the accusations they deny
// @description Each DENIED claim, with the claims of the denied type that the text makes against the denier (or a body that is part of it).
// @param limit: integer = 200 — most denials to return
MATCH (denier:Actor)-[d:DENIED]->(accuser:Actor)
WITH denier, d, accuser ORDER BY d.when DESC LIMIT $limit
// NOTE: anchored on the denier (itself or a body within two PART_OF/SPEAKS_FOR
// hops), not a scan of every claim for each denial.
CALL (denier, d) {
  OPTIONAL MATCH (accused:Actor)-[:PART_OF|SPEAKS_FOR*0..2]->(denier), (accused)-[acc]->(victim:Actor)
  WHERE type(acc) = coalesce(d.denies, 'ATTACKED')
  RETURN collect(DISTINCT acc)[..10] AS accusations, collect(DISTINCT accused) AS accused, collect(DISTINCT victim) AS victims
}
RETURN denier, d, accuser, accusations, accused, victims,
       denier.name AS denied_by, accuser.name AS accuser_name, d.denies AS denies, d.evidence AS denial, size(accusations) AS accusation_count
ORDER BY d.when DESC
