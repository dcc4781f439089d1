// The page's own metadata: which source wins for each field, dates as days,
// addresses only http(s), JSON-LD read leniently.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readPageMeta } from '../../../../server/load/html/index.ts';
import { dayOf } from '../../../../server/load/html/page-meta.ts';

const meta = (head: string, body = ''): ReturnType<typeof readPageMeta> =>
  // NOTE: linkedom's Document stands in for lib.dom's, as in html-to-article.ts.
  readPageMeta((parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`) as unknown as { document: Document }).document);
const ld = (value: unknown): string => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('readPageMeta', () => {
  it('prefers og:title and og:site_name to JSON-LD', () => {
    const m = meta(`<meta property="og:title" content="From OG"><meta property="og:site_name" content="OG Site">${ld({ '@type': 'NewsArticle', headline: 'From LD', publisher: { name: 'LD Site' } })}`);
    expect(m).toMatchObject({ title: 'From OG', source: 'OG Site' });
  });

  it.each([
    ['article:published_time', '<meta property="article:published_time" content="2024-03-12T23:30:00-05:00">', '', '2024-03-12'],
    ['JSON-LD datePublished', ld({ '@type': 'NewsArticle', datePublished: '2023-11-05T06:00:00Z' }), '', '2023-11-05'],
    ['<meta name="date">', '<meta name="date" content="2019-06-14">', '', '2019-06-14'],
    ['<meta name="pubdate"> written compactly', '<meta name="pubdate" content="20190614">', '', '2019-06-14'],
    ['<time pubdate datetime> before another <time>', '', '<time datetime="2020-01-01">then</time><time pubdate datetime="2021-02-03">now</time>', '2021-02-03'],
    ['the first <time datetime>', '', '<p>Posted <time datetime="2022-07-08T10:00">8 July</time></p>', '2022-07-08'],
    ['an RFC 2822 date', '<meta name="date" content="Sun, 05 Nov 2023 06:00:00 GMT">', '', '2023-11-05'],
  ])('reads the day from %s', (_what, head, body, day) => {
    expect(meta(head, body).published).toBe(day);
  });

  it('takes article:published_time over JSON-LD and <time>', () => {
    expect(meta(`<meta property="article:published_time" content="2024-01-02">${ld({ '@type': 'NewsArticle', datePublished: '2023-01-01' })}`, '<time datetime="2022-01-01"></time>').published).toBe('2024-01-02');
  });

  it.each([['2023-02-30'], ['soon'], ['']])('ignores a date that is no day (%j)', (value) => {
    expect(meta(`<meta name="date" content="${value}">`).published).toBeUndefined();
  });

  it('takes the canonical link over og:url, and og:url when the canonical one is not a web address', () => {
    expect(meta('<link rel="canonical" href="https://a.example/x"><meta property="og:url" content="https://b.example/y">').url).toBe('https://a.example/x');
    expect(meta('<link rel="canonical" href="/relative/path"><meta property="og:url" content="https://b.example/y">').url).toBe('https://b.example/y');
  });

  it.each([['javascript:alert(1)'], ['data:text/html,x'], ['file:///etc/passwd'], ['ftp://example.org/a']])('never takes %s for the address', (href) => {
    expect(meta(`<link rel="canonical" href="${href}"><meta property="og:url" content="${href}">`).url).toBeUndefined();
  });

  it('reads JSON-LD in @graph and arrays, every author, and skips blocks that are not JSON or not articles', () => {
    const m = meta(
      `<script type="application/ld+json">{not json</script>` +
        ld([{ '@type': 'Organization', name: 'Not this' }]) +
        ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'Site' }, { '@type': ['NewsArticle'], headline: 'Graph headline', author: [{ name: 'A. One' }, 'B. Two'], publisher: 'Graph Wire', datePublished: 42 }] }),
    );
    expect(m).toEqual({ title: 'Graph headline', byline: 'A. One, B. Two', source: 'Graph Wire' });
  });

  it('takes the byline from <meta name="author">, not an author URL', () => {
    expect(meta('<meta name="author" content="  Kadri   Tamm ">').byline).toBe('Kadri Tamm');
    expect(meta('<meta property="article:author" content="https://example.org/authors/kt">').byline).toBeUndefined();
  });

  it('finds nothing in a page without metadata', () => {
    expect(meta('<title>Just a title</title>', '<p>Text.</p>')).toEqual({});
  });
});

describe('dayOf', () => {
  it.each([
    ['2024-03-12T08:15:00+02:00', '2024-03-12'],
    ['2024-03-12 08:15', '2024-03-12'],
    ['20240312', '2024-03-12'],
    ['March 12, 2024 12:00 UTC', '2024-03-12'],
    ['2024-13-01', undefined],
    [undefined, undefined],
  ])('%j → %j', (value, day) => {
    expect(dayOf(value)).toBe(day);
  });
});
