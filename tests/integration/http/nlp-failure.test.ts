// The article endpoints when the NLP sidecar fails, against the real Neo4j
// and real sidecar clients: nothing listening (503 NLP_UNAVAILABLE), the run's
// sidecar too slow for the client's timeout (504 NLP_TIMEOUT) or refusing a
// wrong token (502 NLP_FAILED), a text over the sidecar's character limit
// (413 ARTICLE_TOO_LONG). Each is {code, message} without the sidecar's port,
// and nothing is written.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../../server/config.ts';
import type { GraphDb } from '../../../server/db/graph-db.ts';
import { createApp } from '../../../server/http/app.ts';
import { createLogger } from '../../../server/logger.ts';
import type { Annotator } from '../../../server/nlp/annotation.ts';
import { NLP_DEFAULTS } from '../../../server/nlp/nlp-defaults.ts';
import { SidecarClient } from '../../../server/nlp/sidecar-client.ts';
import { newSidecarToken } from '../../../server/nlp/sidecar-token.ts';
import { fingerprint } from '../../support/fingerprint.ts';
import { oneAttack } from '../../support/fixtures.ts';
import { testAnnotator } from '../../support/nlp-client.ts';
import { freePort } from '../../support/run-server.ts';
import { appWith } from '../../support/test-app.ts';

const TOKEN = 'test-token-0123456789abcdef';
const ARTICLE = 'Norway expelled three Russian diplomats on Monday, the Norwegian Foreign Ministry said.';
const log = createLogger('silent', false);

/** How the sidecar fails, what the API answers, and a real client that meets that failure. */
const failures: readonly [string, number, string, () => Promise<Annotator>][] = [
  ['has nothing listening on its port', 503, 'NLP_UNAVAILABLE', async () => new SidecarClient({ port: await freePort(), token: newSidecarToken() })],
  ['does not answer within the client\'s timeout', 504, 'NLP_TIMEOUT', () => Promise.resolve(testAnnotator(1))],
  ['refuses a wrong token', 502, 'NLP_FAILED', () => Promise.resolve(new SidecarClient({ port: inject('nlpPort'), token: newSidecarToken() }))],
];

type Send = (app: ReturnType<typeof createApp>, text: string) => request.Test;
const endpoints: readonly [string, Send][] = [
  ['POST /api/articles/preview (JSON)', (app, text) => request(app).post('/api/articles/preview').send({ text })],
  ['POST /api/articles (JSON)', (app, text) => request(app).post('/api/articles').set('Authorization', `Bearer ${TOKEN}`).send({ text })],
  ['POST /api/articles (file)', (app, text) => request(app).post('/api/articles').set('Authorization', `Bearer ${TOKEN}`).attach('file', Buffer.from(text), 'norway.txt')],
];

describe('the article endpoints when the NLP sidecar fails', () => {
  let db: GraphDb;
  const appOn = (annotator: Annotator, env: Record<string, string> = {}) =>
    createApp({ db, log, config: loadConfig({ API_TOKEN: TOKEN, ...env }), serveClient: false, annotator });

  beforeAll(async () => {
    ({ db } = await appWith([oneAttack('article:before')]));
  });
  afterAll(async () => {
    await db.close();
  });

  describe.each(endpoints)('%s', (_name, send) => {
    it.each(failures)('when the sidecar %s: %d %s, and nothing written', async (_why, status, code, annotator) => {
      const before = await fingerprint(db);
      const res = await send(appOn(await annotator()), ARTICLE);
      expect(res.status).toBe(status);
      expect(res.body.code).toBe(code);
      expect(typeof res.body.message).toBe('string');
      expect(JSON.stringify(res.body)).not.toContain(String(inject('nlpPort')));
      expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+/);
      expect(await fingerprint(db)).toBe(before);
    });
  });

  it('answers 413 ARTICLE_TOO_LONG for a text over the sidecar\'s character limit, and writes nothing', async () => {
    const sentence = 'Norway expelled three Russian diplomats. ';
    const text = sentence.repeat(Math.ceil((NLP_DEFAULTS.maxChars + 1) / sentence.length));
    const before = await fingerprint(db);
    const res = await request(appOn(testAnnotator(), { MAX_ARTICLE_BYTES: String(text.length + 1_000) }))
      .post('/api/articles')
      .set('Authorization', `Bearer ${TOKEN}`)
      .send({ text });
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('ARTICLE_TOO_LONG');
    expect(await fingerprint(db)).toBe(before);
  });

  it('loads the article once the sidecar answers', async () => {
    const res = await request(appOn(testAnnotator())).post('/api/articles').set('Authorization', `Bearer ${TOKEN}`).send({ text: ARTICLE });
    expect(res.status).toBe(201);
    expect(res.body.edges.map((e: { type: string }) => e.type)).toContain('EXPELLED');
  });
});
