// Puts a claim into the graph (a restored rejected claim, or one the analyst
// added), unless the article already has it. An end that was merged away is
// found through the survivor's redirects.
MATCH (ar:Article {id: $articleId})
MATCH (s:Actor) WHERE s.id = $source OR $source IN coalesce(s.redirects, [])
MATCH (t:Actor) WHERE t.id = $target OR $target IN coalesce(t.redirects, [])
WITH ar, s, t LIMIT 1
CALL (ar, s, t) {
  WITH ar, s, t WHERE NOT EXISTS { MATCH ()-[r:ATTACKED|SANCTIONED|EXPELLED|DENIED|PART_OF|LEADS|SPEAKS_FOR {id: $props.id}]->() WHERE r.articleId = $articleId }
  CREATE (s)-[r:$($type)]->(t)
  SET r = $props
  MERGE (ar)-[ms:MENTIONS]->(s) ON CREATE SET ms.count = 1
  MERGE (ar)-[mt:MENTIONS]->(t) ON CREATE SET mt.count = 1
  RETURN count(r) AS created
}
RETURN created
