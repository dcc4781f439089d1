// Applies the frames of frames.ts to one sentence: for each token whose lemma
// triggers a row, check the row's object and needs, the modality of the
// clause, then read the source and target roles and pair them up.
import type { Sentence, Token } from '../annotate/doc.ts';
import type { Denotation, SentenceActors } from '../actors/denote.ts';
import type { ActorRec } from '../actors/registry.ts';
import type { Certainty, EventType } from '../types.ts';

import { STATE_PEOPLE_NOUNS } from '../lexicon/actor-nouns.ts';
import type { Claim } from './claim.ts';
import type { Frame, Need, Role } from './frame.ts';
import { SANCTION_NOUNS } from '../lexicon/event-words.ts';
import { FRAMES } from './frames.ts';
import type { EventMemory } from './memory.ts';
import { modalityOf, type Modality } from './modality.ts';
import { actorsOf, governingVerb, isPassive, objectHeads, roleHeads, subjectHeads } from './roles.ts';
import { listAfter, listContinuation, regionTargets, REPORTING_SUBJECT, victimsByNationality } from './target-lists.ts';
import { qualified, specific, verbal } from './trigger-checks.ts';

const SANCTION_SET = new Set(SANCTION_NOUNS);

const byLemma = (() => {
  const m = new Map<string, Frame[]>();
  for (const f of FRAMES) for (const l of f.lemmas) m.set(`${f.pos}|${l}`, [...(m.get(`${f.pos}|${l}`) ?? []), f]);
  return m;
})();

/** Verbs that make an event noun their subject's act, per type: the verbs of the light-verb rows. */
const LIGHT_VERBS: ReadonlyMap<EventType, ReadonlySet<string>> = (() => {
  const m = new Map<EventType, Set<string>>();
  for (const f of FRAMES) if (f.pos === 'verb' && f.object) for (const l of f.lemmas) m.set(f.type, (m.get(f.type) ?? new Set()).add(l));
  return m;
})();

const posClass = (t: Token): Frame['pos'] | null => (/^VB/.test(t.pos) ? 'verb' : /^NN/.test(t.pos) ? 'noun' : null);

/** Lemma as a verb: the tagger sometimes reads a headline verb as a noun ("Sanctions", "Expels"). */
function lemmasOf(t: Token): string[] {
  const out = [t.lemma];
  if (t.lemma.endsWith('s') && t.lower === t.lemma) out.push(t.lemma.slice(0, -1));
  return out;
}

function objectOf(s: Sentence, t: number, f: Frame): number | null {
  const heads = f.objectRel ? s.kids(t, f.objectRel) : objectHeads(s, t);
  const want = f.object;
  if (!want) return heads[0] ?? null;
  for (const h of heads) {
    // NOTE: the word as well as the lemma: CoreNLP lemmatises "Those" as "that".
    const lemma = want.includes(s.tok(h)?.lower ?? '') ? s.tok(h)?.lower ?? '' : s.tok(h)?.lemma ?? '';
    const withCompound = s.kids(h, 'compound').map((c) => `${s.tok(c)?.lemma ?? ''} ${lemma}`);
    if (want.includes(lemma) || withCompound.some((w) => want.includes(w))) return h;
    // "a total of 43 diplomats", "a barrage of rockets": the noun after 'of'.
    for (const k of s.kids(h, 'nmod:of')) if (want.includes(s.tok(k)?.lemma ?? '')) return k;
  }
  return null;
}

function needMet(s: Sentence, t: number, need: Need, object: number | null): boolean {
  if ('particle' in need) {
    const near = [...s.out(t, /^(compound:prt|advmod|obl|xcomp|obj)/), ...(object === null ? [] : s.out(object, /^(advmod|nmod)/))];
    return near.some((e) => need.particle.includes(s.tok(e.dep)?.lower ?? '')) || s.out(t, /^obl:out_of$/).length > 0 && need.particle.includes('out');
  }
  if ('clause' in need) {
    const clauses = s.out(t, /^(xcomp|advcl|acl|obl|ccomp)/).map((e) => s.tok(e.dep)?.lemma ?? '');
    const objClauses = object === null ? [] : s.out(object, /^(acl|advcl)/).map((e) => s.tok(e.dep)?.lemma ?? '');
    if ([...clauses, ...objClauses].some((l) => need.clause.includes(l))) return true;
    // "banned A and most members of B from entering": the clause often hangs off the last object.
    return s.subtree(t).some((k) => k > t && k <= t + 25 && /^VB/.test(s.tok(k)?.pos ?? '') && need.clause.includes(s.tok(k)?.lemma ?? '') && ['to', 'from'].includes(s.tok(k - 1)?.lower ?? ''));
  }
  const scope = new Set([...s.subtree(t)].filter((k) => k !== t));
  return [...scope].some((k) => need.word.includes(s.tok(k)?.lower ?? ''));
}

export interface MatchContext {
  readonly actors: SentenceActors;
  readonly memory: EventMemory;
}

/** Who a role yields for this trigger, lists expanded; for `light`, only verbs of this type's light-verb rows. */
function roleActors(ctx: MatchContext, t: number, f: Frame, role: Role, object: number | null, mod: Modality): Denotation[] {
  const s = ctx.actors.s;
  if (role === 'speaker') {
    if (mod.speaker === null) return [];
    return actorsOf(ctx.actors, [mod.speaker], t).filter((d) => d.rec.kind !== 'Person' || d.rec.state !== null);
  }
  if (role === 'previous') return [];
  if (role === 'light') {
    const g = governingVerb(s, t);
    const verb = g ? s.tok(g.verb) : undefined;
    if (!g || !verb || !(LIGHT_VERBS.get(f.type)?.has(verb.lemma) ?? false)) return [];
  }
  const heads = roleHeads(s, t, role, object);
  let found = actorsOf(ctx.actors, heads, t, role === 'modifier');
  // A noun's premodifier is its doer only if it is a state or a state body ("U.S. sanctions", "Russian strikes"), never a company ("the Sony hack").
  if (role === 'modifier') found = found.filter((d) => d.rec.kind === 'Country' || d.rec.kind === 'GovernmentBody' || (f.type === 'SANCTIONED' && d.rec.kind === 'Organization' && d.via === 'name'));
  return found;
}

function firstRole(ctx: MatchContext, t: number, f: Frame, roles: readonly Role[], object: number | null, mod: Modality): { actors: Denotation[]; role: Role | null } {
  for (const r of roles) {
    const actors = roleActors(ctx, t, f, r, object, mod);
    if (actors.length > 0) return { actors, role: r };
  }
  return { actors: [], role: null };
}

/** Whether token h is conjoined with the head of another found target ("A and B"). */
function inListWith(s: Sentence, h: number, found: readonly Denotation[]): boolean {
  return found.some((d) => d.head !== h && [...s.out(h, /^conj/), ...s.in(h, /^conj/)].some((e) => e.dep === d.head || e.gov === d.head));
}

/** People whose sanctioning is the sanctioning of their state: "sanctions on Venezuelan officials". */
const SANCTIONABLE_FOR_STATE = new Set(['official', 'leader', 'leadership', 'minister', 'elite', 'authority', 'government', 'regime', 'diplomat', 'ambassador', 'envoy', 'general', 'commander', 'institution', 'entity']);

/** Reporting verbs by which the speaker owns up to an act. */
const ADMIT = new Set(['admit', 'acknowledge', 'confirm', 'concede', 'claim', 'announce']);

const certaintyOf = (mod: Modality): Certainty => (mod.reportedBy && ['allege', 'accuse', 'blame', 'suspect', 'believe', 'claim', 'charge'].includes(mod.reportedBy) ? 'alleged' : mod.reportedBy === 'report' ? 'reported' : 'stated');

/** Whether a target is acceptable for this type: a weapon or a place is no target; sanctions target people and bodies, expulsions states. */
function fitsTarget(type: EventType, d: Denotation): boolean {
  if (d.via === 'weapon') return type === 'ATTACKED';
  return true;
}

/** The frame claims of one sentence. Tokens used by a matched row are not re-read by later rows. */
export function matchFrames(ctx: MatchContext): Claim[] {
  const s = ctx.actors.s;
  const out: Claim[] = [];
  for (const t of s.tokens) {
    const pc = posClass(t);
    if (!pc) continue;
    const rows = lemmasOf(t).flatMap((l) => byLemma.get(`${pc}|${l}`) ?? []);
    for (const f of rows) {
      let object = objectOf(s, t.i, f);
      // "all property ... belonging to X ... are blocked": the parse often loses the passive subject of a long list.
      if (f.object && object === null && f.type === 'SANCTIONED' && f.target.includes('object:owner') && s.out(t.i, /^aux:pass/).length > 0) {
        object = s.tokens.find((x) => x.i < t.i && (f.object ?? []).includes(x.lemma))?.i ?? null;
      }
      if (f.object && object === null) continue;
      if (f.needs && !f.needs.every((n) => needMet(s, t.i, n, object))) continue;
      // "hit back", "strike back": retaliation, said of any act.
      if (f.type === 'ATTACKED' && s.out(t.i, /^(advmod|compound:prt)$/).some((e) => s.tok(e.dep)?.lower === 'back')) break;
      if (f.type === 'ATTACKED' && verbal(s, t.i, object)) break;
      // "sanctions targeting X", "the measures target X": in a sentence about sanctions, to target is to sanction.
      if (f.type === 'ATTACKED' && t.lemma === 'target' && s.tokens.some((x) => SANCTION_SET.has(x.lemma) || /^(designat|blacklist|sanction)/.test(x.lower))) break;
      if (f.pos === 'noun' && !qualified(s, t.i, ctx.memory.hasAttacks())) continue;
      if (f.object && object !== null && !qualified(s, object, ctx.memory.hasAttacks())) continue;
      // "imposed no sanctions", "launched no attack"
      if (object !== null && s.kids(object, 'det').some((d) => ['no', 'neither'].includes(s.tok(d)?.lower ?? ''))) break;
      const mod = modalityOf(s, t.i);
      if (!mod.realis) break;
      const src = firstRole(ctx, t.i, f, f.source, object, mod);
      let sources = src.actors.map((d) => d.rec);
      // "Ten officials were also designated", "The measures also target ...", "Foreign ministers blacklisted ...": the doer of the last such event.
      const unowned = s.kids(t.i, /^nsubj$/).some((k) => ctx.actors.at(k) === null && STATE_PEOPLE_NOUNS.has(s.tok(k)?.lemma ?? ''));
      const noDoerRole = !f.source.includes('subject');
      if (sources.length === 0 && f.source.includes('previous') && (s.out(t.i, /^nsubj:pass/).length > 0 || f.objectRel === 'nsubj' || unowned || noDoerRole)) sources = ctx.memory.lastDoers(f.type, s.index);
      // "the armed forces admitted that the airliner had been shot down": who admits an attack did it.
      if (sources.length === 0 && f.type === 'ATTACKED' && mod.reportedBy !== null && ADMIT.has(mod.reportedBy) && isPassive(s, t.i)) {
        sources = roleActors(ctx, t.i, f, 'speaker', object, mod).map((d) => d.rec);
      }
      const found = firstRole(ctx, t.i, f, f.target, object, mod).actors.filter((d) => fitsTarget(f.type, d));
      // "killed a US civilian contractor", "wounded three Israeli soldiers": an attack on a state's people is one on the state.
      if (found.length === 0 && f.type === 'ATTACKED') found.push(...victimsByNationality(ctx, f.pos === 'verb' ? objectHeads(s, t.i) : []));
      // "Slovenia ordered 33 out; Romania and Portugal expelled ten each": a bare number stands for the people just named.
      if (found.length === 0 && object !== null && /^(CD|JJ|DT)$/.test(s.tok(object)?.pos ?? '') && (f.type === 'EXPELLED' || f.type === 'SANCTIONED')) {
        const here = out.filter((c) => c.type === f.type).map((c) => c.target);
        const before = here.length > 0 ? here.slice(-1) : ctx.memory.lastTargets(f.type, s.index);
        found.push(...before.map((rec) => ({ rec, via: 'description' as const, head: object })));
      }
      if (f.type !== 'ATTACKED') found.push(...listContinuation(ctx, found));
      const speakers = new Set([mod.speaker, ...s.tokens.filter((x) => REPORTING_SUBJECT(s, x.i)).map((x) => x.i)].filter((x): x is number => x !== null).map((x) => ctx.actors.at(x)?.rec));
      // A speaker is no target of its own measures ("..., OFAC said"); a victim may well speak ("Albania said Iran attacked it").
      // A list after the trigger belongs to it only when the trigger has a target of its own, or is a sanction or
      // expulsion verb whose people the list names ("ten officials were also designated, among them A and B").
      const listed = found.length > 0 || (f.type !== 'ATTACKED' && f.pos === 'verb') ? listAfter(ctx, found, t.i) : [];
      const targets = [...found.map((d) => d.rec), ...listed].filter((r) => f.type === 'ATTACKED' || !speakers.has(r));
      if (sources.length === 0 && f.type === 'SANCTIONED' && mod.speaker !== null) sources.push(...roleActors(ctx, t.i, f, 'speaker', object, mod).map((d) => d.rec));
      // An attack with only a doer or only a target joins the article's chain of attack mentions (memory.ts);
      // a bare plural or an indefinite noun ("cyberattacks against X", "a strike") is no particular attack.
      // A doer the text names but we could not resolve ("They killed X") leaves the attack unattributed, not doerless.
      const unresolvedDoer = sources.length === 0 && f.pos === 'verb' && subjectHeads(s, t.i).length > 0;
      if (f.type === 'ATTACKED' && s.role === 'body' && (sources.length === 0 || targets.length === 0) && (f.pos === 'verb' || specific(s, t.i)) && !unresolvedDoer) ctx.memory.noteAttack(s.index, t.i, sources, targets);
      if ((f.type === 'SANCTIONED' || f.type === 'EXPELLED') && targets.length === 0 && sources.length > 0) targets.push(...regionTargets(ctx, t.i, object, sources));
      // "X imposed sanctions on 49 people": the doer is remembered for "those sanctioned include ...".
      if (f.type !== 'ATTACKED' && targets.length === 0 && sources.length > 0) ctx.memory.noteDoers(f.type, s.index, sources);
      // A row without both roles leaves the token to the rows after it ("shot down a drone" is no "fired a drone at").
      if (sources.length === 0 || targets.length === 0) continue;
      const claimedBy = mod.speaker === null ? null : ctx.actors.at(mod.speaker)?.rec ?? null;
      // "sanctions on Iranian nationals" are on people, not on Iran: only a state's officials stand for it as a target of sanctions.
      const narrowed = f.type === 'SANCTIONED' ? targets.filter((r) => !found.some((d) => d.rec === r && d.via === 'people' && r.kind === 'Country' && !SANCTIONABLE_FOR_STATE.has(s.tok(d.head)?.lemma ?? ''))) : targets;
      // A doer that is also a target, or in a list with one, was misread from the list itself ("designating A and B").
      const doers = sources.filter((source) => !(narrowed.includes(source) && found.some((d) => d.rec === source && d.via === 'name' && inListWith(s, d.head, found))));
      out.push(...pairClaims(f.type, doers, narrowed, s, t.i, mod, f.reads, claimedBy));
      break;
    }
  }
  return out;
}

/** Every source paired with every other target, as claims. */
export function pairClaims(type: EventType, sources: readonly ActorRec[], targets: readonly ActorRec[], s: Sentence, trigger: number, mod: Modality, rule: string, claimedBy: ActorRec | null): Claim[] {
  const out: Claim[] = [];
  for (const source of sources) for (const target of targets) {
    if (source !== target) out.push({ type, source, target, sentence: s.index, trigger, certainty: certaintyOf(mod), claimedBy: claimedBy === source ? null : claimedBy, denies: null, rule });
  }
  return out;
}
