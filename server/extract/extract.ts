// The extractor: clean → annotate (the NLP sidecar's parse) → actors → events
// → dates → evidence, producing the Extraction contract of types.ts.
// `extractArticle` asks an Annotator for the parse; `extractAnnotated` is the
// pure rest, deterministic: the same text and parse always give the same output.
import type { Annotation, Annotator } from '../nlp/annotation.ts';
import type { ArticleInput, Extraction } from './types.ts';
import { articleId, sha256Hex } from './ids.ts';
import { cleanArticle, type CleanArticle } from './clean/clean.ts';
import { buildSentences } from './annotate/doc.ts';
import { readArticle } from './events/read-article.ts';
import { parseIsoDate } from './dates/when.ts';
import { buildExtraction } from './evidence/build.ts';

export interface ExtractOptions {
  /** Drop actors that take part in no event or link (keeps the graph small). */
  readonly onlyConnected?: boolean;
}

/** Cleans an article and asks the annotator for the parse of its clean text. */
async function annotateArticle(input: ArticleInput, annotator: Annotator): Promise<{ clean: CleanArticle; annotation: Annotation }> {
  const clean = cleanArticle(input.text);
  const annotation = clean.cleanText.trim() === '' ? { sentences: [] } : await annotator.annotate(clean.cleanText);
  return { clean, annotation };
}

/** Extracts actors, events and links from one article; see the module comment. */
export async function extractArticle(input: ArticleInput, annotator: Annotator, options: ExtractOptions = {}): Promise<Extraction> {
  const { clean, annotation } = await annotateArticle(input, annotator);
  return extractAnnotated(input, clean, annotation, options);
}

/** The pure part: from the cleaned article and its parse to the Extraction. */
export function extractAnnotated(input: ArticleInput, clean: CleanArticle, annotation: Annotation, options: ExtractOptions = {}): Extraction {
  const sentences = buildSentences(clean.cleanText, annotation, clean.paragraphs);
  const { registry, claims } = readArticle(sentences, clean);
  const published = input.published ?? clean.published;
  return buildExtraction({
    input, clean, sentences, registry, claims, published, pubDate: parseIsoDate(published),
    id: articleId(input.text), sha256: sha256Hex(input.text), onlyConnected: options.onlyConnected ?? false,
  });
}

/** True when an extraction found no actor at all (the loader refuses such text). */
export function hasNoActors(x: Extraction): boolean {
  return x.nodes.length === 0;
}
