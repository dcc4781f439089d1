// Records a correction the analyst made (applied in the same transaction):
// what (kind and payload as JSON), who, when, why, and which actors and
// articles it concerns, so that it can be listed per actor and per article.
CREATE (c:Correction {id: $id, kind: $kind, payload: $payload, by: $by, reason: $reason,
                      actors: $actors, articles: $articles, at: datetime()})
RETURN c.id AS id, toString(c.at) AS at
