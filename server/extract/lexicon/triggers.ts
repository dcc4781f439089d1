// The words that signal the four events, with where each finds its target.
// Verbs are matched by lemma; nouns by lower-case form. Read each table as the
// English it matches: "impose <sanctions|travel ban> on X", "order X out".
import type { EventType } from '../types.ts';

/** A verb whose direct object (or the object after `prep`) is the target. */
export interface VerbTrigger {
  readonly type: EventType;
  /** The object must contain one of these nouns ("freeze [the assets] of X"). */
  readonly needsObject?: readonly string[];
  /** The target follows this preposition instead of being the direct object. */
  readonly prep?: readonly string[];
  /** The target must be followed by one of these completions ("order X out"). */
  readonly completion?: readonly string[];
}

export const VERB_TRIGGERS: Readonly<Record<string, readonly VerbTrigger[]>> = {
  attack: [{ type: 'ATTACKED' }], hack: [{ type: 'ATTACKED' }], breach: [{ type: 'ATTACKED' }],
  compromise: [{ type: 'ATTACKED' }], disrupt: [{ type: 'ATTACKED' }], bomb: [{ type: 'ATTACKED' }],
  shell: [{ type: 'ATTACKED' }], invade: [{ type: 'ATTACKED' }], poison: [{ type: 'ATTACKED' }],
  assassinate: [{ type: 'ATTACKED' }], sabotage: [{ type: 'ATTACKED' }], infiltrate: [{ type: 'ATTACKED' }],
  wipe: [{ type: 'ATTACKED', prep: ['from', 'on'] }], raid: [{ type: 'ATTACKED' }],
  sanction: [{ type: 'SANCTIONED' }], blacklist: [{ type: 'SANCTIONED' }], designate: [{ type: 'SANCTIONED' }],
  freeze: [{ type: 'SANCTIONED', needsObject: ['assets', 'funds', 'accounts', 'property'], prep: ['of', 'belonging'] }],
  block: [{ type: 'SANCTIONED', needsObject: ['property', 'assets', 'funds'], prep: ['belonging'] }],
  add: [{ type: 'SANCTIONED', completion: ['blacklist', 'list', 'sanctions'] }],
  expel: [{ type: 'EXPELLED' }],
  order: [{ type: 'EXPELLED', completion: ['out', 'leave', 'shrink', 'reduce', 'cut', 'depart'] }],
  declare: [{ type: 'EXPELLED', completion: ['persona', 'non', 'grata'] }],
  sever: [{ type: 'EXPELLED', needsObject: ['relations', 'ties'], prep: ['with'] }],
  cut: [{ type: 'EXPELLED', needsObject: ['relations', 'ties'], prep: ['with'] }],
  break: [{ type: 'EXPELLED', needsObject: ['relations', 'ties'], prep: ['with'] }],
  send: [{ type: 'EXPELLED', completion: ['home', 'packing'] }],
};

/** Headline forms of verbs whose lemma wink may miss in title case. */
export const VERB_FORMS: Readonly<Record<string, string>> = {
  sanctions: 'sanction', sanctioned: 'sanction', blacklists: 'blacklist', blacklisted: 'blacklist',
  expels: 'expel', expelled: 'expel', expelling: 'expel', attacks: 'attack', hacks: 'hack', denies: 'deny',
  rejects: 'reject', orders: 'order', ordered: 'order', designated: 'designate',
};

/** Nouns of events, with the prepositions that introduce their target. */
export const NOUN_TRIGGERS: Readonly<Record<string, { readonly type: EventType; readonly preps: readonly string[] }>> = {
  attack: { type: 'ATTACKED', preps: ['on', 'against', 'targeting'] },
  cyberattack: { type: 'ATTACKED', preps: ['on', 'against', 'targeting'] },
  'cyber-attack': { type: 'ATTACKED', preps: ['on', 'against', 'targeting'] },
  hack: { type: 'ATTACKED', preps: ['on', 'of', 'against'] },
  hacking: { type: 'ATTACKED', preps: ['of', 'on'] },
  breach: { type: 'ATTACKED', preps: ['of', 'at', 'on'] },
  intrusion: { type: 'ATTACKED', preps: ['into', 'on', 'at'] },
  poisoning: { type: 'ATTACKED', preps: ['of'] },
  assassination: { type: 'ATTACKED', preps: ['of'] },
  bombing: { type: 'ATTACKED', preps: ['of', 'on'] },
  explosion: { type: 'ATTACKED', preps: ['at', 'in', 'on'] },
  blast: { type: 'ATTACKED', preps: ['at', 'in', 'on'] },
  strike: { type: 'ATTACKED', preps: ['on', 'against'] },
  airstrike: { type: 'ATTACKED', preps: ['on', 'against'] },
  sabotage: { type: 'ATTACKED', preps: ['of', 'on', 'against'] },
  invasion: { type: 'ATTACKED', preps: ['of'] },
  raid: { type: 'ATTACKED', preps: ['on'] },
  reconnaissance: { type: 'ATTACKED', preps: ['of', 'on', 'against'] },
  operation: { type: 'ATTACKED', preps: ['against', 'targeting'] },
  campaign: { type: 'ATTACKED', preps: ['against', 'targeting', 'on'] },
  sanction: { type: 'SANCTIONED', preps: ['on', 'against', 'targeting'] },
  ban: { type: 'SANCTIONED', preps: ['on', 'against'] },
  freeze: { type: 'SANCTIONED', preps: ['on', 'against', 'targeting', 'of'] },
  blacklisting: { type: 'SANCTIONED', preps: ['of'] },
  designation: { type: 'SANCTIONED', preps: ['of'] },
  embargo: { type: 'SANCTIONED', preps: ['on', 'against'] },
  expulsion: { type: 'EXPELLED', preps: ['of'] },
};

/** Nouns that only count as an event with one of these words just before them. */
export const NOUN_NEEDS_MODIFIER: Readonly<Record<string, readonly string[]>> = {
  operation: ['cyber', 'hacking', 'military', 'covert', 'sabotage', 'the'],
  campaign: ['hacking', 'cyber', 'bombing', 'sabotage', 'disinformation'],
  reconnaissance: ['online', 'cyber'],
  ban: ['travel', 'visa', 'entry'],
  freeze: ['asset', 'assets'],
  strike: ['air', 'missile', 'drone', 'military'],
};

/** Nouns of a weapon: "X used the nerve agent" is an attack by X. */
export const WEAPON_NOUNS = new Set(['agent', 'weapon', 'weapons', 'poison', 'nerve', 'malware', 'ransomware', 'explosives', 'bomb', 'missile', 'missiles', 'drone', 'drones']);

/** Verbs that turn an event noun into the subject's act ("imposed sanctions", "launched an attack"). */
export const LIGHT_VERBS = new Set([
  'impose', 'announce', 'slap', 'unveil', 'launch', 'carry', 'conduct', 'commit', 'mount', 'stage', 'authorize',
  'authorise', 'approve', 'order', 'adopt', 'introduce', 'extend', 'expand', 'levy', 'back', 'sponsor', 'direct',
  'perpetrate', 'orchestrate', 'execute', 'deliver', 'issue', 'sign', 'take',
]);

/** Phrases that attribute an act to the subject: "X was behind / responsible for / involved in ...". */
export const ATTRIBUTION_WORDS = new Set(['behind', 'responsible', 'involved', 'work', 'responsibility', 'culprit', 'perpetrator', 'perpetrators']);

/** Verbs of denial by lemma; the object must be an accusation or a clause. */
export const DENY_VERBS = new Set(['deny', 'reject', 'dismiss', 'refute', 'rebuff', 'disagree', 'repudiate']);

/** Nouns for an accusation or the finding behind it. */
export const ACCUSATION_NOUNS = new Set([
  'accusation', 'accusations', 'claim', 'claims', 'allegation', 'allegations', 'charge', 'charges', 'findings',
  'finding', 'conclusion', 'conclusions', 'insinuations', 'assertion', 'assertions', 'report', 'reports', 'decision',
  'involvement', 'role', 'part', 'responsibility', 'wrongdoing', 'link', 'links', 'suggestion', 'suggestions',
]);

/** Words that call a claim false: "baseless", "groundless slander", "without any basis". */
export const DENIAL_CUES = new Set([
  'baseless', 'groundless', 'unfounded', 'fabricated', 'slander', 'slanders', 'lies', 'lie', 'false', 'absurd',
  'nonsense', 'fabrication', 'fabrications', 'smear', 'ridiculous', 'unsubstantiated', 'contrived', 'basis',
]);

/** Verbs that report speech: their subject is the source of the claim. */
export const SPEECH_VERBS = new Set([
  'say', 'tell', 'announce', 'add', 'state', 'claim', 'conclude', 'describe', 'believe', 'allege', 'report',
  'write', 'insist', 'confirm', 'assert', 'declare', 'reply', 'warn', 'acknowledge', 'note',
]);

/** Verbs by which the subject accuses the object ("London blamed Beijing for ..."). */
export const ACCUSE_VERBS = new Set(['accuse', 'blame', 'charge', 'indict', 'attribute']);
