// Every way an article comes in goes through readArticleInput: web pages
// (by content type, name or content) become their story's text with the
// page's metadata under the caller's fields; text stays as it was.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticleInput } from '../../../server/load/article-input.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/html');
const NEWS = readFileSync(path.join(FIXTURES, 'news-site.html'));
const MAX = 100_000;

describe('readArticleInput', () => {
  it.each([
    ['a file named .html', { name: 'page.html', content: NEWS }],
    ['an upload of type text/html', { name: 'upload', content: NEWS, contentType: 'text/html' }],
    ['a file named .txt that is a page', { name: 'page.txt', content: NEWS, contentType: 'text/plain' }],
    ['pasted JSON text that is a page', { name: 'request body', content: NEWS.toString('utf8') }],
  ])('reads %s as a web page', (_what, raw) => {
    const r = readArticleInput(raw, { maxBytes: MAX });
    expect(r).toMatchObject({ ok: true, format: 'html', input: { title: 'Estonia expels Belarusian diplomat after ministry hack', published: '2024-03-12', source: 'The Baltic Ledger' } });
    if (r.ok) expect(r.input.text).not.toMatch(/[<>]|cookie/i);
  });

  it("lets the caller's title, day, outlet and address win over the page's", () => {
    const given = { title: 'Mine', published: '2024-04-01', source: 'My Outlet', url: 'https://mine.example/a' };
    const r = readArticleInput({ name: 'page.html', content: NEWS, ...given, source: undefined }, { maxBytes: MAX });
    expect(r).toMatchObject({ ok: true, input: { title: 'Mine', published: '2024-04-01', source: 'The Baltic Ledger', url: 'https://mine.example/a' } });
  });

  it.each([
    ['plain text', 'Norway expelled three Russian diplomats on Monday.'],
    ['text with a "<"', 'Turnout was < 40% as Norway expelled three Russian diplomats on Monday <Reuters>.'],
  ])('keeps %s untouched', (_what, text) => {
    expect(readArticleInput({ name: 'a.txt', content: Buffer.from(text), title: 'T' }, { maxBytes: MAX })).toEqual({ ok: true, format: 'text', input: { text, title: 'T' } });
    expect(readArticleInput({ name: 'request body', content: text }, { maxBytes: MAX })).toEqual({ ok: true, format: 'text', input: { text } });
  });

  it.each([
    ['a page without a story', { name: 'p.html', content: readFileSync(path.join(FIXTURES, 'no-article.html')) }, 'NO_ARTICLE_CONTENT'],
    ['a page over the size limit', { name: 'p.html', content: NEWS }, 'TOO_LARGE', 1_000],
    ['pasted markup over the size limit', { name: 'request body', content: NEWS.toString('utf8') }, 'TOO_LARGE', 1_000],
    ['a binary file named .html', { name: 'p.html', content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0]) }, 'BINARY'],
    ['an empty file named .html', { name: 'p.html', content: Buffer.alloc(0) }, 'EMPTY'],
  ])('refuses %s', (_what, raw, code, maxBytes = MAX) => {
    expect(readArticleInput(raw, { maxBytes })).toMatchObject({ ok: false, code });
  });
});
