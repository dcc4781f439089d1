// Saved web pages through the real API (the test Neo4j, the real NLP sidecar):
// uploaded as a file and pasted as JSON text, each becomes an article with
// the page's title, day and outlet, whose claims quote the stored text at
// their offsets and hold no markup, with no actor made of markup; a page
// without a story is refused and nothing is written.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeBuffer } from 'encoding-sniffer';
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../../server/db/graph-db.ts';
import { cleanArticle } from '../../../server/extract/clean/clean.ts';
import { readArticleInput } from '../../../server/load/article-input.ts';
import { fingerprint } from '../../support/fingerprint.ts';
import { appWith } from '../../support/test-app.ts';
import { counts, emptyDb } from '../../support/test-db.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/html');
const bytesOf = (name: string): Buffer => readFileSync(path.join(FIXTURES, name));

interface Page {
  readonly file: string;
  /** The page as an analyst pastes it: already characters. */
  readonly pasted: string;
  readonly title: string;
  readonly published: string | null;
  readonly source: string | null;
  readonly url: string | null;
}

const PAGES: readonly Page[] = [
  {
    file: 'news-site.html',
    pasted: bytesOf('news-site.html').toString('utf8'),
    title: 'Estonia expels Belarusian diplomat after ministry hack',
    published: '2024-03-12',
    source: 'The Baltic Ledger',
    url: 'https://ledger.example.org/world/2024/03/12/estonia-expels-belarusian-diplomat',
  },
  {
    file: 'wire-blog.html',
    pasted: bytesOf('wire-blog.html').toString('utf8'),
    title: 'Japan sanctions North Korean shipping firms',
    published: '2023-11-05',
    source: 'Northline Wire',
    url: 'https://northline.example.com/2023/11/05/japan-sanctions-north-korean-shipping-firms',
  },
  {
    file: 'old-style-1252.html',
    pasted: decodeBuffer(bytesOf('old-style-1252.html'), { userEncoding: 'windows-1252' }),
    title: 'Peru expels Venezuelan ambassador',
    published: null,
    source: null,
    url: null,
  },
];

/** Names an actor made of the page's markup would have. */
const MARKUP_NAME = /^(?:html|head|body|doctype|div|span|script|style|css|meta|font|br|nbsp|amp|http|https|www|json|ld\+json|og|title)$/i;

/** The text the extractor cleaned, computed the way the load service does it: what the claims' offsets index into. */
function cleanedTextOf(page: Page): string {
  const r = readArticleInput({ name: page.file, content: bytesOf(page.file) }, { maxBytes: 2_000_000 });
  if (!r.ok) throw new Error(`${page.file}: ${r.message}`);
  return cleanArticle(r.input.text).cleanText;
}

describe('loading saved web pages', () => {
  let db: GraphDb;
  let app: Express;

  beforeAll(async () => {
    ({ db, app } = await appWith([]));
  });
  afterAll(async () => {
    await db.close();
  });

  async function expectStoredArticle(page: Page, articleId: string): Promise<void> {
    const list = await request(app).get('/api/articles');
    expect(list.status).toBe(200);
    const stored = list.body.articles.find((a: { id: string }) => a.id === articleId);
    expect(stored).toMatchObject({ title: page.title, published: page.published, source: page.source, url: page.url });
    expect(stored.claims).toBeGreaterThan(0);

    const clean = cleanedTextOf(page);
    expect(clean).not.toMatch(/[<>]/);
    // NOTE: the Article keeps its text only once article texts are stored (the reader's work); when it does, it is that text.
    const text = (await db.read('MATCH (a:Article {id: $id}) RETURN a.text AS text', { id: articleId })).records[0]?.get('text') as string | null | undefined;
    if (text !== null && text !== undefined) expect(text).toBe(clean);
    const claims = await db.read('MATCH ()-[r]->() WHERE r.articleId = $id RETURN r.evidence AS evidence, r.start AS start, r.end AS end', { id: articleId });
    expect(claims.records.length).toBeGreaterThan(0);
    for (const c of claims.records) {
      const [evidence, start, end] = [c.get('evidence') as string, Number(c.get('start')), Number(c.get('end'))];
      expect(clean.slice(start, end)).toBe(evidence);
      expect(evidence).not.toMatch(/[<>]|&[a-z]+;|cookie|dataLayer/i);
    }

    const actors = await db.read('MATCH (a:Actor) RETURN a.name AS name, coalesce(a.aliases, []) AS aliases');
    for (const a of actors.records) {
      for (const name of [a.get('name') as string, ...(a.get('aliases') as string[])]) {
        expect(name, `actor ${name}`).not.toMatch(MARKUP_NAME);
        expect(name, `actor ${name}`).not.toMatch(/[<>]/);
      }
    }
  }

  describe.each(PAGES)('$file', (page) => {
    let uploadedId = '';

    it('previews an upload with the page title and day, and evidence without markup', async () => {
      const res = await request(app).post('/api/articles/preview').attach('file', bytesOf(page.file), { filename: page.file, contentType: 'text/html' });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.article).toMatchObject({ title: page.title, published: page.published });
      expect(res.body.edges.length).toBeGreaterThan(0);
      for (const e of res.body.edges) expect(e.evidence).not.toMatch(/[<>]/);
    });

    it('loads the page uploaded as a file', async () => {
      const res = await request(app).post('/api/articles').attach('file', bytesOf(page.file), { filename: page.file, contentType: 'text/html' });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body.article.title).toBe(page.title);
      uploadedId = res.body.loaded.articleId;
      await expectStoredArticle(page, uploadedId);
    });

    it('loads the same page pasted as JSON text into the same article, changing nothing', async () => {
      const before = await counts(db);
      const res = await request(app).post('/api/articles').send({ text: page.pasted });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body.loaded.articleId).toBe(uploadedId);
      await expectStoredArticle(page, uploadedId);
      expect(await counts(db)).toEqual(before);
    });
  });

  it("lets the upload's own fields win over the page's", async () => {
    const res = await request(app)
      .post('/api/articles')
      .field('title', 'Tallinn sends envoy home')
      .field('published', '2024-03-13')
      .attach('file', bytesOf('news-site.html'), { filename: 'saved.htm', contentType: 'application/octet-stream' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const stored = (await request(app).get('/api/articles')).body.articles.find((a: { id: string }) => a.id === res.body.loaded.articleId);
    expect(stored).toMatchObject({ title: 'Tallinn sends envoy home', published: '2024-03-13', source: 'The Baltic Ledger' });
  });

  describe('a page without a story', () => {
    const page = bytesOf('no-article.html');

    it.each([
      ['previewed as a file', '/api/articles/preview', 'file'],
      ['loaded as a file', '/api/articles', 'file'],
      ['loaded as JSON text', '/api/articles', 'json'],
    ])('is refused with 422 NO_ARTICLE_CONTENT when %s, and nothing is written', async (_what, url, how) => {
      await emptyDb(db);
      const before = await fingerprint(db);
      const req = request(app).post(url);
      const res = how === 'file' ? await req.attach('file', page, { filename: 'login.html', contentType: 'text/html' }) : await req.send({ text: page.toString('utf8') });
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('NO_ARTICLE_CONTENT');
      expect(res.body.message).toMatch(/login\.html|request body/);
      expect(await fingerprint(db)).toBe(before);
    });
  });
});
