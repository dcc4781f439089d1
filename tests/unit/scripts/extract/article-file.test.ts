// An article file as the CLIs read it: its text checked (a saved web page read
// as its story), NAME.meta.json beside it merged in, the caller's flags over
// both; every problem a message, never a throw.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readArticleFile } from '../../../../scripts/extract/article-file.ts';
import { metaFileOf } from '../../../../scripts/extract/article-meta.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-article-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
function article(text: string | Buffer, meta?: string): string {
  const file = path.join(dir, `a${n++}.txt`);
  writeFileSync(file, text);
  if (meta !== undefined) writeFileSync(metaFileOf(file), meta);
  return file;
}

describe('readArticleFile', () => {
  it('reads the text alone when there is no meta file', () => {
    expect(readArticleFile(article('Norway expelled two diplomats.'))).toEqual({ ok: true, input: { text: 'Norway expelled two diplomats.' } });
  });

  it('takes title, published, source and url from NAME.meta.json', () => {
    const file = article('Norway expelled two diplomats.', JSON.stringify({ title: 'T', published: '2023-05-12', source: 'S', url: 'https://example.org/a' }));
    expect(readArticleFile(file)).toEqual({ ok: true, input: { text: 'Norway expelled two diplomats.', title: 'T', published: '2023-05-12', source: 'S', url: 'https://example.org/a' } });
  });

  it('reads a meta field written null as not known', () => {
    const file = article('Norway expelled two diplomats.', JSON.stringify({ source: 'S', url: null }));
    expect(readArticleFile(file)).toEqual({ ok: true, input: { text: 'Norway expelled two diplomats.', source: 'S' } });
  });

  it('reads a saved web page as its story, with the meta file over the page', () => {
    const file = path.join(dir, 'page.html');
    writeFileSync(file, '<!doctype html><html><head><title>Chile expels envoy</title><meta property="og:site_name" content="Page Site"></head><body><nav>Home | World</nav><p>Chile expelled the envoy of Bolivia on Tuesday, the government in Santiago said in a statement.</p></body></html>');
    writeFileSync(metaFileOf(file), JSON.stringify({ source: 'Meta Site' }));
    expect(readArticleFile(file)).toEqual({ ok: true, input: { text: 'Chile expels envoy\n\nChile expelled the envoy of Bolivia on Tuesday, the government in Santiago said in a statement.', title: 'Chile expels envoy', source: 'Meta Site' } });
  });

  it('lets the flags win over the meta file, and ignores flags not given', () => {
    const file = article('Norway expelled two diplomats.', JSON.stringify({ title: 'T', published: '2023-05-12' }));
    expect(readArticleFile(file, { published: '2023-06-01', title: undefined })).toMatchObject({ ok: true, input: { title: 'T', published: '2023-06-01' } });
  });

  it.each([
    ['a missing file', () => path.join(dir, 'nothing.txt'), /ENOENT/],
    ['an empty file', () => article(''), /^EMPTY: /],
    ['a binary file', () => article(Buffer.from([0x41, 0x00, 0x42])), /^BINARY: /],
    ['a saved page without a story', () => article('<!doctype html><html><body><nav>Home</nav><form>Sign in</form></body></html>'), /^NO_ARTICLE_CONTENT: /],
    ['a meta file that is not JSON', () => article('Text.', '{title'), /meta\.json: not JSON/],
    ['a meta date in another format', () => article('Text.', JSON.stringify({ published: '12 May 2023' })), /published: must be a day, YYYY-MM-DD/],
    ['a meta date that is no day', () => article('Text.', JSON.stringify({ published: '2023-02-30' })), /published: must be a day, YYYY-MM-DD/],
  ])('reports %s', (_what, file, message) => {
    const r = readArticleFile(file());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });

  it('finds NAME.meta.json beside NAME.txt', () => {
    expect(metaFileOf('/corpus/dev/a.txt')).toBe('/corpus/dev/a.meta.json');
    expect(metaFileOf('/corpus/dev/a')).toBe('/corpus/dev/a.meta.json');
  });
});
