// Noun triggers ("sanctions against Y", "the attack on Y") and attribution
// phrases ("X claimed responsibility", "the blast was the work of X").
import type { Token } from './sentences.ts';
import type { Mention } from './mentions.ts';
import { clauseStart, isIrrealis, objectEnd } from './clause.ts';
import { isSubjectish } from './roles.ts';
import {
  ATTRIBUTION_WORDS, DENY_VERBS, LIGHT_VERBS, NOUN_NEEDS_MODIFIER, NOUN_TRIGGERS, WEAPON_NOUNS,
} from './lexicon/triggers.ts';
import type { Open } from './candidate.ts';
import type { SentenceReader } from './sentence-reader.ts';
import { keysOf } from './sentence-reader.ts';

const CLASSES: Readonly<Record<string, string>> = {
  explosion: 'blast', blast: 'blast', bombing: 'blast', hack: 'cyber', hacking: 'cyber', breach: 'cyber',
  intrusion: 'cyber', cyberattack: 'cyber', 'cyber-attack': 'cyber', poisoning: 'poison', assassination: 'poison',
};
const eventClass = (noun: string): string | undefined => CLASSES[noun];

/** Lemma of an event noun at i ("sanctions" → "sanction"), or null. */
function eventNoun(toks: readonly Token[], i: number): string | null {
  const t = toks[i];
  if (!t || t.pos === 'VERB' && !/ing$/.test(t.lower)) return null;
  const lower = t.lower;
  const base = NOUN_TRIGGERS[lower] ? lower : lower.endsWith('s') && NOUN_TRIGGERS[lower.slice(0, -1)] ? lower.slice(0, -1) : null;
  if (!base) return null;
  const need = NOUN_NEEDS_MODIFIER[base];
  if (need && !need.includes(toks[i - 1]?.lower ?? '')) return null;
  return base;
}

export function readNoun(r: SentenceReader, i: number): void {
  const toks = r.toks;
  const base = eventNoun(toks, i);
  if (!base) return;
  const cfg = NOUN_TRIGGERS[base];
  if (!cfg) return;
  const from = clauseStart(toks, i);
  const suppressed = isIrrealis(toks, i, from);
  // Target: the phrase after the noun's preposition.
  let patients: Mention[] = [];
  let patientOpen: Open = 'none';
  let location = false;
  const prep = toks[i + 1]?.lower ?? '';
  if (cfg.preps.includes(prep)) {
    const a = i + 2;
    patients = cfg.type === 'ATTACKED' ? r.nearTargets(a, objectEnd(toks, a, false)) : r.targets(a, objectEnd(toks, a, true));
    if (cfg.type === 'SANCTIONED' && patients.some((m) => m.form === 'people')) patients = patients.filter((m) => m.form !== 'people');
    if (patients.length === 0 && cfg.type === 'ATTACKED' && ['at', 'in', 'near'].includes(prep)) { patientOpen = 'victim'; location = true; }
  }
  // "the attack on its power grid": its = the clause's subject.
  if (patients.length === 0 && ['its', 'their'].includes(toks[i + 2]?.lower ?? '') && cfg.preps.includes(prep)) {
    const owner = r.ms.find((m) => m.start >= from && m.end <= i && isSubjectish(toks, m));
    if (owner) patients = [owner];
  }
  const det = toks.slice(Math.max(from, i - 4), i).map((x) => x.lower);
  if (patients.length === 0 && cfg.type === 'ATTACKED' && det.some((w) => ['the', 'this', 'that', 'any'].includes(w))) patientOpen = 'victim';
  // Agent: "by X", a light verb's subject, an attribution, or an owner before the noun.
  let agents: string[] = [];
  let agentOpen: Open = 'none';
  const byAt = toks.findIndex((x, k) => k > i && k < i + 8 && x.lower === 'by');
  if (byAt > 0 && !toks.slice(i + 1, byAt).some((x) => [',', ';', 'which', 'who'].includes(x.text))) {
    agents = keysOf(r.byAgents(byAt));
  }
  if (agents.length === 0) {
    for (let k = i - 1; k >= from && k >= i - 7; k--) {
      const w = toks[k];
      if (!w) break;
      if (LIGHT_VERBS.has(w.lemma) && w.pos === 'VERB' || ATTRIBUTION_WORDS.has(w.lower)) {
        // The light verb must govern the noun: only its modifiers may stand between.
        const gap = toks.slice(k + 1, i);
        const governs = gap.every((x) => ['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PUNCT', 'ADV'].includes(x.pos) || ['of', 'for', 'in', 'on'].includes(x.lower)) && !gap.some((x) => [',', ';'].includes(x.text));
        if (!governs) break;
        if (w.lower === 'work' && toks[k + 1]?.lower === 'of') break;
        const subj = r.subject(k);
        agents = subj.keys;
        agentOpen = subj.open;
        break;
      }
      if (w.lemma === 'suffer') {
        patients = r.ms.filter((m) => m.start < k && isSubjectish(toks, m)).slice(0, 1);
        const subj = r.subject(k);
        if (subj.open === 'pronoun') patientOpen = 'pronoun';
        agents = [];
        break;
      }
      if (w.lemma === 'blame' || w.lemma === 'accuse') {
        agents = keysOf(r.mentionsIn(k + 1, i).filter((m) => m.form === 'name').slice(0, 1));
        break;
      }
    }
  }
  if (agents.length === 0) {
    const owner = r.ms.find((m) => m.end <= i && m.end >= i - 3 && (m.possessive || m.form === 'name') && toks.slice(m.possessive ? m.end + 1 : m.end, i).every((x) => x.pos === 'ADJ' || x.pos === 'NOUN' || x.pos === 'NUM'));
    // "Iran's cyberattacks", "US sanctions": the actor; but "the Acme hack": Acme is the victim.
    const victimLike = owner && !owner.possessive && cfg.type === 'ATTACKED' && r.kindOf(owner.key) !== 'Country' && r.kindOf(owner.key) !== 'Group';
    if (owner && victimLike && patients.length === 0) { patients = [owner]; patientOpen = 'none'; }
    else if (owner && (owner.possessive || cfg.type !== 'EXPELLED')) agents = [owner.key];
  }
  if (agents.length === 0 && agentOpen === 'none' && patients.length === 0 && patientOpen === 'none') return;
  r.push({ type: cfg.type, trigger: i, agents, patients, agentOpen, patientOpen, location, kind: eventClass(base), suppressed: suppressed || r.s.tokens.some((x) => DENY_VERBS.has(x.lemma) && x.start < (toks[i]?.start ?? 0)) });
}

/** "X claimed responsibility", "X was responsible.", "X used the nerve agent". */
export function readAttribution(r: SentenceReader, i: number): void {
  const toks = r.toks;
  const t = toks[i];
  if (!t || !['responsibility', 'responsible', 'work'].includes(t.lower) && t.lemma !== 'use') return;
  const from = clauseStart(toks, i);
  const claimed = t.lower === 'responsibility' && ['claim', 'take', 'claimed', 'took'].includes(toks[i - 1]?.lemma ?? '');
  const bare = t.lower === 'responsible' && ['.', ',', ';', undefined].includes(toks[i + 1]?.text);
  const weapon = t.lemma === 'use' && t.pos === 'VERB' && toks.slice(i + 1, i + 5).some((x) => WEAPON_NOUNS.has(x.lower));
  const work = t.lower === 'work' && toks[i + 1]?.lower === 'of' && toks[i - 1]?.lower === 'the';
  if (!(claimed || bare || weapon || work) || isIrrealis(toks, i, from)) return;
  let agents: string[];
  let agentOpen: Open;
  if (work) {
    agents = keysOf(r.mentionsIn(i + 2, objectEnd(toks, i + 2, true)).filter((m) => m.form === 'name').slice(0, 1));
    agentOpen = 'none';
  } else {
    const subj = r.subject(i);
    agents = subj.keys;
    agentOpen = subj.open;
  }
  if (weapon) {
    // Every subject of "A and B possessed, transported and used".
    agents = keysOf(r.mentionsIn(from, i).filter((m) => isSubjectish(toks, m)));
  }
  let kind: string | undefined;
  for (let k = from; k < i; k++) kind ??= eventClass(eventNoun(toks, k) ?? '');
  r.push({ type: 'ATTACKED', trigger: i, agents, patients: [], agentOpen, patientOpen: 'victim', kind });
}

