// Stable identifiers: article and event ids are content hashes, actor ids are
// slugs of kind and canonical name, so the same input always gives the same ids.
import { createHash } from 'node:crypto';
import type { ActorKind } from './types.ts';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** `article:` + first 16 hex chars of sha256 of the raw text. */
export function articleId(rawText: string): string {
  return `article:${sha256Hex(rawText).slice(0, 16)}`;
}

const slugCache = new Map<string, string>();

/** Lower-case ASCII slug; accents folded so 'Jiří' and 'Jiri' agree. */
export function slugify(name: string): string {
  let slug = slugCache.get(name);
  if (slug === undefined) {
    slug = slugOf(name);
    if (slugCache.size > 50_000) slugCache.clear(); // bounded for long-running servers
    slugCache.set(name, slug);
  }
  return slug;
}

function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const KIND_PREFIX: Record<ActorKind, string> = {
  Country: 'country',
  GovernmentBody: 'body',
  Organization: 'org',
  Person: 'person',
  Group: 'group',
};

/** `kind:name`, e.g. `country:iran`, `person:jane-doe`. */
export function actorId(kind: ActorKind, name: string): string {
  return `${KIND_PREFIX[kind]}:${slugify(name)}`;
}

/** Stable hash of (type, source, target, article, sentence start): first 16 hex chars. */
export function relationId(type: string, source: string, target: string, article: string, start: number): string {
  return sha256Hex([type, source, target, article, String(start)].join('\u0000')).slice(0, 16);
}
