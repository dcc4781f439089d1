// Schema of the Actorgraph graph, applied idempotently at boot.
// One statement per `;`-terminated block.

CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT saved_query_name IF NOT EXISTS FOR (q:SavedQuery) REQUIRE q.name IS UNIQUE;
CREATE INDEX article_sha256 IF NOT EXISTS FOR (a:Article) ON (a.sha256);
CREATE INDEX actor_kind IF NOT EXISTS FOR (a:Actor) ON (a.kind);
CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name);
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.aliases];
CREATE FULLTEXT INDEX claim_evidence IF NOT EXISTS FOR ()-[r:ATTACKED|SANCTIONED|EXPELLED|DENIED]-() ON EACH [r.evidence];
CREATE INDEX attacked_article IF NOT EXISTS FOR ()-[r:ATTACKED]-() ON (r.articleId);
CREATE INDEX sanctioned_article IF NOT EXISTS FOR ()-[r:SANCTIONED]-() ON (r.articleId);
CREATE INDEX expelled_article IF NOT EXISTS FOR ()-[r:EXPELLED]-() ON (r.articleId);
CREATE INDEX denied_article IF NOT EXISTS FOR ()-[r:DENIED]-() ON (r.articleId);
CREATE INDEX attacked_when IF NOT EXISTS FOR ()-[r:ATTACKED]-() ON (r.when);
CREATE INDEX sanctioned_when IF NOT EXISTS FOR ()-[r:SANCTIONED]-() ON (r.when);
CREATE INDEX expelled_when IF NOT EXISTS FOR ()-[r:EXPELLED]-() ON (r.when);
CREATE INDEX denied_when IF NOT EXISTS FOR ()-[r:DENIED]-() ON (r.when);
CREATE INDEX attacked_id IF NOT EXISTS FOR ()-[r:ATTACKED]-() ON (r.id);
CREATE INDEX sanctioned_id IF NOT EXISTS FOR ()-[r:SANCTIONED]-() ON (r.id);
CREATE INDEX expelled_id IF NOT EXISTS FOR ()-[r:EXPELLED]-() ON (r.id);
CREATE INDEX denied_id IF NOT EXISTS FOR ()-[r:DENIED]-() ON (r.id);
CREATE INDEX part_of_article IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.articleId);
CREATE INDEX leads_article IF NOT EXISTS FOR ()-[r:LEADS]-() ON (r.articleId);
CREATE INDEX speaks_for_article IF NOT EXISTS FOR ()-[r:SPEAKS_FOR]-() ON (r.articleId);
CREATE CONSTRAINT scene_name IF NOT EXISTS FOR (s:Scene) REQUIRE s.name IS UNIQUE;
