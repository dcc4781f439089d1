// Clause geometry over a token list: where the clause of a word starts, where
// an object phrase ends, which stretches are relative or reporting clauses to
// skip, and whether a trigger is negated or only hypothetical.
import type { Token } from './sentences.ts';
import { IRREALIS, MODALS, NEGATORS } from './lexicon/modality.ts';
import { SPEECH_VERBS } from './lexicon/triggers.ts';

const QUOTES = new Set(['"', '“', '”', '‘', '’', "'"]);
const SUBORDINATORS = new Set(['that', 'which', 'who', 'whom', 'whose', 'when', 'while', 'after', 'before', 'because', 'although', 'as', 'since', 'where', 'if', 'unless', 'whether', 'but']);
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re"]);

export const isSpeechVerb = (t: Token | undefined): boolean => t !== undefined && SPEECH_VERBS.has(t.lemma) && (t.pos === 'VERB' || t.pos === 'AUX');

/** Index where the clause containing token `i` starts. */
export function clauseStart(toks: readonly Token[], i: number): number {
  for (let k = i - 1; k >= 0; k--) {
    const t = toks[k];
    if (!t) break;
    if (t.text === ':' || t.text === ';' || t.text === '—' || t.text === '–') return k + 1;
    // A quote closes a clause only where speech is reported around it (`…," she said`).
    if (QUOTES.has(t.text) && k > 0 && (toks[k - 1]?.text === ',' || toks[k - 1]?.text === '.' || isSpeechVerb(toks[k + 1]) || isSpeechVerb(toks[k + 2]))) return k + 1;
    if (SUBORDINATORS.has(t.lower) && t.pos === 'SCONJ' && toks[k - 1]?.lower !== 'known' && toks[k - 1]?.lower !== 'such') return k + 1;
    if (SUBORDINATORS.has(t.lower) && (t.lower === 'that' || t.lower === 'which' || t.lower === 'who')) return k + 1;
    if (isSpeechVerb(t) && k < i - 1) return k + 1;
  }
  return 0;
}

/** True when the verb at `i` is passive ("was expelled", "were being expelled"). */
export function isPassive(toks: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const t = toks[k];
    if (!t) break;
    if (BE.has(t.lower)) return true;
    if (t.pos !== 'ADV' && t.pos !== 'AUX' && t.lower !== 'also') return false;
  }
  return false;
}

/** True when the trigger at `i` is negated, hypothetical, intended, urged or asked about. */
export function isIrrealis(toks: readonly Token[], i: number, from: number): boolean {
  if (toks[toks.length - 1]?.text === '?' ) return true;
  if (toks[i - 1]?.lower === 'to' && toks[i]?.pos !== 'NOUN') return true; // "to attack": purpose or plan
  for (let k = from; k < i; k++) {
    const t = toks[k];
    if (!t || !/^[a-z']/.test(t.text)) continue; // names ("Persistent Threat") are not modality
    if (NEGATORS.has(t.lower)) return true;
    if (MODALS.has(t.lower) && !reportedWould(toks, k)) return true;
    if (IRREALIS.has(t.lemma) || IRREALIS.has(t.lower)) return true;
    if (t.lower === 'short' && toks[k + 1]?.lower === 'of') return true; // "stopped short of"
  }
  return false;
}

/** "X said it would expel ...": an announced decision, reported. */
function reportedWould(toks: readonly Token[], k: number): boolean {
  if (toks[k]?.lower !== 'would') return false;
  for (let j = k - 1; j >= Math.max(0, k - 6); j--) if (isSpeechVerb(toks[j])) return true;
  return false;
}

/** Words that end an object phrase. */
const OBJECT_STOPS = new Set(['.', ';', '—', '–', '?', '!']);
const REASON_PREPS = new Set(['what', 'where', 'over', 'for', 'following', 'after', 'because', 'citing', 'amid', 'despite', 'as', 'while', 'but', 'since', 'when', 'until']);

/**
 * End (exclusive) of the object phrase that starts at `from`: stops at a
 * clause end, at a preposition of reason ("over the attack"), or at "and" +
 * verb. A colon opens a list, after which ';' only separates items.
 */
export function objectEnd(toks: readonly Token[], from: number, stopAtReason: boolean): number {
  let list = false;
  for (let k = from; k < toks.length; k++) {
    const t = toks[k];
    if (!t) break;
    if (t.text === ':') { list = true; continue; }
    if (OBJECT_STOPS.has(t.text) && !(list && t.text === ';')) return k;
    const naming = t.lower === 'as' && /^(known|dubbed|named)$/.test(toks[k - 1]?.lower ?? '');
    if (stopAtReason && REASON_PREPS.has(t.lower) && !list && k > from && !naming) return k;
    if (t.lower === 'and' && toks[k + 1]?.pos === 'VERB' && !list) return k;
    if (t.lower === 'that' && t.pos === 'SCONJ') return k;
  }
  return toks.length;
}

/** Token ranges to ignore inside an object: relative clauses and reporting clauses. */
export function skippedRanges(toks: readonly Token[], from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (t?.text !== ',' && t?.text !== '(') continue;
    const next = toks[k + 1];
    const rel = next && (['which', 'who', 'whom', 'whose', 'where'].includes(next.lower) || (next.lower === 'through' && toks[k + 2]?.lower === 'which'));
    let end = k + 1;
    while (end < to && ![',', ';', ':'].includes(toks[end]?.text ?? '')) end++;
    const reporting = toks.slice(k + 1, end).some((x) => isSpeechVerb(x)) && (toks[end]?.text === ':' || toks[end]?.text === ',' || end >= to || toks[end]?.text === '.');
    if (rel || reporting) { out.push([k, end]); k = end - 1; }
  }
  return out;
}

export const inRanges = (ranges: readonly [number, number][], i: number): boolean => ranges.some(([a, b]) => i >= a && i < b);
