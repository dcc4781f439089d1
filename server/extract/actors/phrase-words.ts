// Word classes the actor-phrase readers share: where a name is a place, the
// verbs that tie a weapon to its wielder, places, tools, pronouns, the
// descriptions that refer back ("the group", "the kingdom"), and the noun
// lemma the lists know.
import type { ActorKind } from '../types.ts';
import {
  BODY_NOUNS, GOVERNMENT_NOUNS, GROUP_CUES, LEGISLATOR_NOUNS, MILITARY_NOUNS, PEOPLE_NOUNS, STATE_PEOPLE_NOUNS, THING_NOUNS, WEAPON_NOUNS,
} from '../lexicon/actor-nouns.ts';

/** Relations over which a state's name is a place, not an actor ("in Ukraine", "across Europe"). */
export const LOCATIVE = /^(obl|nmod|advcl|acl):(in|near|outside|inside|across|throughout|around|within|via|through|off|along)$/;
/** A capital is a place over more relations still ("from Moscow", "to Kyiv"). */
export const CAPITAL_LOCATIVE = /^(obl|nmod|advcl|acl):(in|at|from|to|near|outside|inside|across|throughout|into|toward|towards|around|within|via|through|over|off|between|along)$/;

export const MODIFIER_RELS = /^(amod|compound|nmod:poss)$/;

/** Verbs that tie a weapon or an attacker to whoever wields it: "missiles fired from a drone", "hackers affiliated with the MSS". */
export const LAUNCH_VERBS = new Set(['fire', 'launch', 'drop', 'shoot', 'deploy', 'use', 'operate', 'fly', 'send', 'affiliate', 'link', 'tie', 'back', 'sponsor', 'direct', 'employ', 'work', 'connect', 'associate', 'support', 'control', 'hire', 'run', 'arm', 'train', 'fund', 'finance', 'task', 'commission', 'steer', 'guide', 'align']);

/** Places whose state is the one they lie in. */
export const PLACE_NOUNS = new Set(['village', 'town', 'city', 'region', 'province', 'area', 'base', 'camp', 'position', 'facility', 'site', 'district', 'neighbourhood', 'neighborhood', 'port', 'airport', 'plant', 'depot', 'target', 'infrastructure', 'outpost', 'border', 'territory', 'hospital', 'school', 'market']);

/** Malicious tools named after their makers' brand ("Black Lynx ransomware"). */
export const TOOL_NOUNS = new Set(['ransomware', 'malware', 'virus', 'worm', 'trojan', 'wiper', 'botnet', 'spyware', 'backdoor', 'exploit', 'variant', 'strain']);

export const PRONOUNS_THING = new Set(['it', 'its', 'they', 'them', 'their', 'theirs', 'itself', 'themselves']);
export const PRONOUNS_PERSON = new Set(['he', 'him', 'his', 'she', 'her', 'hers', 'himself', 'herself']);
export const PRONOUNS_SPEAKER = new Set(['we', 'us', 'our', 'ours', 'i', 'me', 'my']);

/** Descriptions that refer back to an actor named before, and what they may refer to. */
export const DESCRIPTIONS: Readonly<Record<string, { readonly kinds: readonly ActorKind[]; readonly word?: boolean }>> = {
  country: { kinds: ['Country'] }, nation: { kinds: ['Country'] }, kingdom: { kinds: ['Country'] }, republic: { kinds: ['Country'] },
  group: { kinds: ['Group'] }, gang: { kinds: ['Group'] }, militia: { kinds: ['Group'] }, movement: { kinds: ['Group'] },
  hackers: { kinds: ['Group'] }, organisation: { kinds: ['Group', 'Organization'] }, organization: { kinds: ['Group', 'Organization'] },
  company: { kinds: ['Organization'] }, firm: { kinds: ['Organization'] }, corporation: { kinds: ['Organization'] },
  operator: { kinds: ['Organization'] }, studio: { kinds: ['Organization'] }, bank: { kinds: ['Organization', 'GovernmentBody'] },
  agency: { kinds: ['GovernmentBody'], word: true }, bureau: { kinds: ['GovernmentBody'], word: true },
  ministry: { kinds: ['GovernmentBody'], word: true }, department: { kinds: ['GovernmentBody'], word: true },
  service: { kinds: ['GovernmentBody'], word: true }, unit: { kinds: ['GovernmentBody', 'Group'], word: true },
  embassy: { kinds: ['GovernmentBody'], word: true }, mission: { kinds: ['GovernmentBody'], word: true },
  court: { kinds: ['GovernmentBody'], word: true }, council: { kinds: ['GovernmentBody', 'Organization'], word: true },
  commission: { kinds: ['GovernmentBody', 'Organization'], word: true },
};

export const lowerWords = (text: string): string[] => text.toLowerCase().replace(/[.,]/g, '').split(/\s+/);

/** The description a noun makes, if any; own keys only ("constructor" is no description). */
export const descriptionOf = (lemma: string): (typeof DESCRIPTIONS)[string] | undefined => (Object.hasOwn(DESCRIPTIONS, lemma) ? DESCRIPTIONS[lemma] : undefined);

const KNOWN_NOUNS: ReadonlySet<string> = new Set([
  ...[GOVERNMENT_NOUNS, MILITARY_NOUNS, BODY_NOUNS, LEGISLATOR_NOUNS, STATE_PEOPLE_NOUNS, PEOPLE_NOUNS, WEAPON_NOUNS, THING_NOUNS, GROUP_CUES].flatMap((set) => [...set]),
  ...Object.keys(DESCRIPTIONS),
]);

/** The tagger's lemma, unless a plain singular of the word is a noun these lists know ("bases" → "base", not "basis"). */
export function nounLemma(lemma: string, lower: string): string {
  const known = (w: string): boolean => KNOWN_NOUNS.has(w);
  if (known(lemma)) return lemma;
  for (const w of [lower.replace(/s$/, ''), lower.replace(/es$/, ''), lower]) if (known(w)) return w;
  return lemma;
}
