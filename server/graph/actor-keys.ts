// Normalised keys of actor names, the way an analyst would match them:
// case-folded, dots dropped, a leading "the" and a trailing "'s" removed.

export function actorKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/^the\s+/, '')
    .replace(/'s$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function actorKeys(name: string, aliases: readonly string[]): string[] {
  return [...new Set([name, ...aliases].map(actorKey).filter((k) => k.length > 0))];
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** A Lucene query that finds candidates sharing any of the keys as a phrase. */
export function luceneAnyPhrase(keys: readonly string[]): string {
  return keys
    .map((k) => k.replace(LUCENE_SPECIAL, ' ').replace(/\s+/g, ' ').trim())
    .filter((k) => k.length > 0 && !/^(and|or|not)$/i.test(k))
    .map((k) => `"${k}"`)
    .join(' OR ');
}
