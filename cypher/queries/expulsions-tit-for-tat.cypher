// @title Expulsions and tit-for-tat counter-expulsions
// @description Every EXPELLED claim, and whether the expelled side expelled back.
// @param limit: integer = 300 — most expulsions to return
MATCH (a:Actor)-[e:EXPELLED]->(b:Actor)
OPTIONAL MATCH (b)-[back:EXPELLED]->(a)
WITH a, e, b, collect(back) AS counter
RETURN a, e, b, counter, a.name AS expelled_by, b.name AS expelled, e.when AS when,
       size(counter) > 0 AS retaliated, [c IN counter | c.when][0] AS counter_when
ORDER BY retaliated DESC, e.when
LIMIT $limit
