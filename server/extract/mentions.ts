// Stage 3a: finds the actor mentions of a sentence and resolves each to a
// canonical actor in the registry: capitalised names (via runs.ts), owner +
// lower-case body phrases ("Russia's military intelligence service"), people
// of a state ("Iranian officials"), acronyms, surnames and anaphors.
import type { Sentence, Token } from './sentences.ts';
import type { ActorRegistry } from './registry.ts';
import { knownAt, readRun, runEnd, surfaceOf } from './runs.ts';
import type { Piece, RunPiece } from './runs.ts';
import { bodyKey, countryKey, demonymOf, groupKey, orgKey, personKey } from './actor-keys.ts';
import { SUPRANATIONAL } from './lexicon/institutions.ts';
import { COUNTRY_FORMS } from './lexicon/countries.ts';
import { NOT_NAME_WORDS } from './lexicon/words.ts';

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
import { lowerPhraseAt } from './lower-phrases.ts';
import { linkAffiliations } from './affiliations.ts';

export type MentionForm = 'name' | 'demonym' | 'people' | 'same';

export interface Mention {
  /** Token range [start, end) in the sentence. */
  readonly start: number;
  readonly end: number;
  readonly key: string;
  readonly form: MentionForm;
  /** Followed by 's: it owns what follows. */
  readonly possessive: boolean;
  /** For 'people' mentions: the noun ("diplomats"); for 'same': the noun and count. */
  readonly noun?: string;
  readonly count?: number;
  /** Built from a lower-case description ("Russia's military intelligence service"). */
  readonly descriptive?: boolean;
}

/** Article-wide context the finder needs. */
export interface MentionContext {
  readonly registry: ActorRegistry;
  /** Supranational bodies named in the article, so their anaphors ('the bloc') may count. */
  readonly presentSupra: ReadonlySet<string>;
  /** Countries named in the article (common names), for "the North". */
  readonly presentCountries: ReadonlySet<string>;
  /** Token range of a dateline to skip, as character offsets. */
  readonly skip: { readonly start: number; readonly end: number } | null;
  /** Most recent country mentioned before this sentence (for "the country's"). */
  lastCountry: string | null;
  /** Person titles seen (key → title), for affiliation by office later. */
  readonly titles: Map<string, string>;
}

const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const isPossessive = (t: Token | undefined): boolean => t !== undefined && POSSESSIVE.has(t.text);

/** Resolves one run piece to a registry key (creating the actor), or null. */
function resolvePiece(p: RunPiece, text: string, owner: string | null, ctx: MentionContext, s: number): { key: string; form: MentionForm } | null {
  const reg = ctx.registry;
  switch (p.t) {
    case 'country': {
      const key = countryKey(p.country);
      reg.ensure(key, 'Country', p.country, text, s);
      return { key, form: p.form === 'demonym' ? 'demonym' : p.form === 'people' ? 'people' : 'name' };
    }
    case 'known': {
      const key = orgKey(p.name);
      reg.ensure(key, p.kind, p.name, text, s);
      return { key, form: 'name' };
    }
    case 'national-body': {
      const state = owner ?? countryKey(p.country);
      reg.ensure(state, 'Country', p.country, p.country, s);
      const key = reg.lookup(text)?.key ?? bodyKey(p.name, state);
      const rec = reg.ensure(key, 'GovernmentBody', p.name, text, s);
      reg.setParent(rec.key, state, 'PART_OF', s);
      return { key: rec.key, form: 'name' };
    }
    case 'body': {
      const existing = reg.lookup(text);
      const key = existing && (owner === null || existing.parent?.key === owner || existing.parent === null) ? existing.key : bodyKey(p.name, owner);
      // A state's body is named with its demonym ("Iranian Foreign Ministry") so ids differ across states.
      const ownerRec = owner ? reg.get(owner) : undefined;
      const name = ownerRec?.kind === 'Country' && !p.name.includes(ownerRec.name) ? `${demonymOf(ownerRec.name)} ${p.name}` : p.name;
      const rec = reg.ensure(key, 'GovernmentBody', name, text, s);
      if (owner) reg.setParent(rec.key, owner, 'PART_OF', s);
      return { key: rec.key, form: 'name' };
    }
    case 'org': {
      const existing = reg.lookup(text);
      const key = existing?.key ?? (p.kind === 'Group' ? groupKey(p.name) : orgKey(p.name));
      const rec = reg.ensure(key, existing?.kind ?? p.kind, p.name, text, s);
      if (owner) reg.setParent(rec.key, owner, 'PART_OF', s);
      // "Acme" alone later means "Acme Pictures Entertainment".
      const first = p.name.split(' ')[0] ?? '';
      if (p.kind === 'Organization' && first !== p.name && !COUNTRY_FORMS.has(first) && !NOT_NAME_WORDS.has(first.toLowerCase())) reg.addAliasIfFree(rec.key, first);
      return { key: rec.key, form: 'name' };
    }
    case 'person': {
      const existing = reg.lookup(text);
      const key = existing?.kind === 'Person' ? existing.key : personKey(p.name);
      const rec = reg.ensure(key, 'Person', p.name, text, s);
      if (p.title) ctx.titles.set(rec.key, p.title.toLowerCase());
      if (owner) reg.setParent(rec.key, owner, 'SPEAKS_FOR', s);
      // The surname alone later means the same person.
      // The surname alone (or the family name first, as in Chinese or Korean names) means the same person.
      const parts = p.name.split(' ');
      for (const part of [parts[parts.length - 1] ?? '', parts[0] ?? '']) {
        if (part !== p.name && part.length > 1 && !MONTHS.has(part.toLowerCase()) && !NOT_NAME_WORDS.has(part.toLowerCase())) reg.addAliasIfFree(rec.key, part);
      }
      return { key: rec.key, form: 'name' };
    }
    case 'single': {
      const known = reg.lookup(text);
      if (known) {
        reg.addAlias(known.key, text);
        return { key: known.key, form: 'name' };
      }
      if (/^[A-Z]{2,6}$/.test(text)) {
        const rec = reg.ensure(orgKey(text), 'Organization', text, text, s);
        if (owner) reg.setParent(rec.key, owner, 'PART_OF', s);
        return { key: rec.key, form: 'name' };
      }
      return null;
    }
    case 'title':
      return null;
  }
}

/** Anaphors for supranational bodies ('the bloc') count only when the body is named in the article. */
const ANAPHOR_FIRST = new Set(SUPRANATIONAL.flatMap((s) => (s.anaphors ?? []).map((a) => a.split(' ')[0] ?? '')));

function supraAnaphorAt(toks: readonly Token[], i: number, ctx: MentionContext): { end: number; name: string } | null {
  const t = toks[i];
  if (!t || (!ANAPHOR_FIRST.has(t.text) && !ANAPHOR_FIRST.has(t.lower))) return null;
  for (const s of SUPRANATIONAL) {
    if (!ctx.presentSupra.has(s.name)) continue;
    for (const a of s.anaphors ?? []) {
      const words = a.split(' ');
      const match = words.length === 1 ? toks[i]?.text === a : words.every((w, k) => toks[i + k]?.lower === w);
      if (match) return { end: i + words.length, name: s.name };
    }
  }
  return null;
}

/**
 * In a headline every word is capitalised, so a run is only a known name
 * (gazetteer or an actor already seen in the body) or a single word.
 */
function headlineSpan(toks: readonly Token[], i: number, ctx: MentionContext): number {
  if (!/^\p{Lu}/u.test(toks[i]?.text ?? '')) return i;
  for (let e = Math.min(toks.length, i + 5); e > i + 1; e--) {
    const known = knownAt(toks, i, e);
    if ((known && known.end === e) || ctx.registry.lookup(surfaceOf(toks, i, e))) return e;
  }
  return i + 1;
}

/** Finds and resolves the mentions of one sentence. */
export function findMentions(sentence: Sentence, ctx: MentionContext): Mention[] {
  const toks = sentence.tokens;
  const headline = sentence.role === 'headline';
  const out: Mention[] = [];
  const push = (m: Mention): void => {
    out.push(m);
    const rec = ctx.registry.get(m.key);
    if (rec) { rec.mentions++; rec.lastSeen = sentence.index; }
    if (rec?.kind === 'Country') ctx.lastCountry = rec.key;
  };
  for (let i = 0; i < toks.length; ) {
    const t = toks[i];
    if (!t) break;
    if (ctx.skip && t.start >= ctx.skip.start && t.end <= ctx.skip.end) { i++; continue; }
    const anaphor = supraAnaphorAt(toks, i, ctx);
    if (anaphor) {
      const key = orgKey(anaphor.name);
      ctx.registry.ensure(key, 'Organization', anaphor.name, surfaceOf(toks, i, anaphor.end), sentence.index);
      push({ start: i, end: anaphor.end, key, form: 'name', possessive: isPossessive(toks[anaphor.end]) });
      i = anaphor.end;
      continue;
    }
    const lower = lowerPhraseAt(toks, i, out, ctx, sentence.index);
    if (lower) {
      // A lower-case phrase may extend (replace) the owner mention just before it.
      if (lower.replaces && out[out.length - 1] === lower.replaces) out.pop();
      push(lower.mention);
      i = lower.mention.end;
      continue;
    }
    const e = headline ? headlineSpan(toks, i, ctx) : runEnd(toks, i);
    if (e === i) { i++; continue; }
    const before = out[out.length - 1];
    let owner: string | null = before?.possessive && before.end + 1 === i ? before.key : null;
    const pieces: Piece[] = readRun(toks, i, e, headline);
    pieces.forEach((p, n) => {
      const text = surfaceOf(toks, p.start, p.end);
      const r = resolvePiece(p.piece, text, owner, ctx, sentence.index);
      if (!r) return;
      // The qualified surface ("U.S. Treasury Department") is an alias of the body too.
      if (owner && p.start > i) ctx.registry.addAlias(r.key, surfaceOf(toks, i, p.end));
      const last = p.end === e;
      push({ start: p.start, end: p.end, key: r.key, form: r.form, possessive: last && isPossessive(toks[e]) });
      // A piece qualifies the next one only when they touch ("U.S. Treasury").
      const rec = ctx.registry.get(r.key);
      const touches = pieces[n + 1]?.start === p.end;
      if (touches && (rec?.kind === 'Country' || rec?.kind === 'GovernmentBody' || rec?.kind === 'Organization')) owner = rec.key;
    });
    i = e;
  }
  linkAffiliations(sentence, out, ctx);
  return out;
}

