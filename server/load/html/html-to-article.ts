// A saved web page → the article text the extractor reads, and what the page
// says about itself. Pure: bytes or markup in, a result union out. The page is
// parsed by linkedom, its furniture removed (strip-furniture.ts), the story
// found by Mozilla Readability, and its DOM read as plain paragraphs with the
// headline first, as the cleaner (extract/clean) expects.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeHtml } from './decode-html.ts';
import { readPageMeta, type PageMeta } from './page-meta.ts';
import { paragraphsOf } from './plain-text.ts';
import { stripFurniture } from './strip-furniture.ts';

export interface HtmlArticle extends PageMeta {
  /** Headline, then the story's paragraphs, separated by blank lines. */
  readonly text: string;
}

export type HtmlArticleResult =
  | { readonly ok: true; readonly article: HtmlArticle }
  | { readonly ok: false; readonly code: 'NO_ARTICLE_CONTENT'; readonly message: string };

export interface HtmlToArticleOptions {
  /** The charset the transport declared (an upload's `charset=`); a BOM still wins. Bytes only. */
  readonly charset?: string;
}

/** Readability's tuning (its defaults otherwise). */
const READABILITY = {
  /** Fewest characters of a story before Readability stops relaxing its rules; short wire items are stories too. */
  charThreshold: 200,
} as const;

/** A fragment ("<p>…</p>") gets the document around it that linkedom needs for `document.body`. */
const asDocument = (html: string): string => (/<html[\s>]/i.test(html) || /<body[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`);

const normalized = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** Converts a page (see the module comment); a page with no story is `NO_ARTICLE_CONTENT`. */
export function htmlToArticle(html: string | Uint8Array, opts: HtmlToArticleOptions = {}): HtmlArticleResult {
  const markup = typeof html === 'string' ? html.replace(/^\uFEFF/, '') : decodeHtml(html, opts.charset);
  // NOTE: linkedom's Document implements the parts of the DOM that Readability and we use; its own types are not lib.dom's.
  const { document } = parseHTML(asDocument(markup)) as unknown as { document: Document };
  const meta = readPageMeta(document);
  stripFurniture(document);
  const story = new Readability<Node>(document, { ...READABILITY, serializer: (node) => node }).parse();
  const paragraphs = story?.content ? paragraphsOf(story.content) : [];
  const title = meta.title ?? (story?.title?.replace(/\s+/g, ' ').trim() || undefined);
  // Readability usually drops an <h1> that repeats the title; when it keeps one, it is not written twice.
  const body = title !== undefined && paragraphs[0] !== undefined && normalized(paragraphs[0]) === normalized(title) ? paragraphs.slice(1) : paragraphs;
  if (body.length === 0) return { ok: false, code: 'NO_ARTICLE_CONTENT', message: 'the page has no article text (nothing but navigation, forms or scripts)' };
  const byline = meta.byline ?? (story?.byline?.trim() || undefined);
  const source = meta.source ?? (story?.siteName?.trim() || undefined);
  const article: HtmlArticle = {
    ...meta,
    text: [...(title === undefined ? [] : [title]), ...body].join('\n\n'),
    ...(title === undefined ? {} : { title }),
    ...(byline === undefined ? {} : { byline }),
    ...(source === undefined ? {} : { source }),
  };
  return { ok: true, article };
}
