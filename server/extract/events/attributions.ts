// Attacks the text attributes to someone rather than narrates: "X was behind
// the attack on Y", "X was responsible for / involved in the attack", "Z
// blamed X for the attack", "Z accused X of hacking Y", "Z attributed the
// attack to X", "the blast was the work of X", "X claimed responsibility for
// the attack". The attack's target is its own (on Y), else that of the attack
// the article last named ("the attack" refers back).
import type { Sentence } from '../annotate/doc.ts';
import type { ActorRec } from '../actors/registry.ts';
import { ATTACK_NOUNS } from '../lexicon/event-words.ts';
import type { Claim } from './claim.ts';
import type { MatchContext } from './match.ts';
import { pairClaims } from './match.ts';
import { modalityOf } from './modality.ts';
import { actorsOf, objectHeads, subjectHeads } from './roles.ts';

const ATTACK = new Set(ATTACK_NOUNS);
const ATTACK_VERBS = new Set(['attack', 'hack', 'breach', 'compromise', 'disrupt', 'bomb', 'shell', 'strike', 'hit', 'target', 'poison', 'kill', 'murder', 'assassinate', 'sabotage', 'infiltrate', 'destroy', 'down', 'shoot', 'order', 'plan', 'carry', 'conduct', 'perpetrate', 'commit', 'orchestrate', 'launch', 'stage', 'mount']);
/** Verbs whose object is charged with an act: "blamed X for", "accused X of". */
const CHARGE_VERBS = new Set(['blame', 'accuse', 'charge', 'indict', 'suspect', 'hold', 'implicate', 'condemn', 'sanction', 'punish', 'fault', 'name', 'identify', 'finger']);
/** Verbs that assign an act to someone: "attributed the attack to X", "traced the attack to X". */
const ASSIGN_VERBS = new Set(['attribute', 'link', 'tie', 'trace', 'pin', 'connect', 'blame']);
/** Predicates whose subject did the act in their complement: "X was responsible for", "X was involved in". */
const RESPONSIBLE = new Set(['responsible', 'involved', 'culpable', 'guilty', 'complicit', 'accountable', 'behind']);
/** Verbs of doing an act the text has already named: "Mutreb coordinated and executed it". */
const PERPETRATE = new Set(['coordinate', 'execute', 'carry', 'plan', 'order', 'orchestrate', 'direct', 'commit', 'conduct', 'mastermind', 'lead', 'organize', 'organise', 'perpetrate', 'supervise', 'approve', 'authorize', 'authorise']);
const PERPETRATOR = new Set(['work', 'handiwork', 'perpetrator', 'culprit', 'author', 'architect', 'mastermind', 'doing']);

function isAttack(s: Sentence, k: number): boolean {
  const t = s.tok(k);
  if (!t) return false;
  if (/^NN/.test(t.pos)) return ATTACK.has(t.lemma);
  return /^VB/.test(t.pos) && ATTACK_VERBS.has(t.lemma);
}

/** The targets the attack at token k names itself ("the attack on Y", "hacking Y"); without them it continues an earlier attack (memory.ts). */
function targetsOf(ctx: MatchContext, k: number): ActorRec[] {
  const s = ctx.actors.s;
  const t = s.tok(k);
  const heads = t && /^VB/.test(t.pos) ? objectHeads(s, k) : s.kids(k, /^nmod:(on|against|targeting|at|of|into|upon)$/);
  return actorsOf(ctx.actors, heads, k).filter((d) => d.via !== 'weapon').map((d) => d.rec);
}

/** The attack an attribution is about: the head itself, or an attack noun inside its phrase ("the July cyberattack", "involvement in the hack"). */
function attackIn(s: Sentence, heads: readonly number[]): number | null {
  for (const h of heads) {
    if (isAttack(s, h)) return h;
    for (const k of s.kids(h, /^(nmod|acl|compound)/)) if (isAttack(s, k)) return k;
  }
  return null;
}

export function matchAttributions(ctx: MatchContext): Claim[] {
  const s = ctx.actors.s;
  const out: Claim[] = [];
  const emit = (doerHeads: readonly number[], attack: number, anchor: number, rule: string, accuser: number | null): void => {
    const mod = modalityOf(s, anchor);
    if (!mod.realis) return;
    const doers = actorsOf(ctx.actors, doerHeads, anchor).filter((d) => d.via !== 'thing').map((d) => d.rec);
    const targets = targetsOf(ctx, attack);
    if (targets.length === 0) ctx.memory.noteAttack(s.index, attack, doers, []);
    const claimedBy = accuser !== null ? ctx.actors.at(accuser)?.rec ?? null : mod.speaker !== null ? ctx.actors.at(mod.speaker)?.rec ?? null : null;
    out.push(...pairClaims('ATTACKED', doers, targets, s, attack, mod, rule, claimedBy).map((c) => ({ ...c, certainty: 'alleged' as const })));
    if (claimedBy) for (const d of doers) ctx.memory.addAccusation({ accuser: claimedBy, accused: d, sentence: s.index });
  };
  for (const t of s.tokens) {
    const k = t.i;
    // "X was behind the attack": the attack noun heads a copular clause with 'behind'.
    if (isAttack(s, k) && s.kids(k, 'case').some((c) => s.tok(c)?.lower === 'behind') && s.kids(k, /^nsubj/).length > 0) {
      emit(s.kids(k, /^nsubj/), k, k, 'X was behind the attack', null);
    }
    // "X was responsible for / involved in the attack", "held X responsible for".
    if (RESPONSIBLE.has(t.lemma) && /^(JJ|VBN|IN|RB)/.test(t.pos)) {
      const attack = attackIn(s, s.kids(k, /^obl:(for|in|behind)$/));
      const doers = s.kids(k, /^nsubj(:pass|:xsubj)?$/);
      if (attack !== null && doers.length > 0) emit(doers, attack, k, 'X was responsible for the attack', null);
    }
    // "Z blamed X for the attack", "Z accused X of the attack / of hacking Y".
    if (CHARGE_VERBS.has(t.lemma) && /^VB/.test(t.pos)) {
      const accused = objectHeads(s, k);
      const acts = [...s.kids(k, /^(obl:for|obl:of|obl:over|advcl:of|advcl:for|obl:in|obl:with)$/)];
      const attack = attackIn(s, acts);
      const accuser = subjectHeads(s, k)[0] ?? null;
      if (attack !== null && accused.length > 0) emit(accused, attack, k, 'Z blamed (accused) X for the attack', accuser);
      else if (accused.length > 0 && accuser !== null && ['accuse', 'blame'].includes(t.lemma)) {
        const mod = modalityOf(s, k);
        const by = ctx.actors.at(accuser)?.rec;
        const charged = actorsOf(ctx.actors, accused, k).map((d) => d.rec);
        if (by && mod.realis) for (const d of charged) ctx.memory.addAccusation({ accuser: by, accused: d, sentence: s.index });
        // "Washington blamed the Red Dawn militia": for the attack the text is telling of.
        if (mod.realis && t.lemma === 'blame' && acts.length === 0) ctx.memory.noteAttack(s.index, k, charged.filter((d) => d !== by), []);
      }
    }
    // "Z attributed the attack to X", "blamed the attack on X".
    if (ASSIGN_VERBS.has(t.lemma) && /^VB/.test(t.pos)) {
      const attack = attackIn(s, objectHeads(s, k));
      const doers = s.kids(k, /^obl:(to|on|with)$/);
      if (attack !== null && doers.length > 0) emit(doers, attack, k, 'Z attributed the attack to X', subjectHeads(s, k)[0] ?? null);
    }
    // "the blast was the work of X", "X was the perpetrator of the attack".
    if (PERPETRATOR.has(t.lemma) && /^NN/.test(t.pos)) {
      const subj = s.kids(k, /^nsubj/);
      const of = s.kids(k, /^nmod:(of|poss|by)$/);
      const attackAsSubject = attackIn(s, subj);
      if (attackAsSubject !== null && of.length > 0) emit(of, attackAsSubject, k, 'the attack was the work of X', null);
      const attackAsOf = attackIn(s, of);
      if (attackAsOf !== null && subj.length > 0) emit(subj, attackAsOf, k, 'X was the perpetrator of the attack', null);
    }
    // "X claimed responsibility" (for the attack the text is telling of); "X coordinated and executed it (the operation)".
    if (t.lemma === 'responsibility' && /^NN/.test(t.pos) && s.kids(k, /^nmod:for$/).length === 0) {
      const verb = s.in(k, /^obj$/)[0];
      const v = verb ? s.tok(verb.gov) : undefined;
      if (verb && v && ['claim', 'take', 'admit', 'accept', 'acknowledge'].includes(v.lemma) && s.kids(verb.gov, /^obl:for$/).length === 0 && modalityOf(s, verb.gov).realis) {
        ctx.memory.noteAttack(s.index, verb.gov, actorsOf(ctx.actors, subjectHeads(s, verb.gov), verb.gov).map((d) => d.rec), []);
      }
    }
    if (PERPETRATE.has(t.lemma) && /^VB/.test(t.pos)) {
      const obj = objectHeads(s, k);
      const refersBack = obj.some((o) => ['it', 'this', 'that'].includes(s.tok(o)?.lower ?? '') || (['operation', 'plot', 'killing', 'attack', 'murder', 'assassination', 'mission'].includes(s.tok(o)?.lemma ?? '') && s.kids(o, 'det').some((d) => ['the', 'this', 'that'].includes(s.tok(d)?.lower ?? ''))));
      if (refersBack && modalityOf(s, k).realis) ctx.memory.noteAttack(s.index, k, actorsOf(ctx.actors, subjectHeads(s, k), k).map((d) => d.rec), []);
    }
    // "X was part of the planning and execution of the operation".
    if (t.lemma === 'part' && /^NN/.test(t.pos) && s.kids(k, /^nsubj/).length > 0) {
      const chainOf = (h: number): boolean => s.subtree(h).some((x) => ATTACK.has(s.tok(x)?.lemma ?? ''));
      if (s.kids(k, /^nmod:(of|in)$/).some(chainOf) && modalityOf(s, k).realis) ctx.memory.noteAttack(s.index, k, actorsOf(ctx.actors, s.kids(k, /^nsubj/), k).map((d) => d.rec), []);
    }
    // "X claimed (took, admitted) responsibility for the attack".
    if (t.lemma === 'responsibility' && /^NN/.test(t.pos)) {
      const verb = s.in(k, /^obj$/)[0];
      const v = verb ? s.tok(verb.gov) : undefined;
      const attack = attackIn(s, s.kids(k, /^nmod:for$/).concat(verb ? s.kids(verb.gov, /^obl:for$/) : []));
      if (verb && v && ['claim', 'take', 'admit', 'accept', 'acknowledge', 'bear'].includes(v.lemma) && attack !== null) emit(subjectHeads(s, verb.gov), attack, verb.gov, 'X claimed responsibility for the attack', null);
    }
    // "X's involvement (role, hand) in the attack".
    if (['involvement', 'role', 'hand', 'part', 'complicity', 'participation'].includes(t.lemma) && /^NN/.test(t.pos)) {
      const attack = attackIn(s, s.kids(k, /^nmod:in$/));
      if (attack !== null) emit(s.kids(k, /^nmod:(poss|of)$/), attack, k, "X's involvement in the attack", null);
    }
  }
  return out;
}
