// Denials: "X denied (rejected, dismissed) the accusations", "X denied that
// it was behind ...", "X called the claims baseless", "X said the charges were
// groundless", and denials without a denial verb — "X insisted it had nothing
// to do with the attack", "X has never attacked anyone", "X had no
// involvement". The target is the accuser the accusation names ("U.S.
// accusations", "accusations by Kyiv"); else the one the article says made it;
// else the party the denied act was aimed at (resolved when the article has
// been read: see resolveDenials).
import type { Sentence } from '../annotate/doc.ts';
import { sameStateSide, type ActorRec } from '../actors/registry.ts';
import { ACCUSATION_NOUNS, ATTACK_NOUNS, FALSEHOOD_WORDS, REFUSAL_OBJECTS, SANCTION_NOUNS } from '../lexicon/event-words.ts';
import type { EventType } from '../types.ts';
import type { Claim } from './claim.ts';
import type { MatchContext } from './match.ts';
import type { EventMemory } from './memory.ts';
import { modalityOf, REPORTING } from './modality.ts';
import { actorsOf, objectHeads, subjectHeads } from './roles.ts';

const DENY_VERBS = new Set(['deny', 'reject', 'dismiss', 'refute', 'rebuff', 'repudiate', 'disavow', 'dispute', 'contest', 'rebut', 'debunk', 'ridicule', 'deride', 'brush', 'scoff', 'shrug', 'laugh', 'slam', 'decry', 'disagree']);
/** Acts taken on an accusation, whose grounds a denial calls false ("the decision rested on a groundless pretext"). */
const GROUNDED_ACTS = new Set(['decision', 'move', 'step', 'action', 'expulsion', 'measure', 'sanction', 'conclusion']);
/** Denial verbs that need an accusation as object ("rejected the accusations"); `deny` also takes a clause or an act. */
const NEEDS_ACCUSATION = new Set(['reject', 'dismiss', 'dispute', 'contest', 'ridicule', 'deride', 'brush', 'scoff', 'shrug', 'laugh', 'slam', 'decry', 'rebuff', 'disagree']);
const LABEL_VERBS = new Set(['call', 'describe', 'label', 'brand', 'term', 'characterize', 'characterise', 'dismiss', 'denounce', 'condemn', 'reject', 'deem', 'consider', 'portray']);
const ACCUSATIONS = new Set(ACCUSATION_NOUNS);
const REFUSALS = new Set(REFUSAL_OBJECTS);
const FALSE = new Set(FALSEHOOD_WORDS);
const ATTACKS = new Set(ATTACK_NOUNS);
const SANCTIONS = new Set(SANCTION_NOUNS);
/** Predicates of a doer's part in an act: "was behind", "was involved", "had a role", "had nothing to do with". */
const INVOLVEMENT = new Set(['involve', 'involved', 'behind', 'responsible', 'role', 'involvement', 'part', 'hand', 'do', 'perpetrate', 'attack', 'hack', 'carry', 'conduct', 'commit', 'complicity', 'participate', 'participation', 'stage', 'kill', 'poison', 'murder', 'target', 'strike', 'bomb', 'shoot', 'launch', 'connection', 'link']);

/** The word (or its lemma) is an accusation noun: "the accusations", "called them baseless". */
const isAccusation = (s: Sentence, k: number): boolean => ACCUSATIONS.has(s.tok(k)?.lemma ?? '') || ACCUSATIONS.has(s.tok(k)?.lower ?? '');

/** An accusation noun at, or a little below, one of these heads ("rejected what it called groundless accusations"). */
function accusationNear(s: Sentence, heads: readonly number[]): number | undefined {
  for (const h of heads) {
    if (isAccusation(s, h)) return h;
    for (const k of s.kids(h, /^(obj|nsubj|nsubj:pass|ccomp|xcomp|conj)/)) {
      if (isAccusation(s, k) && s.tok(k)?.pos !== 'PRP') return k;
    }
  }
  return undefined;
}

/** Verbs of the acts a denial can be about, besides attacks: "denied reports that it had expelled X". */
const DENIABLE_ACTS = new Set(['attack', 'target', 'hack', 'strike', 'expel', 'sanction', 'blacklist', 'bomb', 'kill', 'poison', 'shoot']);

/** A denial found in a sentence; its target may wait for the rest of the article. */
export interface PendingDenial {
  readonly deniers: readonly ActorRec[];
  readonly accusers: readonly ActorRec[];
  /** Targets of the act the denial is about, when the sentence names them ("denied attacking Albania"). */
  readonly victims: readonly ActorRec[];
  readonly denies: EventType;
  /** "Asmara rejected the measures": the denial answers whoever imposed them. */
  readonly ofSanctions: boolean;
  readonly sentence: Sentence;
  readonly trigger: number;
  readonly rule: string;
}

const lemmaOf = (s: Sentence, k: number): string => s.tok(k)?.lemma ?? '';

/** Accusers an accusation noun names: "U.S. accusations", "Washington's claims", "accusations by (from) Kyiv", "accusations of the government". */
function accusersOf(ctx: MatchContext, n: number): ActorRec[] {
  const s = ctx.actors.s;
  const heads = s.kids(n, /^(nmod:poss|nmod:by|nmod:from|nmod:of|nmod:agent)$/);
  for (const e of s.out(n, /^(acl|acl:relcl)$/)) heads.push(...subjectHeads(s, e.dep).filter((h) => h !== n));
  // "the Turkish version", "U.S. accusations": a state premodifier is the accuser.
  const premodifiers = s.kids(n, /^(amod|compound)$/).map((k) => ctx.actors.at(k)).filter((d) => d !== null && (d.rec.kind === 'Country' || d.via === 'name'));
  return [...actorsOf(ctx.actors, heads, n), ...premodifiers].filter((d) => d !== null && d.via !== 'thing').map((d) => d!.rec);
}

/** What was denied, from the words under the denial: an attack unless it speaks of sanctions or expulsions only. */
function deniedType(s: Sentence, under: readonly number[]): EventType {
  const words = new Set(under.flatMap((h) => s.subtree(h)).map((k) => lemmaOf(s, k)));
  if ([...words].some((w) => ATTACKS.has(w) || ['attack', 'hack', 'kill', 'poison', 'strike', 'bomb', 'involvement', 'involve', 'behind'].includes(w))) return 'ATTACKED';
  if ([...words].some((w) => SANCTIONS.has(w) || w === 'sanction' || w === 'blacklist')) return 'SANCTIONED';
  if ([...words].some((w) => w === 'expel' || w === 'expulsion')) return 'EXPELLED';
  return 'ATTACKED';
}

/** Targets of an act named under the denial ("any cyberattack on Albanian government websites"). */
function victimsUnder(ctx: MatchContext, under: readonly number[]): ActorRec[] {
  const s = ctx.actors.s;
  const out: ActorRec[] = [];
  for (const h of under) {
    for (const k of s.subtree(h)) {
      if (!ATTACKS.has(lemmaOf(s, k)) && !DENIABLE_ACTS.has(lemmaOf(s, k))) continue;
      // "the cyberattack on X", also when "on X" hangs off the verb ("had nothing to do with the cyberattack on X").
      const heads = /^VB/.test(s.tok(k)?.pos ?? '')
        ? objectHeads(s, k)
        : [...s.kids(k, /^nmod:(on|against|targeting|of|at)$/), ...s.in(k, /^(obl|obj)/).flatMap((e) => s.kids(e.gov, /^obl:(on|against)$/))];
      const own = actorsOf(ctx.actors, heads, k).filter((d) => d.via !== 'weapon').map((d) => d.rec);
      // "had nothing to do with the attack": the attack the article has been telling of.
      for (const r of own.length > 0 || !/^NN/.test(s.tok(k)?.pos ?? '') ? own : ctx.memory.lastAttackTargets(s.index)) if (!out.includes(r)) out.push(r);
    }
  }
  return out;
}

/** A clause about taking part in an attack: "had nothing to do with the blasts", "was not involved", "never perpetrated attacks". */
function aboutAnAct(s: Sentence, c: number): boolean {
  const words = s.subtree(c).map((x) => lemmaOf(s, x));
  const nothingToDo = words.includes('nothing') && words.includes('do');
  return nothingToDo || (words.some((w) => INVOLVEMENT.has(w)) && words.some((w) => ATTACKS.has(w) || ['involve', 'involved', 'involvement', 'behind', 'responsible', 'perpetrate', 'attack', 'hack', 'kill', 'poison', 'murder', 'strike', 'bomb'].includes(w)));
}

function isNegated(s: Sentence, k: number): boolean {
  return s.out(k, /^(advmod|det|cc:preconj)$/).some((e) => ['not', "n't", 'never', 'no', 'neither'].includes(s.tok(e.dep)?.lower ?? ''))
    || s.kids(k, /^obj$/).some((o) => ['nothing', 'no'].includes(s.tok(o)?.lower ?? '') || s.out(o, 'det').some((d) => s.tok(d.dep)?.lower === 'no'));
}

/** "neither confirmed nor denied": a denial coordinated with its own negation is none. */
const neitherNor = (s: Sentence, k: number): boolean => s.in(k, /^conj:nor$/).length > 0 || s.out(k, /^cc$/).some((e) => s.tok(e.dep)?.lower === 'nor');

export function matchDenials(ctx: MatchContext): PendingDenial[] {
  const s = ctx.actors.s;
  const found: PendingDenial[] = [];
  const add = (trigger: number, denierHeads: readonly number[], accusers: readonly ActorRec[], under: readonly number[], rule: string, ofSanctions = false): void => {
    const mod = modalityOf(s, trigger);
    if (!mod.realis || neitherNor(s, trigger)) return;
    const deniers = actorsOf(ctx.actors, denierHeads, trigger).filter((d) => d.via !== 'thing' && d.via !== 'weapon').map((d) => d.rec);
    if (deniers.length === 0) return;
    const victims = victimsUnder(ctx, under);
    found.push({ deniers, accusers, victims, denies: ofSanctions ? 'SANCTIONED' : deniedType(s, under), ofSanctions, sentence: s, trigger, rule });
  };
  for (const t of s.tokens) {
    const k = t.i;
    if (!/^VB/.test(t.pos)) continue;
    // 1. "X denied (rejected, dismissed) the accusations / that ... / hacking ..."
    if (DENY_VERBS.has(t.lemma)) {
      // "disagreed with the conclusions"
      const objects = t.lemma === 'disagree' ? s.kids(k, /^obl:with$/) : objectHeads(s, k);
      const clauses = [...s.kids(k, /^(ccomp|xcomp)$/), ...s.kids(k, /^dep$/).filter((d) => s.tok(d)?.pos === 'VBG')];
      const accusation = objects.find((o) => isAccusation(s, o) || (t.lemma === 'deny' && !REFUSALS.has(lemmaOf(s, o)))) ?? accusationNear(s, [...objects, ...clauses]);
      const refusal = objects.some((o) => REFUSALS.has(lemmaOf(s, o)));
      const ok = !refusal && (accusation !== undefined || ((t.lemma === 'deny' || !NEEDS_ACCUSATION.has(t.lemma)) && clauses.length > 0));
      if (ok) {
        const accusers = [...(accusation === undefined ? [] : accusersOf(ctx, accusation)), ...actorsOf(ctx.actors, s.kids(k, /^obl:(from|by)$/), k).map((d) => d.rec)];
        add(k, subjectHeads(s, k), accusers, [...objects, ...clauses], `X ${t.lemma} the accusation`);
        continue;
      }
      // "Asmara rejected the measures": a rejection of sanctions answers whoever imposed them.
      const measures = objects.find((o) => SANCTIONS.has(lemmaOf(s, o)));
      if (measures !== undefined && t.lemma !== 'deny') {
        add(k, subjectHeads(s, k), accusersOf(ctx, measures), objects, `X ${t.lemma} the sanctions`, true);
        continue;
      }
    }
    // 2. "X called (described, dismissed) the claims baseless / as a fabrication"
    if (LABEL_VERBS.has(t.lemma)) {
      // "called the claims baseless"; "rejected as 'slander' information that ...": with 'as', any object.
      const asFalse = s.kids(k, /^(obl:as|advcl:as)$/).some((l) => s.subtree(l).some((x) => FALSE.has(s.tok(x)?.lower ?? '')));
      const objects = objectHeads(s, k).filter((o) => isAccusation(s, o) || (asFalse && !REFUSALS.has(lemmaOf(s, o))));
      const labels = [...s.kids(k, /^(xcomp|obl:as|advcl:as|ccomp|obj)$/), ...objects.flatMap((o) => s.kids(o, /^(amod|acl|xcomp)$/))];
      const labelWords = labels.flatMap((l) => s.subtree(l)).map((x) => s.tok(x)?.lower ?? '');
      if (objects.length > 0 && labelWords.some((w) => FALSE.has(w))) {
        add(k, subjectHeads(s, k), objects.flatMap((o) => accusersOf(ctx, o)), objects, `X ${t.lemma} the accusation false`);
        continue;
      }
    }
    // 3. "X said the claims were groundless"; 4. "X insisted it had nothing to do with the attack"
    if (REPORTING.has(t.lemma) && !['accuse', 'blame', 'charge', 'suspect', 'allegedly'].includes(t.lemma)) {
      const speaker = subjectHeads(s, k);
      const speakerRecs = actorsOf(ctx.actors, speaker, k).map((d) => d.rec);
      for (const c of s.kids(k, /^(ccomp|parataxis)$/)) {
        const subj = s.kids(c, /^nsubj(:pass)?$/);
        const claimSubject = subj.find((x) => isAccusation(s, x) || GROUNDED_ACTS.has(lemmaOf(s, x)));
        const inSubject = new Set(subj.flatMap((y) => s.subtree(y)));
        const predicate = s.subtree(c).filter((x) => !inSubject.has(x)).map((x) => s.tok(x)?.lower ?? '');
        if (claimSubject !== undefined && predicate.some((w) => FALSE.has(w))) {
          add(k, speaker, accusersOf(ctx, claimSubject), [claimSubject], 'X said the claims were false');
          break;
        }
        const own = actorsOf(ctx.actors, subj, c).map((d) => d.rec);
        const same = own.some((o) => speakerRecs.some((sp) => sameStateSide(sp, o)));
        if (same && isNegated(s, c) && aboutAnAct(s, c)) {
          add(k, subj, [], [c], 'X insisted it had nothing to do with it');
          break;
        }
      }
    }
  }
  // 5. A quoted denial without a reporting frame: "The United States had no involvement in the strike," said X.
  const quoted = /^["“]/.test(s.text) || /["”]\s*[,.]?\s*$/.test(s.text);
  if (quoted && found.length === 0) {
    for (const t of s.tokens) {
      if (!['have', 'be', 'involve', 'perpetrate', 'attack', 'do'].includes(t.lemma) && !INVOLVEMENT.has(t.lemma)) continue;
      const subj = s.kids(t.i, /^nsubj(:pass)?$/);
      if (subj.length === 0 || !isNegated(s, t.i) || !aboutAnAct(s, t.i)) continue;
      const mod = modalityOf(s, t.i);
      if (mod.speaker === null && !s.in(t.i, /^root$/).length) continue;
      add(t.i, subj, [], [t.i], 'X had no involvement in it');
      break;
    }
  }
  return found;
}

/**
 * Targets for the denials of an article, now that every accusation and attack
 * in it is known: the accusers the denial names; else those of the nearest
 * accusation against the denier's side (before it, else after); and the
 * targets of the act it denies when its words name them, or, with no accuser
 * at all, of the last attack the article attributes to the denier's side.
 */
export function resolveDenials(pending: readonly PendingDenial[], memory: EventMemory, stateOf: (r: ActorRec) => ActorRec, claims: readonly Claim[]): Claim[] {
  const out: Claim[] = [];
  const side = (a: ActorRec, b: ActorRec): boolean => a === b || stateOf(a) === stateOf(b);
  for (const p of pending) {
    for (const denier of p.deniers) {
      let targets: ActorRec[] = p.accusers.filter((a) => !side(a, denier));
      if (targets.length === 0 && p.ofSanctions) {
        targets = claims.filter((c) => c.type === 'SANCTIONED' && side(c.target, denier) && !side(c.source, denier)).map((c) => c.source);
      }
      if (targets.length === 0) {
        const against = memory.accusations.filter((a) => side(a.accused, denier) && !side(a.accuser, denier));
        const before = against.filter((a) => a.sentence <= p.sentence.index);
        const pick = before[before.length - 1] ?? against[0];
        if (pick) targets = against.filter((a) => a.sentence === pick.sentence).map((a) => a.accuser);
      }
      // No accuser named: the party the denied act was aimed at.
      if (targets.length === 0) targets = p.victims.filter((v) => !side(v, denier));
      if (targets.length === 0) targets = memory.attackTargetsOf(denier, side).filter((v) => !side(v, denier)).slice(0, 1);
      for (const target of new Set(targets)) {
        out.push({ type: 'DENIED', source: denier, target, sentence: p.sentence.index, trigger: p.trigger, certainty: 'stated', claimedBy: null, denies: p.denies, rule: p.rule });
      }
    }
  }
  return out;
}
