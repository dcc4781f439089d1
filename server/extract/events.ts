// Stage 4a: the event candidates of one sentence. Each trigger (verb, noun,
// attribution phrase, denial) yields a candidate with the agents and targets
// the sentence itself gives; what the sentence leaves open (a pronoun, "the
// attack", an agentless passive) is marked for discourse.ts to fill in.
import type { Sentence } from './sentences.ts';
import type { Mention } from './mentions.ts';
import { clauseStart, isSpeechVerb, objectEnd } from './clause.ts';
import { isSubjectish } from './roles.ts';
import { SentenceReader, keysOf } from './sentence-reader.ts';
import { readVerb } from './event-verbs.ts';
import { readAttribution, readNoun } from './event-nouns.ts';
import { readAccusation, readDenial } from './denials.ts';
import type { SentenceEvents } from './candidate.ts';

export type { Accusation, Candidate, Open, SentenceEvents } from './candidate.ts';

/** Reads the event candidates of one sentence. */
export function readSentence(s: Sentence, ms: readonly Mention[], kindOf: (key: string) => string | undefined): SentenceEvents {
  const r = new SentenceReader(s, ms, kindOf);
  const toks = r.toks;
  // Speech events first: their subjects are the claimants of what follows.
  toks.forEach((t, k) => {
    if (isSpeechVerb(t)) {
      const start = clauseStart(toks, k);
      let subj = r.subjectFrom(start, k);
      // "Jane Roe, who was then minister, announced ...": the subject is before the relative clause.
      if (subj.keys.length === 0 && ['who', 'which'].includes(toks[start - 1]?.lower ?? '')) subj = r.subjectFrom(0, start - 1);
      r.speeches.push({ verb: k, speakers: subj.keys });
    }
    if (t.lower === 'according' && toks[k + 1]?.lower === 'to') {
      r.speeches.push({ verb: k, speakers: keysOf(r.mentionsIn(k + 2, objectEnd(toks, k + 2, false)).slice(0, 1)) });
    }
  });
  const question = toks[toks.length - 1]?.text === '?';
  for (let i = 0; i < toks.length && !question; i++) {
    readVerb(r, i);
    readNoun(r, i);
    readAttribution(r, i);
    readDenial(r, i);
    readAccusation(r, i);
  }
  // A denial's victims: the targets of the attacks named after it in the sentence.
  for (const d of r.out) {
    if (d.type !== 'DENIED') continue;
    d.victims = keysOf(r.out.filter((c) => c.type === 'ATTACKED' && c.trigger > d.trigger).flatMap((c) => c.patients));
  }
  const first = ms.find((m) => isSubjectish(toks, m));
  return { candidates: r.out, accusations: r.accusations, subject: first ? [first.key] : [] };
}

