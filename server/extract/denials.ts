// Denials ("X rejected the accusation", "called the findings baseless") and
// accusations ("X blamed Y for ..."), which tell a denial whom it answers.
import { clauseStart, isIrrealis, isSpeechVerb, objectEnd } from './clause.ts';
import { afterPreposition } from './roles.ts';
import { ACCUSATION_NOUNS, ACCUSE_VERBS, DENIAL_CUES, DENY_VERBS, NOUN_TRIGGERS } from './lexicon/triggers.ts';
import type { Open } from './candidate.ts';
import type { SentenceReader } from './sentence-reader.ts';

/** Denials: a deny verb, "insisted it had nothing to do with", or a claim called baseless. */
export function readDenial(r: SentenceReader, i: number): void {
  const toks = r.toks;
  const t = toks[i];
  if (!t || !(DENY_VERBS.has(t.lemma) || t.lemma === 'insist' || t.lemma === 'call' || isSpeechVerb(t))) return;
  const from = clauseStart(toks, i);
  const window = toks.slice(i + 1, Math.min(toks.length, i + 12));
  const words = window.map((x) => x.lower);
  let denier: { keys: string[]; open: Open };
  let objectFrom = i + 1;
  if (DENY_VERBS.has(t.lemma) && t.pos === 'VERB') {
    const accusation = words.slice(0, 5).some((w) => ACCUSATION_NOUNS.has(w) || NOUN_TRIGGERS[w]?.type === 'ATTACKED') || words[0] === 'any' || window.some((x) => x.lower === 'behind' || x.lower === 'responsible');
    const offer = words.slice(0, 4).some((w) => ['offer', 'request', 'proposal', 'entry', 'visa', 'visas', 'access'].includes(w));
    if (t.lemma === 'disagree' && words[0] !== 'with') return;
    if (!accusation && !words.includes('what') || offer) return;
    denier = r.subject(i);
  } else if (t.lemma === 'insist' && words.join(' ').includes('nothing to do with')) {
    denier = r.subject(i);
  } else if (t.lemma === 'call' && t.pos === 'VERB' && words.slice(0, 8).some((w) => DENIAL_CUES.has(w))) {
    denier = r.subject(i);
  } else if (isSpeechVerb(t)) {
    const end = objectEnd(toks, i + 1, false);
    const comp = toks.slice(i + 1, end).map((x) => x.lower);
    const claim = comp.slice(0, 8).some((w) => ACCUSATION_NOUNS.has(w) || w === 'accused');
    const cue = comp.slice(0, 14).some((w) => DENIAL_CUES.has(w)) || comp.join(' ').includes('not stand up');
    if (!(claim && cue)) return;
    denier = r.subjectFrom(clauseStart(toks, i), i);
    objectFrom = i + 1;
  } else {
    return;
  }
  if (isIrrealis(toks, i, from) && !DENY_VERBS.has(t.lemma)) return;
  if (r.out.some((c) => c.type === 'DENIED' && c.sentence === r.s.index && c.trigger >= from)) return;
  // Accusers named in the sentence: "the FBI's findings", "the Czech conclusions", "accusation of X".
  const end = objectEnd(toks, objectFrom, false);
  const accusers: string[] = [];
  for (const m of r.mentionsIn(objectFrom, Math.max(end, objectFrom + 12))) {
    const next = toks[m.possessive ? m.end + 1 : m.end];
    const prev2 = `${toks[m.start - 2]?.lower ?? ''} ${toks[m.start - 1]?.lower ?? ''}`;
    if (next && ACCUSATION_NOUNS.has(next.lower) && (m.possessive || m.form === 'demonym' || m.form === 'name')) accusers.push(m.key);
    else if (/^(accusations?|claims?) (of|by|from)$/.test(prev2.trim()) || /(accusations?|claims?) (of|by|from) the$/.test(`${toks[m.start - 3]?.lower ?? ''} ${prev2}`)) accusers.push(m.key);
  }
  const lead = toks[0]?.lower === 'in' ? r.ms.find((m) => m.start === 1 && toks[m.end]?.text === ',') : undefined;
  r.push({ type: 'DENIED', trigger: i, agents: denier.keys, patients: [], agentOpen: denier.open, patientOpen: 'none', accusers, victims: [], place: lead?.key });
}

/** "London blamed Beijing", "an indictment accusing A, B and X members": who accuses whom. */
export function readAccusation(r: SentenceReader, i: number): void {
  const toks = r.toks;
  const t = toks[i];
  if (!t || !ACCUSE_VERBS.has(t.lemma) || t.pos !== 'VERB') return;
  const from = clauseStart(toks, i);
  if (isIrrealis(toks, i, from)) return;
  const subj = r.subjectFrom(from, i);
  const objEnd = objectEnd(toks, i + 1, true);
  let accused = r.mentionsIn(i + 1, objEnd).filter((m) => !afterPreposition(toks, m) || m.form === 'people');
  if (accused.length === 0) accused = r.ms.filter((m) => m.end <= i && !subj.keys.includes(m.key)).slice(-1);
  for (const a of subj.keys) for (const m of accused) r.accusations.push({ accuser: a, accused: m.key, sentence: r.s.index });
}

