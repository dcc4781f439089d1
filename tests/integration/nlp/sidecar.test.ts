// The NLP sidecar of the test run for real (Stanford CoreNLP behind its
// loopback HTTP wrapper): what it returns for a sentence, and what it refuses —
// a missing or wrong token, requests from web pages (Origin) or through a
// foreign Host name, bodies that are not {"text": string}, texts over the limit
// — and that it listens on 127.0.0.1 only.
import { request } from 'node:http';
import { connect } from 'node:net';
import os from 'node:os';
import { describe, expect, inject, it } from 'vitest';
import { NlpError } from '../../../server/nlp/nlp-error.ts';
import { SidecarClient } from '../../../server/nlp/sidecar-client.ts';
import { freePort } from '../../support/run-server.ts';
import { testAnnotator } from '../../support/nlp-client.ts';

const port = inject('nlpPort');
const token = inject('nlpToken');

interface Raw {
  readonly method?: string;
  readonly path?: string;
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

/** A request with exactly these headers (fetch would not send a foreign Host). */
function raw({ method = 'POST', path = '/annotate', headers = {}, body }: Raw): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
const text = (t: string): string => JSON.stringify({ text: t });

/** The first IPv4 address of this machine that is not loopback, if any. */
function externalAddress(): string | undefined {
  for (const list of Object.values(os.networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return undefined;
}

describe('NLP sidecar', () => {
  it('parses a sentence into tokens, dependencies and entities', async () => {
    const sentence = 'Angela Merkel visited Paris.';
    const { sentences } = await testAnnotator().annotate(sentence);
    expect(sentences).toHaveLength(1);
    const s = sentences[0]!;
    expect(s.tokens.map((t) => t.word)).toEqual(['Angela', 'Merkel', 'visited', 'Paris', '.']);
    for (const t of s.tokens) expect(sentence.slice(t.begin, t.end)).toBe(t.word);
    expect(s.tokens.map((t) => t.ner)).toEqual(['PERSON', 'PERSON', 'O', 'LOCATION', 'O']);
    expect(s.tokens[2]?.lemma).toBe('visit');
    // 1-based: visited = 3, Merkel = 2, Paris = 4.
    expect(s.basic).toContainEqual(['nsubj', 3, 2]);
    expect(s.basic).toContainEqual(['obj', 3, 4]);
    expect(s.basic).toContainEqual(['root', 0, 3]);
    expect(s.enhanced).toContainEqual(['nsubj', 3, 2]);
  });

  it('gives offsets in UTF-16 units, as JavaScript slices strings', async () => {
    const article = 'Kyiv 🇺🇦 — Zelenskyy met Macron.\nThe “talks” lasted an hour in Kraków.';
    const { sentences } = await testAnnotator().annotate(article);
    expect(sentences).toHaveLength(2);
    const words = sentences.flatMap((s) => s.tokens).filter((t) => /^[\p{L}\p{N}]+$/u.test(t.word));
    expect(words.map((t) => t.word)).toEqual(expect.arrayContaining(['Zelenskyy', 'Macron', 'Kraków', 'hour']));
    for (const t of words) expect(article.slice(t.begin, t.end)).toBe(t.word);
  });

  it('answers /health with its pid, version and pipeline fingerprint', async () => {
    const health = await testAnnotator().health();
    expect(health).toMatchObject({ ok: true, version: '4.5.10', pipeline: inject('nlpPipeline') });
    expect(health.pipeline).toMatch(/^[0-9a-f]{16}$/);
  });

  it.each([
    ['no token', {}, 401, 'UNAUTHORIZED'],
    ['a wrong token', { authorization: `Bearer ${'x'.repeat(43)}` }, 401, 'UNAUTHORIZED'],
    ['an Origin header', { ...auth, origin: 'http://evil.example' }, 403, 'FORBIDDEN'],
    ['a foreign Host', { ...auth, host: `evil.example:${port}` }, 403, 'FORBIDDEN'],
  ])('refuses a request with %s', async (_what, headers, status, code) => {
    const res = await raw({ headers, body: text('Hello.') });
    expect(res.status).toBe(status);
    expect(res.json).toMatchObject({ code });
  });

  it.each([
    ['a body that is not JSON', 'text=Hello', 400, 'BAD_REQUEST'],
    ['a body without text', JSON.stringify({ txt: 'Hello.' }), 400, 'BAD_REQUEST'],
    ['a text that is not a string', JSON.stringify({ text: 42 }), 400, 'BAD_REQUEST'],
    ['a text over 2,000,000 characters', text('a'.repeat(2_000_001)), 413, 'TOO_LARGE'],
  ])('refuses %s', async (_what, body, status, code) => {
    const res = await raw({ headers: auth, body });
    expect(res.status).toBe(status);
    expect(res.json).toMatchObject({ code });
  });

  it('answers an unknown endpoint with 404', async () => {
    const res = await raw({ method: 'GET', path: '/annotate/x', headers: auth });
    expect(res.status).toBe(404);
  });

  it('reports a wrong token to the client as NLP_REFUSED with the status', async () => {
    const client = new SidecarClient({ port, token: 'y'.repeat(43) });
    const error = await client.annotate('Hello.').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NlpError);
    expect(error).toMatchObject({ code: 'NLP_REFUSED', status: 401, sidecarCode: 'UNAUTHORIZED', retriable: false });
  });

  it('reports a port where nothing listens as NLP_UNAVAILABLE', async () => {
    const client = new SidecarClient({ port: await freePort(), token });
    await expect(client.annotate('Hello.')).rejects.toMatchObject({ code: 'NLP_UNAVAILABLE', retriable: true });
  });

  const external = externalAddress();
  it.skipIf(external === undefined)(`listens on 127.0.0.1 only, not on the machine's address (${external ?? 'none'})`, async () => {
    const outcome = await new Promise<string>((resolve) => {
      const socket = connect({ host: external, port });
      socket.setTimeout(3_000, () => {
        socket.destroy();
        resolve('timeout');
      });
      socket.once('connect', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
    });
    expect(outcome).not.toBe('connected');
  });
});
