// What the text is talking about: the actors mentioned so far, most recent
// first, with whether each was a subject. Pronouns ("it", "they", "he") and
// descriptions ("the group", "the ministry") resolve against it.
import type { ActorKind } from '../types.ts';
import type { ActorRec } from './registry.ts';

interface Seen {
  readonly rec: ActorRec;
  readonly sentence: number;
  readonly token: number;
  readonly subject: boolean;
  /** Only a modifier ("Estonian" in "Estonian officials"): it tells the topic but is no antecedent. */
  readonly modifier: boolean;
}

/** How many earlier sentences an anaphor may reach back. */
const REACH = 4;

export class Salience {
  private readonly all: Seen[] = [];
  private readonly seen: Seen[] = [];

  note(rec: ActorRec, sentence: number, token: number, subject: boolean, modifier = false): void {
    const x = { rec, sentence, token, subject, modifier };
    this.all.push(x);
    if (!modifier) this.seen.push(x);
  }

  /**
   * The actor an anaphor at (sentence, token) means, among those `fits` accepts:
   * an earlier subject of the same sentence, else the subject of an earlier
   * sentence, else the most recent fitting mention, within REACH sentences; a
   * possessive pronoun in a sentence without an earlier subject takes the
   * nearest fitting actor before it.
   */
  resolve(sentence: number, token: number, fits: (rec: ActorRec) => boolean, possessive = false): ActorRec | null {
    const before = this.seen.filter((x) => x.sentence >= sentence - REACH && (x.sentence < sentence || x.token < token) && fits(x.rec));
    if (before.length === 0) return null;
    const here = before.filter((x) => x.sentence === sentence);
    // "London blamed Beijing for a breach of its watchdog": the subject; without one before it, a possessive takes the nearest actor.
    const nearest = here[here.length - 1];
    if (possessive && nearest && !here.some((x) => x.subject)) return nearest.rec;
    const subjectHere = [...here].reverse().find((x) => x.subject);
    if (subjectHere) return subjectHere.rec;
    const earlier = before.filter((x) => x.sentence < sentence);
    const last = earlier[earlier.length - 1];
    if (last) {
      const subjectThen = [...earlier].reverse().find((x) => x.subject && x.sentence === last.sentence);
      if (subjectThen) return subjectThen.rec;
    }
    return (here[here.length - 1] ?? last ?? before[before.length - 1])?.rec ?? null;
  }

  /** Like resolve, but only an earlier subject of this sentence or a subject of the sentence before. */
  resolveSubject(sentence: number, token: number, fits: (rec: ActorRec) => boolean): ActorRec | null {
    const here = this.seen.filter((x) => x.sentence === sentence && x.token < token && x.subject && fits(x.rec));
    const last = here[here.length - 1];
    if (last) return last.rec;
    const prevIndex = Math.max(-1, ...this.seen.filter((x) => x.sentence < sentence).map((x) => x.sentence));
    const prev = this.seen.filter((x) => x.sentence === prevIndex && x.subject && fits(x.rec));
    return prev[0]?.rec ?? null;
  }

  /**
   * The state an article is about, for "the country" and "the government":
   * the one mentioned most so far, leaving out the state named last before it
   * in the sentence ("Russia is behind the attacks on the country's
   * parliament" is not about Russia's parliament).
   */
  topicCountry(sentence: number, token: number): ActorRec | null {
    // A state named earlier in the sentence other than as a subject ("Two North Korean organisations that run the
    // country's camps") is the one; the nearest subject state is the doer of the clause and is left out
    // ("Russia is behind the attacks on the country's parliament").
    const before = this.all.filter((x) => x.sentence === sentence && x.token < token && x.rec.kind === 'Country');
    const subjects = before.filter((x) => x.subject);
    const doer = subjects[subjects.length - 1]?.rec;
    const aside = before.filter((x) => !x.subject && x.rec !== doer);
    const local = aside[aside.length - 1];
    if (local) return local.rec;
    const here = new Set(doer ? [doer] : []);
    const counts = new Map<ActorRec, number>();
    for (const x of this.all) if (x.rec.kind === 'Country' && (x.sentence < sentence || x.token < token)) counts.set(x.rec, (counts.get(x.rec) ?? 0) + 1);
    const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([r]) => r);
    return ranked.find((r) => !here.has(r)) ?? ranked[0] ?? null;
  }

  /** How often each state has been named, modifiers included, most first. */
  countryCounts(): [ActorRec, number][] {
    const counts = new Map<ActorRec, number>();
    for (const x of this.all) if (x.rec.kind === 'Country') counts.set(x.rec, (counts.get(x.rec) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1]);
  }

  /** The sentences an actor is mentioned in. */
  sentencesOf(rec: ActorRec): Set<number> {
    return new Set(this.seen.filter((x) => x.rec === rec).map((x) => x.sentence));
  }

  /** Every mention in these sentences. */
  mentionsIn(sentences: ReadonlySet<number>): ActorRec[] {
    return this.seen.filter((x) => sentences.has(x.sentence)).map((x) => x.rec);
  }

  /** The most recent actor of these kinds that was a subject ("the government" is the one that has been acting). */
  latestSubject(sentence: number, token: number, kinds: readonly ActorKind[]): ActorRec | null {
    for (let k = this.seen.length - 1; k >= 0; k--) {
      const x = this.seen[k];
      if (!x || x.sentence < sentence - REACH * 2) break;
      if (x.sentence === sentence && x.token >= token) continue;
      if (x.subject && kinds.includes(x.rec.kind)) return x.rec;
    }
    return null;
  }

  /** The most recent actor of one of these kinds (for "the country", "the group"). */
  latest(sentence: number, token: number, kinds: readonly ActorKind[], fits: (rec: ActorRec) => boolean = () => true): ActorRec | null {
    for (let k = this.seen.length - 1; k >= 0; k--) {
      const x = this.seen[k];
      if (!x || x.sentence < sentence - REACH * 2) break;
      if (x.sentence === sentence && x.token >= token) continue;
      if (kinds.includes(x.rec.kind) && fits(x.rec)) return x.rec;
    }
    return null;
  }
}
