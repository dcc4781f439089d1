// Saved pages of three shapes (a news site with furniture, a wire blog with
// JSON-LD, an old Windows-1252 page) become clean article text with the
// page's metadata; a page without a story is an error value.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeBuffer } from 'encoding-sniffer';
import { describe, expect, it } from 'vitest';
import { htmlToArticle, type HtmlArticle } from '../../../../server/load/html/index.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures/html');
const page = (name: string): Buffer => readFileSync(path.join(FIXTURES, name));

function convert(html: string | Buffer): HtmlArticle {
  const r = htmlToArticle(html);
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return r.article;
}

const paragraphs = (text: string): string[] => text.split('\n\n');

describe('htmlToArticle', () => {
  describe('a news site page (nav, cookie banner, scripts, styles, share buttons, related aside, footer, og: and article: meta)', () => {
    const a = convert(page('news-site.html'));

    it('takes title, byline, day, outlet and address from the meta tags', () => {
      expect(a).toMatchObject({
        title: 'Estonia expels Belarusian diplomat after ministry hack',
        byline: 'Kadri Tamm',
        published: '2024-03-12',
        source: 'The Baltic Ledger',
        url: 'https://ledger.example.org/world/2024/03/12/estonia-expels-belarusian-diplomat',
      });
    });

    it('keeps the headline first and the story in paragraphs', () => {
      const ps = paragraphs(a.text);
      expect(ps[0]).toBe('Estonia expels Belarusian diplomat after ministry hack');
      expect(ps[1]).toBe('TALLINN — Estonia expelled a Belarusian diplomat on Monday after a cyberattack on its foreign ministry, the Estonian government said in a statement.');
      expect(ps.some((p) => p.startsWith('Belarus denied any role in the attack.'))).toBe(true);
      expect(ps.at(-1)).toMatch(/^Latvia and Lithuania said they supported the decision/);
      expect(ps.filter((p) => p === ps[0])).toHaveLength(1); // the <h1> is not written twice
    });

    it.each([
      ['markup', '<'],
      ['an entity', '&'],
      ['the inline scripts', 'dataLayer'],
      ['the script inside the body', 'track('],
      ['the styles', 'font-family'],
      ['the cookie banner', 'cookies'],
      ['the newsletter box', 'newsletter'],
      ['the share buttons', 'Share on'],
      ['the navigation', 'Opinion'],
      ['the related stories', 'Finland'],
      ['the footer', 'All rights reserved'],
      ['the search form', 'Search'],
    ])('leaves out %s', (_what, needle) => {
      expect(a.text).not.toContain(needle);
    });
  });

  describe('a wire blog page (JSON-LD NewsArticle, <time datetime>, byline in the body, no og: tags)', () => {
    const a = convert(page('wire-blog.html'));

    it('takes headline, author, day, publisher and canonical address from JSON-LD and <link>', () => {
      expect(a).toMatchObject({
        title: 'Japan sanctions North Korean shipping firms',
        byline: 'Aiko Mori',
        published: '2023-11-05',
        source: 'Northline Wire',
        url: 'https://northline.example.com/2023/11/05/japan-sanctions-north-korean-shipping-firms',
      });
    });

    it('keeps the four paragraphs of the post under its headline, and nothing of the page around it', () => {
      const ps = paragraphs(a.text);
      expect(ps).toHaveLength(5);
      expect(ps[0]).toBe('Japan sanctions North Korean shipping firms');
      expect(ps[1]).toMatch(/^Japan sanctioned three North Korean shipping companies on Sunday/);
      expect(ps[4]).toBe('South Korea said it was studying similar steps against the same companies.');
      for (const needle of ['<', '@context', 'By Aiko Mori', 'comments', 'China attacked', 'Popular posts', 'Philippines', 'querySelectorAll', 'Powered by', 'Tags:']) expect(a.text).not.toContain(needle);
    });
  });

  describe('an old page (only <title>, <font>, <br>, Windows-1252 declared)', () => {
    const a = convert(page('old-style-1252.html'));

    it('decodes the bytes as the declared Windows-1252', () => {
      expect(a.text).toContain('Venezuela’s ambassador');
      expect(a.text).toContain('Foreign Minister José Alvarado');
      expect(a.text).toContain('“We will not accept insults from a government that jails its opponents,” he said.');
      expect(a.text).toContain('chargé d’affaires');
      expect(a.text).not.toMatch(/[\u0080-\u009f\ufffd]/);
    });

    it('takes the title from <title> and has no other metadata', () => {
      expect(a).toEqual({ title: 'Peru expels Venezuelan ambassador', text: a.text });
    });

    it('keeps the paragraphs, a <br> ending a sentence as a break, and no navigation', () => {
      const ps = paragraphs(a.text);
      expect(ps[0]).toBe('Peru expels Venezuelan ambassador');
      expect(ps).toContain('The ministry also recalled Peru’s own envoy from Caracas for consultations.');
      expect(ps.at(-1)).toBe('Venezuela denied interfering in Peruvian affairs and said it would expel Peru’s chargé d’affaires in return.');
      expect(a.text).not.toMatch(/<|Archive|page last changed/);
    });

    it('gives the same text for the page already decoded (pasted as text)', () => {
      const pasted = decodeBuffer(page('old-style-1252.html'), { userEncoding: 'windows-1252' });
      expect(convert(pasted)).toEqual(a);
    });
  });

  it('refuses a page with no story (a sign-in form, navigation, a cookie notice) as NO_ARTICLE_CONTENT', () => {
    const r = htmlToArticle(page('no-article.html'));
    expect(r).toMatchObject({ ok: false, code: 'NO_ARTICLE_CONTENT' });
  });

  it.each([
    ['an empty document', '<!doctype html><html><head><title>Nothing</title></head><body></body></html>'],
    ['only scripts and styles', '<html><body><script>var s = "Russia attacked Ukraine.";</script><style>p{}</style></body></html>'],
  ])('refuses %s as NO_ARTICLE_CONTENT', (_what, html) => {
    expect(htmlToArticle(html)).toMatchObject({ ok: false, code: 'NO_ARTICLE_CONTENT' });
  });

  it('reads a fragment (no <html> or <body>) as the body of a page', () => {
    const a = convert('<h1>Chile expels envoy</h1><p>Chile expelled the envoy of Bolivia on Tuesday, the government in Santiago said in a statement read on national radio.</p><p>Bolivia denied the charges.</p>');
    expect(paragraphs(a.text)).toEqual(['Chile expels envoy', 'Chile expelled the envoy of Bolivia on Tuesday, the government in Santiago said in a statement read on national radio.', 'Bolivia denied the charges.']);
  });

  it('keeps a literal "<" of the story as text, and decodes entities', () => {
    const a = convert('<!doctype html><title>Prices</title><p>Analysts said a rate of &lt;2% and a spread of 3 &gt; 1 were &quot;unlikely&quot;, the central bank of Norway said on Monday in its quarterly report.</p>');
    expect(a.text).toContain('a rate of <2% and a spread of 3 > 1 were "unlikely"');
  });
});
