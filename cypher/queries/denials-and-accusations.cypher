// @title Denials beside the accusations they deny
// @description Each DENIED claim, with the claims of the denied type that the text makes against the denier (or a body that is part of it).
// @param limit: integer = 200 — most denials to return
MATCH (denier:Actor)-[d:DENIED]->(accuser:Actor)
OPTIONAL MATCH (accused:Actor)-[acc]->(victim:Actor)
WHERE type(acc) = coalesce(d.denies, 'ATTACKED')
  AND (accused = denier OR EXISTS { (accused)-[:PART_OF|SPEAKS_FOR*1..2]->(denier) })
WITH denier, d, accuser, collect(DISTINCT acc)[..10] AS accusations, collect(DISTINCT accused) AS accused, collect(DISTINCT victim) AS victims
RETURN denier, d, accuser, accusations, accused, victims,
       denier.name AS denied_by, accuser.name AS accuser_name, d.denies AS denies, d.evidence AS denial, size(accusations) AS accusation_count
ORDER BY d.when DESC
LIMIT $limit
