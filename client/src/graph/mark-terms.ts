// Marks what a search matched in a claim's sentence: every word that begins
// with one of the query's words (the server's index matches the last word as
// a prefix), and cuts a long sentence to a snippet around the first match.
import { escapeRegExp, type Piece } from './mark-names.ts';

/** The words of a query, as the server's evidence query takes them (Lucene syntax and operator words dropped). */
export function queryTerms(query: string): string[] {
  const words = query
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !/^(and|or|not|to)$/.test(w));
  return [...new Set(words)].sort((a, b) => b.length - a.length);
}

export function markTerms(sentence: string, query: string): Piece[] {
  const terms = queryTerms(query);
  if (sentence === '') return [];
  if (terms.length === 0) return [{ text: sentence, marked: false }];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escapeRegExp).join('|')})[\\p{L}\\p{N}]*`, 'giu');
  const out: Piece[] = [];
  let last = 0;
  for (const m of sentence.matchAll(re)) {
    if (m.index > last) out.push({ text: sentence.slice(last, m.index), marked: false });
    out.push({ text: m[0], marked: true });
    last = m.index + m[0].length;
  }
  if (last < sentence.length) out.push({ text: sentence.slice(last), marked: false });
  return out;
}

/**
 * The marked sentence, at most about `max` characters: a window that starts a
 * little before the first match, cut at spaces, with "…" where text is left out.
 */
export function snippet(sentence: string, query: string, max = 160): Piece[] {
  const pieces = markTerms(sentence, query);
  if (sentence.length <= max) return pieces;
  const first = pieces.findIndex((p) => p.marked);
  const at = first < 0 ? 0 : pieces.slice(0, first).reduce((n, p) => n + p.text.length, 0);
  let from = Math.max(0, at - Math.floor(max / 4));
  if (from > 0) from = sentence.indexOf(' ', from) + 1 || from;
  let to = Math.min(sentence.length, from + max);
  if (to < sentence.length) to = sentence.lastIndexOf(' ', to) > from ? sentence.lastIndexOf(' ', to) : to;
  const out: Piece[] = [];
  let pos = 0;
  for (const p of pieces) {
    const a = Math.max(pos, from);
    const b = Math.min(pos + p.text.length, to);
    if (b > a) out.push({ text: p.text.slice(a - pos, b - pos), marked: p.marked });
    pos += p.text.length;
  }
  if (from > 0) out.unshift({ text: '…', marked: false });
  if (to < sentence.length) out.push({ text: '…', marked: false });
  return out;
}
