// Checks on a trigger before its frame is read: whether an event noun names
// an event ("a cyber operation", not "an operation"), a particular one ("the
// July cyberattack", not "cyberattacks"), and whether "attack" is said of
// words ("attacked Trudeau personally").
import type { Sentence } from '../annotate/doc.ts';
import { ATTACK_NOUNS, QUALIFIED_ATTACK_NOUNS, SANCTION_NOUNS } from '../lexicon/event-words.ts';
import { objectHeads } from './roles.ts';

const ATTACK_SET = new Set(ATTACK_NOUNS);
const SANCTION_SET = new Set(SANCTION_NOUNS);

/** Qualified nouns ("operation") count only with their qualifier ("cyber operation"), a name ("the Exchange campaign") or a clause saying what they did. */
export function qualified(s: Sentence, n: number, attackNamed = false): boolean {
  const lemma = s.tok(n)?.lemma ?? '';
  const quals = QUALIFIED_ATTACK_NOUNS[lemma];
  if (!quals) return true;
  // "The measures stopped (fell) short of sanctions": they are named for what they are not.
  if (s.in(n, /^nsubj/).some((e) => s.kids(e.gov, 'advmod').some((k) => s.tok(k)?.lower === 'short'))) return false;
  // "the act of cyberattack", "acts of sabotage"
  if (s.kids(n, 'nmod:of').some((k) => !QUALIFIED_ATTACK_NOUNS[s.tok(k)?.lemma ?? ''] && ATTACK_SET.has(s.tok(k)?.lemma ?? ''))) return true;
  if (s.out(n, /^(compound|amod)$/).some((e) => quals.some((q) => (s.tok(e.dep)?.lower ?? '').includes(q)))) return true;
  // "the measures", "these restrictions": measures the text has named before; "the operation" once an attack has been named.
  const definite = s.kids(n, 'det').some((d) => ['the', 'these', 'those', 'this', 'that'].includes(s.tok(d)?.lower ?? ''));
  if (definite && (SANCTION_SET.has(lemma) || (attackNamed && ['operation', 'campaign', 'act', 'plot'].includes(lemma)))) return true;
  const named = s.out(n, /^compound$/).some((e) => /^NNP/.test(s.tok(e.dep)?.pos ?? ''));
  const didHarm = s.out(n, /^(acl|acl:relcl)$/).some((e) => ['compromise', 'target', 'hit', 'breach', 'steal', 'disrupt', 'cripple', 'damage', 'destroy', 'kill', 'infect'].includes(s.tok(e.dep)?.lemma ?? ''));
  return (named && (lemma === 'campaign' || lemma === 'operation')) || didHarm;
}

/** Words that make "attack" a verbal one: "attacked Trudeau personally", "his harshest attack yet". */
const VERBAL = new Set(['personally', 'verbally', 'publicly', 'harshest', 'harsh', 'scathing', 'blistering', 'fierce', 'stinging', 'verbal', 'rhetorical', 'personal', 'bitter', 'sharp', 'sharpest', 'strongest', 'withering', 'furious', 'angry', 'written', 'broadside', 'tirade']);

/** Nouns of ideas and deeds that can only be attacked in words ("attacked the sanctions", "China's governance"). */
const ABSTRACT = new Set(['sanction', 'measure', 'policy', 'governance', 'decision', 'remark', 'comment', 'statement', 'move', 'record', 'stance', 'position', 'handling', 'response', 'plan', 'idea', 'proposal', 'law', 'bill', 'approach', 'act', 'crackdown', 'rule', 'regime', 'conduct', 'behaviour', 'behavior', 'actions', 'action', 'backer', 'critic', 'supporter', 'opponent', 'desecrator', 'media', 'press', 'report']);

/** "attack" said of words: a person or an idea as its target, or an adverb or adjective of speech. */
export function verbal(s: Sentence, t: number, object: number | null): boolean {
  const tok = s.tok(t);
  if (!tok || tok.lemma !== 'attack') return false;
  const words = [...s.kids(t, /^(advmod|amod)$/), ...(object === null ? [] : s.kids(object, /^(amod)$/))].map((k) => s.tok(k)?.lower ?? '');
  if (words.some((w) => VERBAL.has(w))) return true;
  const heads = /^VB/.test(tok.pos) ? objectHeads(s, t) : s.kids(t, /^nmod:(on|against)$/);
  return heads.some((h) => s.tok(h)?.ner === 'PERSON' || ABSTRACT.has(s.tok(h)?.lemma ?? ''));
}

/** A noun that names a particular attack: definite ("the attack", "its strikes", "the July cyberattack") or singular with a date. */
export function specific(s: Sentence, n: number): boolean {
  const det = s.kids(n, /^(det|nmod:poss)$/).map((k) => s.tok(k)?.lower ?? '');
  if (det.some((d) => ['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her'].includes(d)) || s.kids(n, 'nmod:poss').length > 0) return true;
  return s.tok(n)?.pos === 'NN' && det.length === 0 && s.kids(n, /^(compound|amod)$/).some((k) => s.tok(k)?.ner === 'DATE');
}

