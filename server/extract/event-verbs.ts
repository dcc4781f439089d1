// Verb triggers: "X sanctioned Y", "Y was expelled by X", "X ordered Y out",
// "X added Y to a blacklist".
import type { Token } from './sentences.ts';
import type { Mention } from './mentions.ts';
import { clauseStart, isIrrealis, isPassive, objectEnd } from './clause.ts';
import { isTargetish } from './roles.ts';
import { VERB_FORMS, VERB_TRIGGERS } from './lexicon/triggers.ts';
import { PEOPLE_NOUNS } from './lexicon/words.ts';
import type { Open } from './candidate.ts';
import type { SentenceReader } from './sentence-reader.ts';
import { keysOf, PRONOUNS } from './sentence-reader.ts';

function lemmaOf(t: Token): string {
  return VERB_FORMS[t.lower] ?? t.lemma;
}

export function readVerb(r: SentenceReader, i: number): void {
  const toks = r.toks;
  const t = toks[i];
  if (!t) return;
  const configs = VERB_TRIGGERS[lemmaOf(t)];
  // In a headline a verb follows its subject at the start of a clause ("UK and US sanction ...").
  const headlineVerb = r.s.role === 'headline' && r.ms.some((m) => m.end === i) && r.headlineSubject(i).keys.length > 0;
  const gerund = /ing$/.test(t.lower) && ['by', 'after', 'while', 'before'].includes(toks[i - 1]?.lower ?? '');
  if (!configs || !(t.pos === 'VERB' || headlineVerb || gerund || (t.pos === 'ADJ' && isPassive(toks, i)))) return;
  // A gerund before a noun is a modifier ("hacking campaign"), not a verb.
  if (/ing$/.test(t.lower) && toks[i + 1]?.pos === 'NOUN') return;
  const from = clauseStart(toks, i);
  if (isIrrealis(toks, i, from)) return;
  const passive = isPassive(toks, i) || (t.pos === 'VERB' && /ed$/.test(t.lower) && toks[i - 1]?.pos === 'NOUN' && toks[i + 1]?.lower === 'by');
  for (const cfg of configs) {
    const end = objectEnd(toks, i + 1, true);
    const objWords = toks.slice(i + 1, Math.min(toks.length, end + 8)).map((x) => x.lower);
    if (cfg.needsObject && !cfg.needsObject.some((w) => objWords.slice(0, 6).includes(w)) && !passive) continue;
    if (cfg.needsObject && passive && !toks.slice(from, i).some((x) => cfg.needsObject?.includes(x.lower))) continue;
    let patients: Mention[];
    let agents: string[];
    let agentOpen: Open = 'none';
    let fromCountry: string | undefined;
    let personsOnly = false;
    let patientOpen: Open = 'none';
    if (passive) {
      const prepAt = cfg.prep ? toks.findIndex((x, k) => k >= from && k < i && cfg.prep?.includes(x.lower)) : -1;
      patients = r.targets(prepAt >= 0 ? prepAt + 1 : from, i);
      agents = toks[i + 1]?.lower === 'by' ? keysOf(r.byAgents(i + 1)) : [];
      const among = toks.findIndex((x, k) => k > i && /^(among|including|namely)$/.test(x.lower));
      if (among > 0) patients = [...patients, ...r.targets(among + 1, objectEnd(toks, among + 1, false))];
      if (agents.length === 0) agentOpen = r.speakerAt(i).length > 0 ? 'speaker' : 'carry';
      if (patients.length === 0 && PRONOUNS.has(toks[from]?.lower ?? '')) patientOpen = 'pronoun';
    } else {
      const subj = headlineVerb ? r.headlineSubject(i) : r.subject(i);
      agents = subj.keys;
      agentOpen = subj.open;
      let a = i + 1;
      let b = end;
      if (cfg.prep) {
        const p = toks.findIndex((x, k) => k > i && k < end + 8 && cfg.prep?.includes(x.lower));
        if (p < 0) continue;
        a = toks[p + 1]?.lower === 'to' ? p + 2 : p + 1;
        b = objectEnd(toks, a, true);
      }
      if (cfg.completion) {
        const c = toks.findIndex((x, k) => k > i && cfg.completion?.includes(x.lower));
        if (c < 0) continue;
        b = Math.min(b, c);
        if (lemmaOf(t) === 'add') {
          // "added four Russians to a new EU blacklist: A; B; C" (not "add to the sanctions").
          if (toks[i + 1]?.lower === 'to') continue;
          const colon = toks.findIndex((x, k) => k > c && x.text === ':');
          const owner = r.ms.find((m) => m.end === c || m.end === c - 1);
          if (agents.length === 0 && owner) { agents = [owner.key]; agentOpen = 'none'; }
          const head = r.targets(a, b);
          personsOnly = head.some((m) => m.form === 'people') || toks.slice(a, b).some((x) => PEOPLE_NOUNS.has(x.lower));
          // NOTE: a list of people may name them inside relative clauses ("who travelled as A"), so none is skipped.
          const listed = colon > 0 ? r.mentionsIn(colon + 1, toks.length).filter((m) => isTargetish(toks, m)) : [];
          patients = [...head, ...listed];
          r.push({ type: cfg.type, trigger: i, agents, patients, agentOpen, patientOpen: 'none', personsOnly });
          continue;
        }
        // "ordered 23 diplomats out of Britain": Britain expels.
        const outOf = toks.findIndex((x, k) => k > c && x.lower === 'of' && toks[k - 1]?.lower === 'out');
        const place = outOf > 0 ? r.ms.find((m) => m.start === outOf + 1 || m.start === outOf + 2) : undefined;
        if (place) fromCountry = place.key;
      }
      patients = r.targets(a, b);
      if (lemmaOf(t) === 'add') continue;
    }
    r.push({ type: cfg.type, trigger: i, agents, patients, agentOpen, patientOpen, personsOnly, fromCountry });
  }
}

