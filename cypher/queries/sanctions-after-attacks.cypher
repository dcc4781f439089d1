// @title Who sanctioned the attackers of an actor
// @description Attack → sanctions chains: for each actor that attacked the victim, who sanctioned it or a body or person that is part of it, leads it or speaks for it.
// @param victim: actor = "country:albania" — the attacked actor's id
// @param limit: integer = 200 — most chains to return
MATCH (attacker:Actor)-[a:ATTACKED]->(victim:Actor {id: $victim})
// NOTE: the sanctioned side is found from each attacker (itself, a body within
// two hops of it, or what it is part of), not by pairing every sanction with
// every attack.
CALL (attacker) {
  MATCH (target:Actor)-[:PART_OF|LEADS|SPEAKS_FOR*0..2]->(attacker)
  RETURN target
  UNION
  MATCH (attacker)-[:PART_OF*1..2]->(target:Actor)
  RETURN target
}
MATCH (sanctioner:Actor)-[s:SANCTIONED]->(target)
RETURN victim, a, attacker, s, sanctioner, target,
       attacker.name AS attacker_name, sanctioner.name AS sanctioned_by, target.name AS sanctioned, s.when AS when
ORDER BY s.when DESC
LIMIT $limit
