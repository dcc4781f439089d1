// Whether a trigger states something that happened, read from the parse:
// negation ("did not expel", "no sanctions"), modality ("could face"),
// conditions ("if"), questions, and the verbs and nouns that govern it —
// threats, plans, calls, refusals ("threatened to impose", "urged X to
// expel", "called for sanctions") block it; decisions ("decided to impose",
// "moved to suspend") and reports ("said X had attacked") let it through.
import type { Sentence } from '../annotate/doc.ts';

/** Verbs and nouns whose open complement is not (yet) an event. */
const IRREALIS_GOVERNORS = new Set([
  'threaten', 'vow', 'plan', 'consider', 'urge', 'ask', 'call', 'demand', 'propose', 'seek', 'want', 'intend',
  'hope', 'aim', 'refuse', 'decline', 'fail', 'promise', 'pledge', 'warn', 'weigh', 'mull', 'push', 'press', 'lobby',
  'deny', 'reject', 'dismiss', 'contemplate', 'discuss', 'debate', 'prepare', 'expect', 'wish', 'offer', 'suggest',
  'recommend', 'advocate', 'encourage', 'invite', 'appeal', 'petition', 'beg', 'request', 'need', 'require',
  'reserve', 'rule', 'stop', 'avoid', 'resist', 'oppose', 'question', 'wonder', 'speculate', 'fear', 'risk', 'face',
  'study', 'explore', 'examine', 'review', 'lift', 'ease', 'waive', 'remove', 'relax', 'drop', 'revoke', 'defer',
  'delay', 'postpone', 'evade', 'circumvent', 'plot', 'conspire', 'threat', 'counter', 'prevent', 'deter', 'defend',
  'protect', 'fight', 'combat', 'thwart', 'foil', 'repel', 'detect', 'guard', 'shield', 'withstand', 'survive',
  'prevention', 'defence', 'defense', 'protection', 'response', 'recruit', 'hire', 'train', 'task', 'assign',
  'dispatch', 'proposal', 'warning', 'option', 'possibility', 'idea', 'bid', 'prospect', 'speculation', 'rumour',
  'rumor', 'talk', 'danger', 'likelihood', 'chance', 'scheme', 'conspiracy', 'theory', 'lifting', 'easing',
  'removal', 'waiver', 'relief', 'ability', 'capacity', 'capability', 'right', 'readiness', 'willingness',
  'intention', 'intent', 'desire', 'permission', 'authority', 'power', 'means', 'way', 'resolution', 'motion',
  'bill', 'draft', 'law', 'legislation', 'able', 'ready', 'willing', 'likely', 'unlikely', 'possible', 'potential',
  'prepared', 'poised', 'set', 'due', 'eager', 'keen', 'determined', 'free', 'quick',
]);

/** Nouns of evidence whose content clause is a claim of whoever presents them ("evidence that X did it"). */
const EVIDENCE_NOUNS = new Set(['evidence', 'proof', 'information', 'indication', 'sign', 'intelligence', 'finding', 'conclusion', 'confidence', 'suspicion', 'belief', 'assessment', 'determination']);

// NOTE: governors not listed let a complement stand as an event: decisions, moves, beginnings ("decided to expel",
// "moved to suspend", "retaliated by expelling").

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without', 'none', 'nothing', 'nobody', 'hardly', 'barely']);
const BLOCKING_MODALS = new Set(['could', 'may', 'might', 'should', 'can', 'must', 'ought', 'would']);
const CONDITIONS = new Set(['if', 'unless', 'whether', 'lest', 'once', 'until', 'before']);

/** Verbs of speech and belief under which a reported event still counts. */
export const REPORTING = new Set([
  'say', 'tell', 'announce', 'add', 'state', 'claim', 'conclude', 'believe', 'allege', 'report', 'write', 'insist',
  'confirm', 'assert', 'declare', 'reply', 'acknowledge', 'note', 'find', 'determine', 'assess', 'judge', 'argue',
  'maintain', 'show', 'reveal', 'disclose', 'testify', 'tweet', 'post', 'explain', 'accuse', 'blame', 'hold',
  'think', 'suspect', 'estimate', 'contend', 'stress', 'reiterate', 'admit', 'concede', 'establish', 'indicate',
  'recall', 'describe', 'cite', 'learn', 'know', 'understand', 'see', 'charge', 'allegedly', 'prove', 'suggest', 'mean',
]);

export interface Modality {
  readonly realis: boolean;
  /** The subject of the nearest reporting verb above the trigger, if any. */
  readonly speaker: number | null;
  /** The reporting verb's lemma ("say", "accuse", ...). */
  readonly reportedBy: string | null;
}

function negated(s: Sentence, t: number): boolean {
  if (s.out(t, /^(advmod|det|cc:preconj|neg|dep)$/).some((e) => NEGATORS.has(s.tok(e.dep)?.lower ?? ''))) return true;
  // "X stopped short of sanctions"
  return s.tok(t)?.lemma !== 'be' && s.out(t, /^advmod$/).some((e) => s.tok(e.dep)?.lower === 'short' && s.out(e.dep, 'advmod').length === 0);
}

function modalBlocks(s: Sentence, t: number, underSpeech: boolean): boolean {
  for (const e of s.out(t, /^aux$/)) {
    const w = s.tok(e.dep)?.lower ?? '';
    if (w === 'would' && underSpeech) continue; // "said it would expel": a reported decision
    if (BLOCKING_MODALS.has(w) || w === "'d") return true;
  }
  // "if ..." on the trigger itself, or a condition attached to it ("will expel them if Peru refuses").
  return s.out(t, /^mark$/).some((e) => CONDITIONS.has(s.tok(e.dep)?.lower ?? '')) || s.out(t, /^advcl:(if|unless)$/).length > 0;
}

const memo = new WeakMap<Sentence, Map<number, Modality>>();

/** Walks from the trigger up through the clauses that contain it; see the module comment. Once per sentence and trigger. */
export function modalityOf(s: Sentence, trigger: number): Modality {
  let bySentence = memo.get(s);
  if (!bySentence) memo.set(s, (bySentence = new Map<number, Modality>()));
  let m = bySentence.get(trigger);
  if (!m) bySentence.set(trigger, (m = computeModality(s, trigger)));
  return m;
}

function computeModality(s: Sentence, trigger: number): Modality {
  if (/\?\s*["”’']?\s*$/.test(s.text)) return { realis: false, speaker: null, reportedBy: null };
  let t = trigger;
  let speaker: number | null = null;
  let reportedBy: string | null = null;
  const seen = new Set<number>();
  for (let depth = 0; depth < 8 && !seen.has(t); depth++) {
    seen.add(t);
    const tok = s.tok(t);
    if (!tok) break;
    const upEdge = s.in(t).find((e) => !/^(conj|ref|punct)/.test(e.rel)) ?? s.in(t).find((e) => /^conj/.test(e.rel));
    const up = upEdge ? s.tok(upEdge.gov) : undefined;
    const underSpeech = !!up && REPORTING.has(up.lemma) && /^(ccomp|parataxis|dep|advcl)/.test(upEdge?.rel ?? '');
    if (negated(s, t) || modalBlocks(s, t, underSpeech)) return { realis: false, speaker, reportedBy };
    if (/^advcl:(if|unless|whether|lest)$/.test(upEdge?.rel ?? '')) return { realis: false, speaker, reportedBy };
    if (!upEdge || !up) break;
    const rel = upEdge.rel;
    if (/^conj/.test(rel)) {
      // A conjunct shares its first conjunct's modality only through an auxiliary it lacks: "threatened to expel and sanction".
      if (s.out(t, /^(aux|nsubj)/).length > 0) break;
      t = upEdge.gov;
      continue;
    }
    // "described evidence that Tehran had backed the attack": the evidence's presenter claims it.
    if (/^(acl|ccomp)$/.test(rel) && EVIDENCE_NOUNS.has(up.lemma)) {
      const presenter = s.in(upEdge.gov, /^(obj|nsubj:pass)$/)[0];
      if (speaker === null && presenter) {
        speaker = s.kids(presenter.gov, /^nsubj(:xsubj)?$/)[0] ?? null;
        reportedBy = 'claim';
      }
      if (s.out(upEdge.gov, /^det$/).some((e) => ['no', 'little'].includes(s.tok(e.dep)?.lower ?? ''))) return { realis: false, speaker, reportedBy };
      t = presenter ? presenter.gov : upEdge.gov;
      continue;
    }
    // NOTE: complements and purposes inherit their governor's modality; adjuncts ("a day after it expelled ...") are asserted on their own.
    if (/^(xcomp|acl|acl:to|advcl:to|csubj|csubj:pass|ccomp)$/.test(rel)) {
      if (REPORTING.has(up.lemma) && /^(ccomp|parataxis|advcl)/.test(rel)) {
        if (speaker === null) {
          speaker = s.kids(upEdge.gov, /^nsubj(:xsubj)?$/)[0] ?? null;
          reportedBy = up.lemma;
        }
      } else if (IRREALIS_GOVERNORS.has(up.lemma)) {
        return { realis: false, speaker, reportedBy };
      }
      t = upEdge.gov;
      continue;
    }
    if (/^(obj|nsubj:pass|obl|nmod)/.test(rel) && (tok.pos.startsWith('NN') || tok.pos === 'VBG')) {
      // A noun trigger: the verb it is an argument of decides ("threatened sanctions", "called for sanctions").
      if (IRREALIS_GOVERNORS.has(up.lemma)) return { realis: false, speaker, reportedBy };
      // "stopped (fell) short of sanctions", with "of sanctions" under the adverb.
      if (up.lower === 'short' && rel.startsWith('obl')) return { realis: false, speaker, reportedBy };
      t = upEdge.gov;
      continue;
    }
    // "Peru denied hacking X", parsed with the gerund loosely attached: a complement all the same.
    if (rel === 'dep' && tok.pos === 'VBG' && IRREALIS_GOVERNORS.has(up.lemma)) return { realis: false, speaker, reportedBy };
    if (/^(parataxis|dep)$/.test(rel) && REPORTING.has(up.lemma)) {
      if (speaker === null) {
        speaker = s.kids(upEdge.gov, /^nsubj(:xsubj)?$/)[0] ?? null;
        reportedBy = up.lemma;
      }
      t = upEdge.gov;
      continue;
    }
    break;
  }
  return { realis: true, speaker, reportedBy };
}
