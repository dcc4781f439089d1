// @title Who acts for a state
// @description The bodies and people that are part of, lead or speak for an actor (two levels deep), with the events they take part in.
// @param actor: actor = "country:iran" — the state's (or body's) id
MATCH p = (member:Actor)-[:PART_OF|LEADS|SPEAKS_FOR*1..2]->(a:Actor {id: $actor})
OPTIONAL MATCH (member)-[e:ATTACKED|SANCTIONED|EXPELLED|DENIED]-(other:Actor)
WITH p, member, collect(e) AS events, collect(other) AS others
RETURN p, events, others, member.name AS member, member.kind AS kind, size(events) AS event_count
ORDER BY event_count DESC, member
