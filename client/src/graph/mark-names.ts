// Splits a sentence into plain and marked pieces where it names one of the
// actors (case-insensitive, longest name first, whole words), so the details
// panel can wrap the names in <mark> with DOM APIs.

export interface Piece {
  readonly text: string;
  readonly marked: boolean;
}

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function markNames(sentence: string, names: Iterable<string>): Piece[] {
  const unique = [...new Set([...names].map((x) => x.trim()).filter((x) => x.length > 1))].sort((a, b) => b.length - a.length);
  if (unique.length === 0 || sentence === '') return sentence === '' ? [] : [{ text: sentence, marked: false }];
  // NOTE: \p{L}\p{N} lookarounds instead of \b so that names with accents and
  // apostrophes ("Iran's") still match at word edges.
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(${unique.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const out: Piece[] = [];
  let last = 0;
  for (const m of sentence.matchAll(re)) {
    const at = m.index;
    if (at > last) out.push({ text: sentence.slice(last, at), marked: false });
    out.push({ text: m[0], marked: true });
    last = at + m[0].length;
  }
  if (last < sentence.length) out.push({ text: sentence.slice(last), marked: false });
  return out;
}
