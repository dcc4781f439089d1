// @title Who sanctioned the attackers of an actor
// @description Attack → sanctions chains: for each actor that attacked the victim, who sanctioned it or a body or person that is part of it, leads it or speaks for it.
// @param victim: actor = "country:albania" — the attacked actor's id
// @param limit: integer = 200 — most chains to return
MATCH (attacker:Actor)-[a:ATTACKED]->(victim:Actor {id: $victim})
MATCH (sanctioner:Actor)-[s:SANCTIONED]->(target:Actor)
WHERE target = attacker OR EXISTS { (target)-[:PART_OF|LEADS|SPEAKS_FOR*1..2]->(attacker) } OR EXISTS { (attacker)-[:PART_OF*1..2]->(target) }
RETURN victim, a, attacker, s, sanctioner, target,
       attacker.name AS attacker_name, sanctioner.name AS sanctioned_by, target.name AS sanctioned, s.when AS when
ORDER BY s.when DESC
LIMIT $limit
