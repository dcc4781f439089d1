// Stages 3 and 4 over the whole article: each sentence's actors (names,
// descriptions, pronouns against what came before), then its claims — frames,
// attributions, accusations and denials — and, once every sentence has been
// read, what the article as a whole settles: officials' states, attack
// chains, the targets of denials, and the claims of the states behind bodies
// and officials.
import type { Sentence } from '../annotate/doc.ts';
import type { CleanArticle } from '../clean/clean.ts';
import { SentenceActors } from '../actors/denote.ts';
import { knownName } from '../actors/gazetteer.ts';
import { nameSpans } from '../actors/name-spans.ts';
import { ActorRegistry } from '../actors/registry.ts';
import { Salience } from '../actors/salience.ts';
import { affiliateBodies, affiliateByCompany, affiliateByDateline, affiliateBySeat } from '../actors/seat-offices.ts';
import { noteAccusations } from './accusations.ts';
import { matchAttributions } from './attributions.ts';
import { claimKey, type Claim } from './claim.ts';
import { matchDenials, resolveDenials, type PendingDenial } from './denials.ts';
import { matchFrames } from './match.ts';
import { EventMemory } from './memory.ts';
import { stateOf, withStateClaims } from './state-claims.ts';

/** A headline in title case ("Russia Expels Ten Diplomats Over Spy Row"): the tagger's entity classes are unreliable there. */
function titleCased(s: Sentence): boolean {
  const words = s.tokens.filter((t) => /^\p{L}/u.test(t.text) && t.text.length > 3);
  // NOTE: a sentence full of names ("Japan sanctioned Andes Mining Corporation") has its verb in lower case.
  const lowerVerb = s.tokens.some((t) => /^VB/.test(t.pos) && /^\p{Ll}/u.test(t.text) && t.text.length > 3);
  return words.length >= 4 && !lowerVerb && words.filter((t) => /^\p{Ll}/u.test(t.text)).length <= 1;
}

/** The state of the city a story is filed from ("PRAGUE —" → Czechia), if the dateline names a capital. */
function datelineCountry(clean: CleanArticle): string | null {
  const city = clean.dateline?.city;
  if (!city) return null;
  const known = knownName(city.charAt(0) + city.slice(1).toLowerCase()) ?? knownName(city);
  return known?.type === 'country' ? known.country : null;
}

export interface ArticleReading {
  readonly registry: ActorRegistry;
  /** Every claim, with the states' claims added. */
  readonly claims: readonly Claim[];
}

export function readArticle(sentences: readonly Sentence[], clean: CleanArticle): ArticleReading {
  const registry = new ActorRegistry();
  const salience = new Salience();
  const memory = new EventMemory();
  const claims: Claim[] = [];
  const pending: PendingDenial[] = [];
  // The body is read first: headlines use short forms of names the body introduces, and their title case hides names.
  const order = [...sentences.filter((s) => s.role === 'body'), ...sentences.filter((s) => s.role !== 'body')];
  const home = datelineCountry(clean);
  for (const s of order) {
    const actors = new SentenceActors(s, nameSpans(s), { registry, salience, strict: s.role === 'headline' || titleCased(s), home });
    for (const t of s.tokens) {
      // NOTE: the dateline city ("MOSCOW —") is where the story was filed, not an actor.
      if (clean.dateline && t.start >= clean.dateline.start && t.end <= clean.dateline.end) continue;
      if (/^(NN|PRP)/.test(t.pos)) actors.at(t.i);
    }
    const ctx = { actors, memory };
    const found = [...matchFrames(ctx), ...matchAttributions(ctx)];
    for (const c of found) {
      claims.push(c);
      memory.addClaim(c);
      // Whoever says that X attacked accuses X: a later denial by X answers them.
      if (c.type === 'ATTACKED' && c.claimedBy && c.claimedBy !== c.source) memory.addAccusation({ accuser: c.claimedBy, accused: c.source, sentence: c.sentence });
    }
    noteAccusations(ctx);
    const denials = matchDenials(ctx);
    pending.push(...denials);
  }
  affiliateBySeat(registry);
  affiliateByDateline(registry, home);
  affiliateByCompany(registry, salience, (r) => new Set(claims.flatMap((c) => (c.source === r ? [c.target] : c.target === r ? [c.source] : []))));
  affiliateBodies(registry, salience, home);
  const top = (r: Parameters<typeof stateOf>[1]) => stateOf(registry, r) ?? r;
  claims.push(...memory.chainClaims(new Set(claims.map(claimKey)), (a, b) => top(a) === top(b)));
  claims.push(...resolveDenials(pending, memory, top, claims));
  return { registry, claims: withStateClaims(registry, claims) };
}
