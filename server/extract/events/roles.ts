// Reads the roles of frame.ts from the dependency graph of one sentence:
// token heads first (voice-aware subject and object, case-marked obliques,
// the object's dependents, possessors, the governing light verb), then the
// actors they denote with lists expanded ("A, B and C", "three bodies: A, B
// and C", "officials, including A").
import type { Sentence } from '../annotate/doc.ts';
import type { Denotation, SentenceActors } from '../actors/denote.ts';
import { WEAPON_NOUNS } from '../lexicon/actor-nouns.ts';
import type { Role } from './frame.ts';

/** Whether verb t is passive ("Y was attacked"). */
export const isPassive = (s: Sentence, t: number): boolean => s.out(t, /^(nsubj:pass|aux:pass)/).length > 0;

/** Where a non-finite verb attaches to the noun it modifies: "the company targeted by X" (acl), "officials, who were designated" (relcl). */
function modifiedNoun(s: Sentence, t: number): number | null {
  const e = s.in(t, /^acl$/)[0];
  return e ? e.gov : null;
}

/** Verbs of a clause that says what an attack did to whom: "a campaign that compromised X". */
const CLAUSE_ATTACKS = new Set(['compromise', 'target', 'hit', 'breach', 'steal', 'affect', 'disrupt', 'cripple', 'damage', 'destroy', 'kill', 'strike', 'infect', 'paralyse', 'paralyze', 'penetrate', 'infiltrate', 'take', 'knock', 'wipe', 'shut']);

/** The doer of a verb: its subject, or its by-phrase when passive; a reduced relative's by-phrase. */
export function subjectHeads(s: Sentence, t: number): number[] {
  if (isPassive(s, t) || (s.tok(t)?.pos === 'VBN' && modifiedNoun(s, t) !== null)) {
    const agents = s.kids(t, /^obl:(agent|by)$/);
    // "killed by fire from Bolivian militants", the "from" phrase often attached to the verb.
    const weapon = agents.some((a) => WEAPON_NOUNS.has(s.tok(a)?.lemma ?? ''));
    return weapon ? [...agents, ...s.kids(t, /^obl:from$/)] : agents;
  }
  const subj = s.kids(t, /^nsubj(:xsubj)?$/);
  if (subj.length > 0) return subj;
  // "X, which attacked Y": the relative pronoun resolved by enhanced++ (ref) is already nsubj; a gerund "X, targeting Y" takes X.
  const gov = s.in(t, /^(acl|advcl|conj|xcomp|dep)/)[0];
  if (gov && s.tok(t)?.pos === 'VBG') {
    const up = s.tok(gov.gov);
    // "signed an executive order authorizing sanctions": the order's signer.
    if (up && CONTAINERS.has(up.lemma)) {
      const g = directVerb(s, gov.gov);
      if (g && g.as === 'object') return subjectHeads(s, g.verb);
    }
    if (up && /^NN/.test(up.pos)) return [gov.gov];
    const upper = s.kids(gov.gov, /^nsubj(:xsubj)?$/);
    if (upper.length > 0) return upper;
  }
  // NOTE: long sentences often come out with a gerund cut loose from its clause
  // ("Moscow hit back by declaring ..."): it takes the subject of the sentence before it.
  if (s.tok(t)?.pos === 'VBG' && !s.in(t).some((e) => /^(acl|amod|nmod|obj|obl|nsubj)/.test(e.rel))) {
    const subj = s.tokens.filter((x) => x.i < t && s.in(x.i, /^nsubj$/).length > 0);
    const first = subj[0];
    if (first) return [first.i];
  }
  // "... and Russia ordered 23 British diplomats out", with "Russia" attached elsewhere: the name right before a finite verb.
  if (/^VB[DZP]$/.test(s.tok(t)?.pos ?? '')) {
    let k = t - 1;
    while (k > 0 && /^(RB|MD|VB[DZPN]?)$/.test(s.tok(k)?.pos ?? '') && s.in(k, /^(aux|advmod|aux:pass)/).some((e) => e.gov === t)) k--;
    const before = s.tok(k);
    if (before && /^NNP/.test(before.pos) && !s.in(k, /^(nsubj|compound|amod|nmod:poss)/).length) return [k];
  }
  return [];
}

/** The patient of a verb: its object, or its subject when passive; the noun a participle modifies. */
export function objectHeads(s: Sentence, t: number): number[] {
  if (isPassive(s, t)) {
    const pass = s.kids(t, /^nsubj:pass(:xsubj)?$/);
    if (pass.length > 0) return pass;
    // NOTE: a long subject often comes out attached to a verb of its own ("Five stations run by X ... were hit"):
    // the first subject before the passive verb is its patient.
    const before = s.tokens.filter((x) => x.i < t && /^NN/.test(x.pos) && s.in(x.i, /^nsubj/).length > 0 && !s.in(x.i, /^nsubj/).some((e) => e.gov === t));
    return before[0] ? [before[0].i] : [];
  }
  const obj = s.kids(t, /^obj$/);
  if (obj.length > 0) return obj;
  // "declared X persona non grata" parsed as a small clause: X is the subject of the complement.
  const small = s.kids(t, /^xcomp$/).flatMap((x) => s.kids(x, /^nsubj$/));
  if (small.length > 0) return small;
  const noun = s.tok(t)?.pos === 'VBN' ? modifiedNoun(s, t) : null;
  return noun ? [noun] : [];
}

/** Nouns that package an event without changing who does it: "a decree on the application of measures", "a new round of sanctions". */
const CONTAINERS = new Set(['decree', 'order', 'law', 'application', 'imposition', 'introduction', 'package', 'round', 'set', 'series', 'wave', 'raft', 'list', 'decision', 'programme', 'program', 'batch', 'tranche', 'slate', 'number', 'range', 'string', 'host', 'volley', 'barrage', 'flurry', 'spate', 'campaign', 'plan']);

/** The verb a noun trigger is an argument of, with the noun's role there; through container nouns ("signed a decree on measures against X"). */
export function governingVerb(s: Sentence, n: number): { verb: number; as: 'object' | 'subject' | 'oblique' | 'modifier' } | null {
  let cur = n;
  for (let depth = 0; depth < 3; depth++) {
    const g = directVerb(s, cur);
    if (g) return g;
    const up = s.in(cur, /^nmod:(of|on|for)$/).find((e) => CONTAINERS.has(s.tok(e.gov)?.lemma ?? ''));
    if (!up) return null;
    cur = up.gov;
  }
  return null;
}

/** A relative clause on the noun or on its "of" phrase, of which the noun is the object ("the expulsion of diplomats that X ordered"). */
function relclVerb(s: Sentence, n: number): { verb: number; as: 'object' } | null {
  for (const k of [n, ...s.kids(n, 'nmod:of')]) {
    const e = s.out(k, /^acl:relcl$/).find((x) => s.kids(x.dep, /^obj$/).includes(k));
    if (e) return { verb: e.dep, as: 'object' };
  }
  return null;
}

function directVerb(s: Sentence, n: number): { verb: number; as: 'object' | 'subject' | 'oblique' | 'modifier' } | null {
  for (const e of s.in(n)) {
    if (/^(obj|nsubj:pass)/.test(e.rel)) return { verb: e.gov, as: 'object' };
  }
  for (const e of s.in(n)) {
    // "Sanctions imposed by Norway ... took effect", parsed with the noun as the participle's subject.
    if (e.rel === 'nsubj' && s.tok(e.gov)?.pos === 'VBN' && s.out(e.gov, /^obl:(by|agent)$/).length > 0) return { verb: e.gov, as: 'modifier' };
    if (/^nsubj/.test(e.rel) && /^VB/.test(s.tok(e.gov)?.pos ?? '')) return { verb: e.gov, as: 'subject' };
    if (/^obl/.test(e.rel) && /^VB/.test(s.tok(e.gov)?.pos ?? '')) return { verb: e.gov, as: 'oblique' };
  }
  // "sanctions imposed by X": the participle modifies the noun.
  const acl = s.out(n, /^acl$/).find((e) => s.tok(e.dep)?.pos === 'VBN');
  if (acl) return { verb: acl.dep, as: 'modifier' };
  // "Britain followed (responded, retaliated) with asset freezes of its own".
  const reply = s.in(n, /^obl:with$/).find((e) => RESPONSES.has(s.tok(e.gov)?.lemma ?? ''));
  if (reply) return { verb: reply.gov, as: 'modifier' };
  return null;
}

/** Verbs whose "with" phrase is the subject's own act: "followed with sanctions", "retaliated with expulsions". */
const RESPONSES = new Set(['follow', 'respond', 'retaliate', 'answer', 'reply', 'counter', 'react', 'hit']);

/** The owner of a thing: "the assets of X", "X's assets", "assets belonging to (held by, owned by) X". */
function ownerHeads(s: Sentence, thing: number): number[] {
  const direct = s.kids(thing, /^(nmod:of|nmod:poss|nmod:belonging_to|nmod:owned_by|nmod:held_by)$/);
  const viaClause: number[] = [];
  for (const e of s.out(thing, /^(acl|acl:relcl)$/)) {
    const v = s.tok(e.dep);
    if (v && ['belong', 'hold', 'own', 'control', 'run', 'operate', 'use', 'manage'].includes(v.lemma)) viaClause.push(...s.kids(e.dep, /^(obl:to|obl:by|obl:agent|obl:of|nsubj)$/).filter((k) => k !== thing));
  }
  const compound = s.kids(thing, /^(compound|amod)$/);
  return [...direct, ...viaClause, ...compound];
}

/** The token heads a role names for trigger t (and the trigger's object, for light-verb rows). */
export function roleHeads(s: Sentence, t: number, role: Role, object: number | null): number[] {
  switch (role) {
    case 'subject':
      return subjectHeads(s, t);
    case 'object':
      return objectHeads(s, t);
    case 'iobj':
      return s.kids(t, /^iobj$/);
    case 'nsubj':
    case 'obj':
    case 'dep':
    case 'appos':
      return s.kids(t, new RegExp(`^${role}$`));
    case 'poss':
      return s.kids(t, /^nmod:poss$/);
    case 'by':
      // "the expulsion of two diplomats by Chile", the by-phrase often hanging off the "of" phrase.
      return [...s.kids(t, /^(nmod:by|nmod:agent)$/), ...s.kids(t, 'nmod:of').flatMap((k) => s.kids(k, /^nmod:by$/))];
    case 'modifier':
      return s.kids(t, /^(amod|compound)$/);
    case 'object:owner':
      return object === null ? [] : ownerHeads(s, object);
    case 'light': {
      const g = governingVerb(s, t);
      if (g && (g.as === 'object' || g.as === 'modifier')) return subjectHeads(s, g.verb);
      // "the sanctions against X and the expulsion of Y that Washington ordered": coordinated event nouns share the relative clause.
      for (const e of [...s.in(t, /^conj/), ...s.out(t, /^conj/)]) {
        const other = e.gov === t ? e.dep : e.gov;
        const h = directVerb(s, other) ?? relclVerb(s, other);
        if (h && (h.as === 'object' || h.as === 'modifier')) return subjectHeads(s, h.verb);
      }
      return [];
    }
    case 'speaker':
    case 'previous':
      return []; // resolved by the matcher, which knows the speech verbs and the events so far
    case 'clause':
      return s.out(t, /^(acl|acl:relcl)$/).filter((e) => CLAUSE_ATTACKS.has(s.tok(e.dep)?.lemma ?? '')).flatMap((e) => [...objectHeads(s, e.dep).filter((k) => k !== t), ...s.kids(e.dep, /^obl:(from|on|against)$/)]);
    default: {
      if (role.startsWith('verb:')) {
        // "sanctions imposed by X on Y": the governing verb's dependent.
        const g = governingVerb(s, t);
        return g ? s.kids(g.verb, role.slice('verb:'.length)) : [];
      }
      if (role.startsWith('object:')) {
        const rel = role.slice('object:'.length);
        if (object === null) return [];
        // "the act of cyberattack against X": the phrase may hang off the inner noun.
        const own = s.kids(object, rel);
        return own.length > 0 ? own : s.kids(object, 'nmod:of').flatMap((k) => s.kids(k, rel));
      }
      return s.kids(t, role);
    }
  }
}

/** Verbs by which someone works a weapon or a vehicle: "fired by", "flown by", "operated by". */
const OPERATE = new Set(['fire', 'launch', 'fly', 'operate', 'pilot', 'crew', 'drive', 'sail', 'man', 'run', 'command', 'deploy', 'use', 'control']);

const QUANTITY = /^(CD|DT|JJS|PDT)$/;
const QUANTITY_WORDS = new Set(['some', 'most', 'many', 'all', 'several', 'each', 'none', 'majority', 'part', 'rest', 'number', 'total', 'dozen', 'dozens', 'hundreds', 'score', 'handful', 'group', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

/** Relations along which one phrase lists others that share its role. */
const LIST_RELS = /^(conj(:and|:or|:as_well_as|:along_with|)?|appos|nmod:including|nmod:such_as|nmod:like|acl:including|dep|parataxis|nmod:along_with|nmod:among)$/;

/**
 * The actors a role's head denotes, with its list members: "A, B and C", "two
 * men: A and B", "officials, including A". A bare modifier ("Russian" in
 * "Russian diplomats") is no actor of its own, except where the role is a
 * modifier itself ("Norwegian sanctions": `keepModifiers`).
 */
export function actorsOf(actors: SentenceActors, heads: readonly number[], trigger: number, keepModifiers = false): Denotation[] {
  const s = actors.s;
  const out: Denotation[] = [];
  const seen = new Set<number>();
  const stack = [...heads];
  while (stack.length > 0) {
    const h = stack.pop() as number;
    if (seen.has(h) || h === trigger) continue;
    seen.add(h);
    const d = actors.at(h);
    // A list member that is the subject of a verb of its own ("blacklisted A, B and C, and Britain followed") is no member.
    const ownClause = out.length > 0 && s.in(h, /^nsubj/).some((e) => /^VB/.test(s.tok(e.gov)?.pos ?? '') && e.gov !== trigger);
    if (d && (d.via !== 'modifier' || keepModifiers) && !ownClause) out.push(d);
    // "fire from Bolivian militants", "missiles fired by Chilean jets", "planes flown by the group": a weapon or a
    // vehicle stands for whoever fires, flies or runs it.
    if ((!d || d.via === 'weapon' || d.via === 'thing') && /^NN/.test(s.tok(h)?.pos ?? '')) {
      if (WEAPON_NOUNS.has(s.tok(h)?.lemma ?? '')) for (const k of s.kids(h, /^nmod:(from|of)$/)) stack.push(k);
      for (const e of s.out(h, /^(acl|acl:relcl|amod)$/)) {
        if (OPERATE.has(s.tok(e.dep)?.lemma ?? '')) for (const k of s.kids(e.dep, /^obl:(agent|by)$/)) stack.push(k);
      }
    }
    // "five of the group's sites", "a total of 43 diplomats", "most of them": the phrase after 'of'.
    if (!d && QUANTITY.test(s.tok(h)?.pos ?? '') || (!d && QUANTITY_WORDS.has(s.tok(h)?.lemma ?? ''))) for (const k of s.kids(h, 'nmod:of')) stack.push(k);
    // "the networks of A and B", "Russian and Chinese diplomats": the owner's own list members.
    if (d?.from !== undefined && d.via !== 'modifier') for (const e of s.out(d.from, /^conj/)) stack.push(e.dep);
    for (const e of s.out(h, LIST_RELS)) {
      // A parenthesis or a dash aside is no list member; neither is a clause.
      if (/^(dep|parataxis)$/.test(e.rel) && !/^NN/.test(s.tok(e.dep)?.pos ?? '')) continue;
      stack.push(e.dep);
    }
    // "among them A and B", "including A": a preposition phrase under a pronoun or a participle.
    for (const e of s.out(h, /^(nmod:among|acl)$/)) {
      for (const k of s.kids(e.dep, /^(dep|obj|appos|conj)/)) stack.push(k);
    }
  }
  return out;
}
