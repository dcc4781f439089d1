// What a saved page says about itself: headline, author, publication day,
// outlet and address, from its <meta> tags (Open Graph, article:, name=),
// JSON-LD NewsArticle, <time datetime> and <link rel=canonical>. Read before
// anything is removed from the document; the first source that has a value
// wins, in the order of each list below.
import { z } from 'zod';

export interface PageMeta {
  readonly title?: string;
  readonly byline?: string;
  /** YYYY-MM-DD. */
  readonly published?: string;
  readonly source?: string;
  /** http or https only. */
  readonly url?: string;
}

/** JSON-LD types that describe an article. */
const ARTICLE_TYPES = /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report)$/;

// NOTE: every field `.catch(undefined)`: a page's JSON-LD is often half wrong, and one odd field must not hide the others.
const Named = z.union([z.string(), z.object({ name: z.string() })]);
const JsonLdArticle = z.object({
  '@type': z.union([z.string(), z.array(z.string())]),
  headline: z.string().optional().catch(undefined),
  datePublished: z.string().optional().catch(undefined),
  author: z.union([Named, z.array(Named)]).optional().catch(undefined),
  publisher: Named.optional().catch(undefined),
  url: z.string().optional().catch(undefined),
});
type JsonLdArticle = z.infer<typeof JsonLdArticle>;

const tidy = (s: string | null | undefined): string | undefined => {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
};
const first = (...values: (string | null | undefined)[]): string | undefined => values.map(tidy).find((v) => v !== undefined);

/** `<meta property|name|itemprop="key" content>`, the first of the keys present. */
function metaContent(doc: Document, ...keys: string[]): string | undefined {
  for (const key of keys) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const v = tidy(doc.querySelector(`meta[${attr}="${key}" i]`)?.getAttribute('content'));
      if (v !== undefined) return v;
    }
  }
  return undefined;
}

/** Every article object of the page's JSON-LD blocks (top level, arrays and @graph). */
function jsonLdArticles(doc: Document): JsonLdArticle[] {
  const out: JsonLdArticle[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    if ('@graph' in node) visit(node['@graph']);
    const parsed = JsonLdArticle.safeParse(node);
    if (parsed.success && [parsed.data['@type']].flat().some((t) => ARTICLE_TYPES.test(t))) out.push(parsed.data);
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // not JSON: the page's mistake; the other sources still count
    }
  }
  return out;
}

const nameOf = (n: z.infer<typeof Named> | undefined): string | undefined => (typeof n === 'string' ? tidy(n) : tidy(n?.name));
const namesOf = (a: JsonLdArticle['author']): string | undefined => {
  const names = [a ?? []].flat().map(nameOf).filter((n): n is string => n !== undefined);
  return names.length > 0 ? names.join(', ') : undefined;
};

/** A calendar day YYYY-MM-DD that exists. */
const isDay = (d: string): boolean => !Number.isNaN(Date.parse(d)) && new Date(d).toISOString().slice(0, 10) === d;

/** The publication day of a date value: the day as written when it starts ISO-like, else the UTC day of what Date.parse reads. */
export function dayOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const iso = /^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s])/.exec(value.trim());
  if (iso) {
    const day = `${iso[1]}-${iso[2]}-${iso[3]}`;
    return isDay(day) ? day : undefined;
  }
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}

/** An absolute http(s) address, or undefined. */
export function webAddress(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** Reads the page's own metadata (see the module comment). */
export function readPageMeta(doc: Document): PageMeta {
  const ld = jsonLdArticles(doc);
  const fromLd = <T>(pick: (a: JsonLdArticle) => T | undefined): T | undefined => ld.map(pick).find((v) => v !== undefined);
  const title = first(metaContent(doc, 'og:title', 'twitter:title', 'dc.title', 'dcterms.title'), fromLd((a) => tidy(a.headline)));
  const byline = first(metaContent(doc, 'author', 'article:author', 'byl', 'dc.creator', 'sailthru.author'), fromLd((a) => namesOf(a.author)));
  const publishedRaw = [
    metaContent(doc, 'article:published_time', 'og:published_time'),
    fromLd((a) => tidy(a.datePublished)),
    metaContent(doc, 'date', 'pubdate', 'publishdate', 'publish-date', 'dc.date.issued', 'dc.date', 'dcterms.date', 'dcterms.issued', 'datepublished', 'sailthru.date', 'parsely-pub-date'),
    doc.querySelector('time[pubdate][datetime], time[itemprop="datePublished" i][datetime]')?.getAttribute('datetime'),
    doc.querySelector('time[datetime]')?.getAttribute('datetime'),
  ];
  const published = publishedRaw.map((v) => dayOf(tidy(v))).find((v) => v !== undefined);
  const source = first(metaContent(doc, 'og:site_name', 'application-name', 'publisher', 'dc.publisher'), fromLd((a) => nameOf(a.publisher)));
  const url = [doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), metaContent(doc, 'og:url'), fromLd((a) => a.url)]
    .map((v) => webAddress(tidy(v)))
    .find((v) => v !== undefined);
  return {
    ...(title === undefined ? {} : { title }),
    ...(byline === undefined || /^https?:/.test(byline) ? {} : { byline }),
    ...(published === undefined ? {} : { published }),
    ...(source === undefined ? {} : { source }),
    ...(url === undefined ? {} : { url }),
  };
}
