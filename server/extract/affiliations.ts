// Structural links read from one sentence's mentions: a long form and its
// acronym "(MOD)", appositions ("the country's foreign intelligence service,
// the XYZ"), spokespeople ("Kremlin spokesman Jane Roe" SPEAKS_FOR), heads
// ("X, led by Minister Jane Roe"; "Jane Roe, chief of X" LEADS), units ("X, a
// Y team" PART_OF). The registry records them; links.ts emits them as edges.
import type { Sentence, Token } from './sentences.ts';
import type { Mention, MentionContext } from './mentions.ts';
import { SPOKESPERSON_TITLES, TITLES, ATTACKER_NOUNS } from './lexicon/words.ts';

const TITLE_WORDS = new Set(TITLES.flatMap((t) => t.split(' ')));
const LEAD_WORDS = new Set(['chief', 'head', 'director', 'leader', 'commander', 'minister', 'chairman', 'chairwoman', 'boss']);

const onlyTitleWords = (toks: readonly Token[], a: number, b: number): boolean =>
  b > a && toks.slice(a, b).every((t) => TITLE_WORDS.has(t.lower) || t.lower === 'press');

/** Records the links one sentence states; see the module comment. */
export function linkAffiliations(sentence: Sentence, ms: readonly Mention[], ctx: MentionContext): void {
  const toks = sentence.tokens;
  const reg = ctx.registry;
  const s = sentence.index;
  for (let j = 0; j < ms.length; j++) {
    const m = ms[j];
    const prev = ms[j - 1];
    const next = ms[j + 1];
    if (!m) continue;
    const rec = reg.get(m.key);
    if (!rec) continue;
    // Acronym introduced in parentheses right after its long form.
    if (prev && toks[m.start - 1]?.text === '(' && toks[m.end]?.text === ')' && prev.end === m.start - 1 && m.end - m.start === 1) {
      const p = reg.get(prev.key);
      if (p && p.kind !== 'Country' && p.kind !== 'Person') reg.merge(p.key, m.key);
    }
    // Spokesperson or official: "<actor> spokesman <Person>".
    if (rec.kind === 'Person' && prev && prev.form === 'name' && onlyTitleWords(toks, prev.end, m.start)) {
      const words = toks.slice(prev.end, m.start).map((t) => t.lower).join(' ');
      const speaks = [...SPOKESPERSON_TITLES].some((t) => words.includes(t));
      reg.setParent(rec.key, prev.key, speaks || !LEAD_WORDS.has(words) ? 'SPEAKS_FOR' : 'LEADS', s);
    }
    if (!next) continue;
    const between = toks.slice(m.end, next.start).map((t) => t.lower);
    const nrec = reg.get(next.key);
    if (!nrec) continue;
    // "X, led by (Minister) Person".
    if (nrec.kind === 'Person' && between[0] === ',' && between[1] === 'led' && between[2] === 'by') {
      reg.setParent(nrec.key, rec.key, 'LEADS', s);
    }
    // "Person, chief of (the) X".
    if (rec.kind === 'Person' && between[0] === ',' && between.includes('of') && between.some((w) => LEAD_WORDS.has(w)) && between.length <= 6 && nrec.kind !== 'Person') {
      reg.setParent(rec.key, nrec.key, 'LEADS', s);
    }
    // Apposition or "known as": one description and one name of the same body.
    const appos = (between.length === 1 && between[0] === ',') || (between.length === 2 && between[0] === ')' && between[1] === ',') || (between.length === 2 && between[0] === ',' && (between[1] === 'the'))
      || (between.join(' ').endsWith('known as') || between.join(' ').endsWith('known as the'));
    const bodyLike = (k: string): boolean => k === 'GovernmentBody' || k === 'Organization' || k === 'Group';
    if (appos && bodyLike(rec.kind) && bodyLike(nrec.kind) && (m.descriptive === true) !== (next.descriptive === true)) {
      const closes = [',', '.', ';', ':', ')', undefined].includes(toks[next.end]?.text) || toks[next.end]?.lower === 'known';
      if (closes) reg.merge(m.descriptive ? next.key : m.key, m.descriptive ? m.key : next.key);
    }
    // "X, a Y team": X is part of Y.
    if (between.length === 2 && between[0] === ',' && between[1] === 'a' && ATTACKER_NOUNS.has(toks[next.end]?.lower ?? '') && rec.kind !== 'Person') {
      reg.setParent(rec.key, nrec.key, 'PART_OF', s);
    }
  }
}
