// Turns what a user types into a search box into a Lucene query: for the
// actor_names full-text index every word must match, the last one as a
// prefix (so suggestions appear while typing); for the claim_evidence index
// the same, plus phrases the user put in double quotes. Lucene syntax is
// never passed through: every word is reduced to letters and digits.

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** The words of a piece of input, lower-cased, without Lucene syntax or operator words. */
function wordsOf(input: string): string[] {
  return input
    .normalize('NFKC')
    .toLowerCase()
    .replace(SPECIAL, ' ')
    .replace(/[.']/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0 && !/^(and|or|not|to)$/.test(w));
}

const prefixed = (w: string): string => `(${w} OR ${w}*)`;

export function searchQuery(input: string): string {
  const words = wordsOf(input);
  if (words.length === 0) return '';
  return words.map((w, i) => (i === words.length - 1 ? prefixed(w) : w)).join(' AND ');
}

/**
 * A query over claim sentences: `"nerve agent"` is a phrase, other words must
 * all occur (the last also as a prefix, unless the input ends in a space or a
 * closing quote); several words also score higher as the phrase they make.
 */
export function evidenceQuery(input: string): string {
  const phrases: string[][] = [];
  // NOTE: an unclosed quote counts as words, so that typing `"nerve ag` still suggests.
  const loose = input.replace(/"([^"]*)"/g, (_m, inner: string) => {
    const w = wordsOf(inner);
    if (w.length > 0) phrases.push(w);
    return ' ';
  });
  const words = wordsOf(loose);
  const open = /[\p{L}\p{N}*]$/u.test(input);
  const clauses = [
    ...phrases.map((p) => (p.length === 1 ? (p[0] as string) : `"${p.join(' ')}"`)),
    ...words.map((w, i) => (open && i === words.length - 1 ? prefixed(w) : w)),
  ];
  if (clauses.length === 0) return '';
  const all = clauses.join(' AND ');
  return phrases.length === 0 && words.length > 1 ? `(${all}) OR "${words.join(' ')}"^2` : all;
}
