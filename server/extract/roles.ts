// Which mentions can fill which role: a subject is a head noun phrase not
// inside a prepositional phrase; a target is a named actor, or an actor
// owning the thing attacked ("Estonian government computer systems").
import type { Token } from './sentences.ts';
import type { Mention } from './mentions.ts';
import { ATTACKER_NOUNS, DOCUMENT_NOUNS, SPONSOR_ADJECTIVES, THING_NOUNS } from './lexicon/words.ts';

const PREPOSITIONS = new Set(['in', 'at', 'on', 'with', 'from', 'to', 'for', 'against', 'over', 'near', 'of', 'under', 'about', 'like', 'than', 'into', 'toward', 'towards', 'across', 'outside', 'inside', 'between', 'among', 'by', 'via', 'through', 'after', 'before', 'since', 'during', 'as']);

/** The token after a mention, skipping quote marks and hyphens ("'China state-affiliated' actors"). */
export function after(toks: readonly Token[], m: Mention, skip = 0): Token | undefined {
  let k = m.end;
  while (k < toks.length && /^["“”'‘’-]$/.test(toks[k]?.text ?? '')) k++;
  return toks[k + skip];
}

/** The mention names a sponsor: "China-linked hackers", "Chinese state-sponsored group". */
export function isSponsor(toks: readonly Token[], m: Mention): boolean {
  // wink splits "China-linked" and "state-affiliated" at the hyphen: read them glued.
  let glued = '';
  for (let k = m.end; k < Math.min(toks.length, m.end + 5); k++) {
    const t = toks[k];
    if (!t) break;
    glued += (k > m.end && t.start > (toks[k - 1]?.end ?? 0) ? ' ' : '') + t.lower;
  }
  glued = glued.replace(/^["“”'‘’]+\s*/, '').replace(/^-/, '');
  return SPONSOR_ADJECTIVES.test(glued);
}

/** Preceded by a preposition (so it is not a subject). */
export function afterPreposition(toks: readonly Token[], m: Mention): boolean {
  let k = m.start - 1;
  while (k >= 0 && (toks[k]?.lower === 'the' || toks[k]?.pos === 'ADJ' || toks[k]?.pos === 'NUM')) k--;
  // "a group known as X": X names the group, it is not in a prepositional phrase.
  if (toks[k]?.lower === 'as' && /^(known|dubbed|called|named)$/.test(toks[k - 1]?.lower ?? '')) return false;
  return PREPOSITIONS.has(toks[k]?.lower ?? '');
}

/** A mention that can be the subject of a clause. */
export function isSubjectish(toks: readonly Token[], m: Mention): boolean {
  if (m.form === 'same') return false;
  if (isSponsor(toks, m)) return !afterPreposition(toks, m);
  if (m.form === 'demonym' || m.possessive) return false;
  if (m.form === 'people') return m.noun === undefined && !afterPreposition(toks, m);
  const next = toks[m.end];
  if (next && /^[a-z]/.test(next.text) && (next.pos === 'NOUN' || next.pos === 'PROPN') && !DOCUMENT_NOUNS.has(next.lower)) return false;
  return !afterPreposition(toks, m);
}

/** A mention that stands for the owner of an attacked thing ("Acme computers", "X's networks"). */
export function ownsThing(toks: readonly Token[], m: Mention): boolean {
  for (let k = m.possessive ? m.end + 1 : m.end; k < Math.min(toks.length, m.end + 5); k++) {
    const t = toks[k];
    if (!t) return false;
    if (THING_NOUNS.has(t.lower)) return true;
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.pos !== 'PROPN' && t.lower !== 'government') return false;
  }
  return false;
}

/** A mention usable as an event target. */
export function isTargetish(toks: readonly Token[], m: Mention): boolean {
  if (m.form === 'demonym' || isSponsor(toks, m)) return false;
  if (ATTACKER_NOUNS.has(after(toks, m)?.lower ?? '') && m.form !== 'people') return false;
  if (m.possessive) return ownsThing(toks, m);
  const next = toks[m.end];
  // "the X embassy persona non grata", "sent X envoys home": a predicate, not a head noun.
  if (next && /^[a-z]/.test(next.text) && next.pos === 'NOUN' && !ownsThing(toks, m) && !['persona', 'home'].includes(next.lower)) return m.form === 'people';
  return true;
}
