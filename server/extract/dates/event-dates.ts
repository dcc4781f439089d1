// Dates for claims whose own sentence gives none: a claim of the same type
// and the same doer or target dated elsewhere in the article (the text
// telling one event twice), else the last date the paragraph gave before it
// ("On Friday, X announced sanctions. ... Under the sanctions, ...").
import type { Sentence } from '../annotate/doc.ts';
import type { Paragraph } from '../clean/clean.ts';
import type { Claim } from '../events/claim.ts';
import { whenOf } from './when.ts';

/** Clauses of their own under a predicate: what is said, why, which one. */
const CLAUSAL = /^(ccomp|advcl|acl:relcl|parataxis|csubj)/;

/**
 * Whether a character offset of the sentence lies in the clause of the trigger: the words under its
 * predicate (the verb of a nominal trigger: "imposed" for "sanctions"), not those of clauses below it.
 */
function clauseTest(s: Sentence, trigger: number): (at: number) => boolean {
  const t = s.tok(trigger);
  const up = s.head(trigger);
  const root = t && /^NN/.test(t.pos) && up && up.gov > 0 && /^(obj|nsubj|obl)/.test(up.rel) ? up.gov : trigger;
  const spans = s.subtree(root, (rel) => !CLAUSAL.test(rel)).flatMap((k) => {
    const tok = s.tok(k);
    return tok ? [[tok.start - s.start, tok.end - s.start] as const] : [];
  });
  return (at) => spans.some(([a, b]) => at >= a && at < b);
}

export function datesOf(claims: readonly Claim[], sentences: readonly Sentence[], paragraphs: readonly Paragraph[], pubDate: Date | null): Map<Claim, string | null> {
  const bySentence = new Map(sentences.map((s) => [s.index, s]));
  const own = new Map<Claim, string | null>();
  for (const c of claims) {
    const s = bySentence.get(c.sentence);
    own.set(c, s ? whenOf(s.text, (s.tok(c.trigger)?.start ?? s.start) - s.start, pubDate, clauseTest(s, c.trigger)) : null);
  }
  const paragraphOf = (s: Sentence): number => paragraphs.findIndex((p) => s.start >= p.start && s.start < Math.max(p.end, p.start + 1));
  const out = new Map<Claim, string | null>();
  for (const c of claims) {
    const mine = own.get(c) ?? null;
    if (mine) {
      out.set(c, mine);
      continue;
    }
    const same = claims
      .filter((o) => o !== c && o.type === c.type && (o.source.key === c.source.key || o.target.key === c.target.key) && own.get(o))
      .sort((a, b) => Math.abs(a.sentence - c.sentence) - Math.abs(b.sentence - c.sentence))[0];
    if (same) {
      out.set(c, own.get(same) ?? null);
      continue;
    }
    const s = bySentence.get(c.sentence);
    let found: string | null = null;
    if (s && s.role === 'body') {
      const para = paragraphOf(s);
      for (const p of sentences.filter((x) => x.index < s.index && paragraphOf(x) === para).reverse()) {
        found = whenOf(p.text, p.text.length, pubDate);
        if (found) break;
      }
    }
    out.set(c, found);
  }
  return out;
}
