// Targets the dependency roles miss: lists the parser broke up ("blacklisted
// A, who ...; B, an officer ...; and C"), members after a list cue ("among
// them A and B"), the actors after a sanction trigger when a long list has no
// parse at all, and victims named by nationality ("a US contractor").
import type { Sentence } from '../annotate/doc.ts';
import type { Denotation } from '../actors/denote.ts';
import type { ActorRec } from '../actors/registry.ts';
import { PERSON_NOUNS } from '../lexicon/actor-nouns.ts';
import { HARM_NOUNS } from '../lexicon/event-words.ts';
import type { MatchContext } from './match.ts';
import { isPassive } from './roles.ts';

/**
 * Whether the name at token k only describes something else: the victim of a harm noun ("the killing of
 * the journalist X", "X's death") or a modifier of a noun that is no actor ("UN or EU measures").
 */
function describesOther(ctx: MatchContext, k: number): boolean {
  const s = ctx.actors.s;
  let up = s.head(k);
  // "UN or EU measures": a list member shares the first member's place.
  for (let guard = 0; up && up.gov > 0 && /^conj/.test(up.rel) && guard < s.tokens.length; guard++) up = s.head(up.gov);
  if (!up || up.gov <= 0) return false;
  // "UN measures", "two GRU officers": a name that modifies a thing, or people, is not listed itself.
  if (/^(compound|amod)$/.test(up.rel) && /^NN/.test(s.tok(up.gov)?.pos ?? '')) {
    const of = ctx.actors.at(up.gov);
    return of === null || of.via === 'people';
  }
  // "the killing of the journalist X": from the name to the noun it describes.
  let at = k;
  if (/^(dep|appos)$/.test(up.rel) && /^NN/.test(s.tok(up.gov)?.pos ?? '')) {
    at = up.gov;
    up = s.head(at);
    if (!up || up.gov <= 0) return false;
  }
  const of = up.rel === 'nmod:poss' || (/^nmod/.test(up.rel) && s.kids(at, 'case').some((c) => s.tok(c)?.lower === 'of'));
  return of && HARM_NOUNS.has(s.tok(up.gov)?.lemma ?? '');
}

/**
 * Whether token k lies in the job description of a named person ("A, chief of the military intelligence agency",
 * "B, an aide to Crown Prince C"): reached from the person's name through an apposition, then a noun's modifier.
 * Whom a person works for is not listed with them.
 */
function inPersonDescription(ctx: MatchContext, k: number): boolean {
  const s = ctx.actors.s;
  let x = k;
  let modifier = false;
  for (let guard = 0; guard < s.tokens.length; guard++) {
    const h = s.head(x);
    if (!h || h.gov <= 0) return false;
    // "the assets of the head of Russia's intelligence service": an unnamed person's employer is not the target either.
    const gov = s.tok(h.gov);
    if (/^nmod/.test(h.rel) && gov && PERSON_NOUNS.has(gov.lemma) && ctx.actors.at(h.gov) === null) return true;
    if (/^(nmod|obl|acl)/.test(h.rel) || (h.rel === 'compound' && modifier)) modifier = true;
    else if (h.rel === 'appos') {
      const d = ctx.actors.at(h.gov);
      return modifier && d?.via === 'name' && d.rec.kind === 'Person';
    } else if (!/^(compound|amod)$/.test(h.rel)) return false;
    x = h.gov;
  }
  return false;
}

/** The first word before a name and its title ("aide to Crown Prince X": "to"). */
function wordBefore(ctx: MatchContext, first: number, head: number): string {
  const s = ctx.actors.s;
  let b = first - 1;
  while (b > 0 && s.head(b)?.gov === head && s.head(b)?.rel === 'compound' && /^NNP/.test(s.tok(b)?.pos ?? '')) b--;
  return s.tok(b)?.text ?? '';
}

/** The state of people named by nationality ("a US contractor", "two Israeli civilians"). */
export function victimsByNationality(ctx: MatchContext, heads: readonly number[]): Denotation[] {
  const s = ctx.actors.s;
  const out: Denotation[] = [];
  for (const h of heads) {
    if (!/^NNS?$/.test(s.tok(h)?.pos ?? '')) continue;
    for (const e of s.out(h, /^(amod|compound)$/)) {
      const d = ctx.actors.at(e.dep);
      if (d?.rec.kind === 'Country') out.push({ rec: d.rec, via: 'people', head: h });
    }
  }
  return out;
}

/**
 * Targets read off the words when the parse of a long list fails: the actors
 * after a sanction trigger up to the end of its clause (";" or the end), or
 * between an asset noun and a passive trigger ("property belonging to A and,
 * specifically, B ... are blocked"). Subjects of other verbs, the doers
 * themselves and mere modifiers are left out.
 */
export function regionTargets(ctx: MatchContext, t: number, object: number | null, sources: readonly ActorRec[]): ActorRec[] {
  const s = ctx.actors.s;
  const passive = isPassive(s, t);
  let from = t + 1;
  let to = s.tokens.length;
  const asset = passive ? s.tokens.find((x) => x.i < t && ['asset', 'property', 'fund', 'account', 'holding', 'interest'].includes(x.lemma)) : undefined;
  if (asset) {
    from = asset.i + 1;
    to = t - 1;
  } else {
    // A ";" ends the clause, unless it separates the members of a list opened by ":" ("four people: A, chief of B; C; and D").
    for (let k = from; k <= to; k++) {
      if (s.tok(k)?.text === ':') break;
      if (s.tok(k)?.text === ';' && k > (object ?? t) + 2) { to = k - 1; break; }
    }
  }
  const out: ActorRec[] = [];
  for (let k = from; k <= to; k++) {
    // "..., whom Turkish officials say ...": the subject of another finite verb is no target.
    if (s.in(k, /^nsubj/).some((e) => e.gov !== t && /^VB[DPZ]$/.test(s.tok(e.gov)?.pos ?? ''))) continue;
    const d = ctx.actors.at(k);
    if (!d || d.head !== k || d.via === 'modifier' || d.via === 'pronoun' || d.via === 'weapon' || d.via === 'thing') continue;
    // "two GRU officers": a body's people are listed as people, not as the body.
    if (d.via === 'people' && d.rec.kind !== 'Country') continue;
    if (sources.includes(d.rec) || out.includes(d.rec) || describesOther(ctx, k) || inPersonDescription(ctx, k)) continue;
    if (d.rec.kind === 'Country' && d.via === 'name' && !passive) continue; // a state named in passing ("subject to U.S. jurisdiction")
    out.push(d.rec);
  }
  return out;
}

/** A token that is the subject of a reporting verb ("..., OFAC said"): a speaker, never a target. */
export const REPORTING_SUBJECT = (s: Sentence, k: number): boolean => s.in(k, /^nsubj$/).some((e) => ['say', 'tell', 'announce', 'state', 'report', 'add'].includes(s.tok(e.gov)?.lemma ?? ''));

/**
 * Members of a list the parser broke up ("blacklisted A, who ...; B, an
 * officer ...; and C, the consul ..."): names after the last target that
 * follow a list separator (",", ";", "and", ":") rather than a preposition or
 * a verb, and are no subject of a verb of their own.
 */
export function listContinuation(ctx: MatchContext, found: readonly Denotation[]): Denotation[] {
  const s = ctx.actors.s;
  const named = found.filter((d) => d.rec.kind !== 'Country' || d.via === 'people');
  if (named.length === 0) return [];
  const out: Denotation[] = [];
  const last = Math.max(...named.map((d) => d.head));
  for (let k = last + 1; k <= s.tokens.length; k++) {
    const sp = ctx.actors.spanAt(k);
    if (!sp || sp.first !== k) continue;
    const d = ctx.actors.at(sp.head);
    if (!d || d.via !== 'name' || d.rec.kind === 'Country' || found.some((x) => x.rec === d.rec) || out.some((x) => x.rec === d.rec)) continue;
    if (s.tok(sp.last + 1)?.pos === 'POS') continue; // "Ortega's wife": a possessor
    let b = k - 1;
    while (b > 0 && /^(DT|JJ|NN|NNS|CD|HYPH)$/.test(s.tok(b)?.pos ?? '') && !/^[,;:]$/.test(s.tok(b)?.text ?? '')) b--;
    const sep = s.tok(b)?.text ?? '';
    const separated = /^[,;:\-–—]$/.test(sep) || sep === 'and';
    if (!separated || s.in(sp.head, /^nsubj/).length > 0) continue;
    // The member must stand at the same depth as the last one: right after its own description ("A, an officer ...; B").
    if (/^(of|for|by|at|in|to|with|from|on|against)$/i.test(s.tok(k - 1)?.text ?? '')) continue;
    out.push({ rec: d.rec, via: 'name', head: sp.head });
  }
  return out;
}

/** Words that open a list of members of the phrase before them. */
const LIST_CUES = /^(among|including|include|such|namely|notably|especially|:)$/;

/**
 * Members listed after a target ("eight officials ..., among them A, B and C",
 * "two entities: A and B"): the names after the first list cue that follows
 * the target, when the parse attached them elsewhere.
 */
export function listAfter(ctx: MatchContext, found: readonly Denotation[], trigger: number): ActorRec[] {
  const s = ctx.actors.s;
  const after = Math.max(trigger, ...found.map((d) => d.head));
  const cue = s.tokens.find((x) => x.i > after && LIST_CUES.test(x.lower));
  if (!cue) return [];
  const out: ActorRec[] = [];
  for (let k = cue.i + 1; k <= s.tokens.length; k++) {
    const sp = ctx.actors.spanAt(k);
    if (!sp || sp.head !== k || s.in(k, /^(compound|nmod:poss)$/).length > 0 || s.tok(sp.last + 1)?.pos === 'POS') continue;
    const d = ctx.actors.at(k);
    if (!d || d.via !== 'name' || d.rec.kind === 'Country' || found.some((x) => x.rec === d.rec) || out.includes(d.rec)) continue;
    // "including those behind the killing of X": a name inside a member's description is none.
    if (/^(of|for|by|at|in|to|with|from|on|against|behind)$/i.test(wordBefore(ctx, sp.first, k)) || describesOther(ctx, k)) continue;
    // A name inside a member's description ("A, secretary of the Council", "the agency known as the GRU") is not a member itself.
    if (s.in(k, /^nmod/).some((e) => !ctx.actors.spanAt(e.gov) && /^NN/.test(s.tok(e.gov)?.pos ?? '') && e.gov > cue.i)) continue;
    if (['as', 'called', 'named'].includes(s.tok(sp.first - 1)?.lower ?? '') || ['as', 'called'].includes(s.tok(sp.first - 2)?.lower ?? '')) continue;
    out.push(d.rec);
  }
  return out;
}

