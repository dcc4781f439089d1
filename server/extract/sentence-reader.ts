// One sentence's mentions and tokens, with the role-finding helpers every
// trigger reader uses: subject of a clause, targets of a phrase, speakers.
import type { Sentence, Token } from './sentences.ts';
import type { Mention } from './mentions.ts';
import type { Certainty, EventType } from './types.ts';
import { clauseStart, inRanges, objectEnd, skippedRanges } from './clause.ts';
import { isSponsor, isSubjectish, isTargetish } from './roles.ts';
import { HEDGES } from './lexicon/modality.ts';
import { THING_NOUNS } from './lexicon/words.ts';
import type { Candidate, Accusation, Open } from './candidate.ts';

export const PRONOUNS = new Set(['it', 'he', 'she', 'they', 'its', 'them']);
const GENERIC_AGENTS = new Set(['ministers', 'officials', 'government', 'authorities', 'administration']);
export const keysOf = (ms: readonly Mention[]): string[] => [...new Set(ms.map((m) => m.key))];

export class SentenceReader {
  readonly toks: readonly Token[];
  readonly speeches: { verb: number; speakers: string[] }[] = [];
  readonly out: Candidate[] = [];
  readonly accusations: Accusation[] = [];

  constructor(readonly s: Sentence, readonly ms: readonly Mention[], readonly kindOf: (key: string) => string | undefined) {
    this.toks = s.tokens;
  }

  mentionsIn(a: number, b: number, skip: [number, number][] = []): Mention[] {
    return this.ms.filter((m) => m.start >= a && m.end <= b && !inRanges(skip, m.start));
  }

  /** Subject of the clause ending before token `i`: keys, or an open role. */
  subject(i: number): { keys: string[]; open: Open } {
    const t = this.toks[i];
    let p = i - 1;
    while (p > 0 && this.toks[p]?.pos === 'ADV') p--;
    // Coordinated verb ("X accused Y of ... and again insisted ..."): the sentence's subject.
    if (this.toks[p]?.lower === 'and' && t?.pos === 'VERB' && !/ing$/.test(t.lower)) {
      const firstVerb = this.toks.findIndex((x) => x.pos === 'VERB');
      if (firstVerb >= 0 && firstVerb < p) {
        const main = this.subjectFrom(0, firstVerb);
        if (main.keys.length > 0) return main;
      }
    }
    const prev = this.toks[i - 1];
    // Gerund after "by", "while", ",": the subject of the main clause.
    if (t && /ing$/.test(t.lower) && prev && ['by', 'while', 'after', ',', 'before', 'and'].includes(prev.lower)) {
      return this.subjectFrom(clauseStart(this.toks, i - 1), i - 1);
    }
    return this.subjectFrom(clauseStart(this.toks, i), i);
  }

  subjectFrom(a: number, b: number): { keys: string[]; open: Open } {
    const region = this.mentionsIn(a, b);
    // "attackers sponsored by X and Y": the sponsors.
    for (let k = a; k < b; k++) {
      if (/^(sponsored|backed|directed|controlled|funded)$/.test(this.toks[k]?.lower ?? '') && this.toks[k + 1]?.lower === 'by') {
        const sponsors = region.filter((m) => m.start > k && m.form !== 'demonym');
        if (sponsors.length > 0) return { keys: keysOf(sponsors), open: 'none' };
      }
    }
    const cands = region.filter((m) => isSubjectish(this.toks, m));
    const first = cands[0];
    if (first) {
      const group = [first];
      for (const m of cands.slice(1)) {
        const gap = this.toks.slice(group[group.length - 1]?.end ?? 0, m.start).map((x) => x.lower);
        if (gap.every((w) => ['and', ',', 'its', 'their', 'the'].includes(w))) group.push(m);
        else break;
      }
      // "a Chinese state-sponsored group known as X": the group and its sponsor.
      const named = region.filter((m) => m.start > first.end && isSubjectish(this.toks, m) && isSponsor(this.toks, first));
      return { keys: keysOf([...group, ...named.slice(0, 1)]), open: 'none' };
    }
    const words = this.toks.slice(a, b).map((x) => x.lower);
    const lead = this.toks.slice(a, b).find((x) => /^[a-zA-Z]/.test(x.text) && !x.cap && !['on', 'in', 'last', 'week', 'also', 'then', 'separately', 'later', 'earlier'].includes(x.lower))
      ?? this.toks.slice(a, b).find((x) => PRONOUNS.has(x.lower));
    if (lead && PRONOUNS.has(lead.lower)) return { keys: [], open: 'pronoun' };
    if (words.some((w) => GENERIC_AGENTS.has(w))) return { keys: [], open: 'carry' };
    return { keys: [], open: 'none' };
  }

  /** In a headline, the actors right before the verb ("UK and US sanction ..."). */
  headlineSubject(i: number): { keys: string[]; open: Open } {
    const group: Mention[] = [];
    let end = i;
    for (let k = this.ms.length - 1; k >= 0; k--) {
      const m = this.ms[k];
      if (!m || m.end > end) continue;
      const gap = this.toks.slice(m.end, end).map((x) => x.lower);
      if (gap.length > 0 && !gap.every((w) => w === 'and' || w === ',')) break;
      group.unshift(m);
      end = m.start;
    }
    const before = this.toks[end - 1];
    const opens = before === undefined || [',', ':', ';', '—'].includes(before.text);
    return { keys: opens ? keysOf(group) : [], open: 'none' };
  }

  speakerAt(i: number): string[] {
    let best: string[] = [];
    for (const sp of this.speeches) if (sp.verb < i && sp.speakers.length > 0) best = sp.speakers;
    return best;
  }

  certainty(i: number, type: EventType): Certainty {
    const speakers = this.speakerAt(i);
    const hedged = this.toks.slice(0, i + 1).some((t) => HEDGES.has(t.lower) || HEDGES.has(t.lemma));
    if (type === 'ATTACKED' && (hedged || speakers.length > 0)) return 'alleged';
    return speakers.length > 0 ? 'reported' : 'stated';
  }

  push(c: Omit<Candidate, 'sentence' | 'speakers' | 'certainty'>): void {
    this.out.push({ ...c, sentence: this.s.index, speakers: this.speakerAt(c.trigger), certainty: this.certainty(c.trigger, c.type) });
  }

  targets(a: number, b: number): Mention[] {
    const skip = skippedRanges(this.toks, a, b);
    return this.mentionsIn(a, b, skip)
      .filter((m) => m.form === 'same' || isTargetish(this.toks, m))
      .filter((m) => !this.isHeadOf(m) && this.toks[m.start - 1]?.lower !== 'by');
  }

  /**
   * Targets of a prepositional phrase: the first actor must open the phrase
   * (after determiners and modifiers), the rest be coordinated with it.
   */
  nearTargets(a: number, b: number): Mention[] {
    const all = this.targets(a, b);
    const first = all[0];
    if (!first) return [];
    const lead = this.toks.slice(a, first.start);
    // "email accounts belonging to X", "the systems of X": a thing owned by X.
    const owned = lead.some((x) => THING_NOUNS.has(x.lower)) && lead.length <= 8;
    if (!owned && (lead.length > 4 || lead.some((x) => !['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PUNCT'].includes(x.pos) || x.lower === 'of'))) return [];
    const out = [first];
    for (const m of all.slice(1)) {
      const gap = this.toks.slice(out[out.length - 1]?.end ?? 0, m.start);
      if (gap.length <= 4 && gap.some((x) => x.lower === 'and' || x.text === ',') && gap.every((x) => ['and', ',', 'the', 'its', 'their', 'of', 'or'].includes(x.lower) || x.pos === 'ADJ' || x.pos === 'DET')) out.push(m);
      else break;
    }
    return out;
  }

  /** The agent after "by": "by X", "by a group known as X", coordinated "by X and Y". */
  byAgents(byAt: number): Mention[] {
    const found = this.mentionsIn(byAt + 1, objectEnd(this.toks, byAt + 1, true)).filter((m) => m.form === 'name' && !m.possessive);
    const first = found[0];
    if (!first) return [];
    const gap = this.toks.slice(byAt + 1, first.start).map((x) => x.lower);
    const named = gap.some((w) => ['known', 'calling', 'dubbed', 'named'].includes(w));
    if (gap.length > (named ? 7 : 2)) return [];
    const out = [first];
    for (const m of found.slice(1)) {
      const between = this.toks.slice(out[out.length - 1]?.end ?? 0, m.start).map((x) => x.lower);
      if (between.length <= 3 && between.includes('and') && between.every((w) => ['and', ',', 'the', 'its', 'their'].includes(w))) out.push(m);
      else break;
    }
    return out;
  }

  /** "the head of X", "officers of X": X is not itself the target. */
  isHeadOf(m: Mention): boolean {
    return this.toks[m.start - 1]?.lower === 'of' && /^(head|chief|leader|director|deputy|member|members|officers|officials)$/.test(this.toks[m.start - 2]?.lower ?? '')
      || (this.toks[m.start - 1]?.lower === 'the' && this.toks[m.start - 2]?.lower === 'of' && /^(head|chief|leader|director)$/.test(this.toks[m.start - 3]?.lower ?? ''));
  }
}

