// Turns what a user types into a search box into a Lucene query for the
// actor_names full-text index: every word must match, the last one as a
// prefix (so suggestions appear while typing). Lucene syntax is escaped.

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function searchQuery(input: string): string {
  const words = input
    .normalize('NFKC')
    .toLowerCase()
    .replace(SPECIAL, ' ')
    .replace(/[.']/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0 && !/^(and|or|not|to)$/.test(w));
  if (words.length === 0) return '';
  return words.map((w, i) => (i === words.length - 1 ? `(${w} OR ${w}*)` : w)).join(' AND ');
}
