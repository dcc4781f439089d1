// The event frames: one row per construction, read aloud in `reads`. Rows are
// tried in order for each trigger and the first that matches wins, so the
// specific constructions ("hit X with sanctions") come before the general ones
// ("X hit Y"). Sources and targets are dependency roles (see frame.ts).
import type { Frame, Need, Role } from './frame.ts';
import { ATTACK_NOUNS, EXPULSION_NOUNS, SANCTION_NOUNS, TIES_NOUNS } from '../lexicon/event-words.ts';

const DOER: readonly Role[] = ['subject'];
const DONE_TO: readonly Role[] = ['object'];
/** Doers of an event noun: "Russia's attack", "the attack by Russia", "Russian strikes", "Russia launched an attack". */
const NOUN_DOER: readonly Role[] = ['poss', 'by', 'light', 'modifier'];
/** Agentless sanctions and expulsions: "the assets are blocked, the Treasury said"; "ten officials were also designated". */
const DOER_OR_SPEAKER: readonly Role[] = ['subject', 'speaker', 'previous'];

const out: Need = { particle: ['out'] };
const PNG: Need = { word: ['persona', 'grata', 'non-grata', 'unwelcome', 'undesirable'] };

const attackVerbs = [
  'attack', 'hack', 'breach', 'compromise', 'disrupt', 'bomb', 'bombard', 'shell', 'strike', 'hit', 'raid', 'invade',
  'poison', 'assassinate', 'kill', 'murder', 'sabotage', 'infiltrate', 'target', 'destroy', 'damage', 'cripple',
  'paralyse', 'paralyze', 'ambush', 'assault', 'storm', 'besiege', 'torpedo', 'sink', 'behead', 'massacre',
  'overrun', 'penetrate', 'deface', 'wipe', 'encrypt', 'abduct', 'kidnap', 'execute', 'flatten', 'pound', 'blitz',
  'down', 'intercept',
];

export const FRAMES: readonly Frame[] = [
  // ── SANCTIONED ────────────────────────────────────────────────────────────
  { type: 'SANCTIONED', reads: 'X hit Y with sanctions', pos: 'verb', lemmas: ['hit', 'slap', 'target', 'punish', 'penalize', 'penalise'], object: SANCTION_NOUNS, objectRel: 'obl:with', source: DOER, target: DONE_TO },
  { type: 'SANCTIONED', reads: 'X imposed (placed, announced, slapped) sanctions (a travel ban, an asset freeze) on Y', pos: 'verb',
    lemmas: ['impose', 'place', 'put', 'announce', 'slap', 'levy', 'introduce', 'adopt', 'extend', 'approve', 'unveil', 'apply', 'issue', 'enact', 'order', 'authorize', 'authorise', 'expand', 'reimpose', 'renew', 'tighten', 'add', 'decide', 'agree', 'sign'],
    object: SANCTION_NOUNS, source: DOER_OR_SPEAKER,
    target: ['obl:on', 'obl:against', 'obl:upon', 'object:nmod:on', 'object:nmod:against', 'object:nmod:targeting', 'object:nmod:upon'] },
  { type: 'SANCTIONED', reads: 'X froze (blocked, seized) the assets of Y / Y\'s assets / assets belonging to Y', pos: 'verb',
    lemmas: ['freeze', 'block', 'seize', 'confiscate'], object: ['asset', 'fund', 'account', 'property', 'holding', 'interest', 'reserve', 'wealth', 'money'],
    source: DOER_OR_SPEAKER, target: ['object:owner', 'obl:of'] },
  { type: 'SANCTIONED', reads: 'X sanctioned (blacklisted, designated, penalised) Y', pos: 'verb',
    lemmas: ['sanction', 'blacklist', 'designate', 'embargo', 'proscribe', 'delist'], source: DOER_OR_SPEAKER, target: DONE_TO },
  { type: 'SANCTIONED', reads: 'X banned (barred) Y from entering / travelling', pos: 'verb', lemmas: ['ban', 'bar', 'prohibit', 'blacklist'],
    needs: [{ clause: ['enter', 'entering', 'travel', 'travelling', 'traveling', 'visit', 'come', 'fly', 'access', 'do', 'conduct', 'trade', 'use'] }], source: DOER_OR_SPEAKER, target: DONE_TO },
  { type: 'SANCTIONED', reads: 'X added Y to its sanctions list (blacklist, entity list)', pos: 'verb', lemmas: ['add', 'put', 'place', 'include', 'name'],
    needs: [{ word: ['list', 'blacklist', 'sanctions', 'sanction'] }], source: DOER, target: DONE_TO },
  { type: 'SANCTIONED', reads: 'X halted (suspended, banned) arms exports (sales, deliveries) to Y', pos: 'verb',
    lemmas: ['halt', 'suspend', 'stop', 'freeze', 'ban', 'block', 'cut', 'end', 'cancel', 'restrict', 'curb', 'embargo'],
    object: ['export', 'sale', 'delivery', 'shipment', 'supply', 'approval', 'licence', 'license', 'transfer', 'trade', 'import', 'purchase'],
    source: DOER, target: ['object:nmod:to', 'obl:to', 'object:nmod:for', 'object:nmod:from'] },
  { type: 'SANCTIONED', reads: 'the sanctions (the measures) target (cover, include) Y', pos: 'verb', lemmas: ['target', 'cover', 'include', 'hit', 'affect', 'name', 'list'],
    object: SANCTION_NOUNS, objectRel: 'nsubj', source: ['poss', 'previous'], target: DONE_TO },
  { type: 'SANCTIONED', reads: 'the sanctions target Y (with "target" read as a noun: "the sanctions target")', pos: 'noun', lemmas: ['target'],
    object: SANCTION_NOUNS, objectRel: 'compound', source: ['poss', 'previous'], target: ['dep', 'obj', 'appos'] },
  { type: 'SANCTIONED', reads: 'those sanctioned (designated, targeted) include Y', pos: 'verb', lemmas: ['include', 'be'],
    object: ['those', 'people', 'individual', 'entity', 'list', 'target', 'person', 'name'], objectRel: 'nsubj', needs: [{ word: ['sanctioned', 'designated', 'targeted', 'blacklisted', 'listed', 'list', 'sanctions'] }],
    source: ['previous'], target: DONE_TO },
  { type: 'SANCTIONED', reads: 'Y is (remains) on the (sanctions) list', pos: 'noun', lemmas: ['list', 'blacklist'], needs: [{ word: ['on'] }], source: ['previous'], target: ['nsubj'] },
  { type: 'SANCTIONED', reads: 'sanctions (a travel ban, an asset freeze) by X on Y; X\'s / U.S. sanctions on Y', pos: 'noun', lemmas: SANCTION_NOUNS,
    source: NOUN_DOER, target: ['nmod:on', 'nmod:against', 'nmod:targeting', 'nmod:upon', 'nmod:to', 'obl:on', 'obl:against', 'clause', 'verb:obl:on', 'verb:obl:against'] },

  // ── EXPELLED ──────────────────────────────────────────────────────────────
  { type: 'EXPELLED', reads: 'X expelled (deported, kicked out) Y; X expelled diplomats from Y', pos: 'verb', lemmas: ['expel', 'deport', 'oust'], source: DOER_OR_SPEAKER, target: ['object', 'obl:from'] },
  { type: 'EXPELLED', reads: 'X gave Y N hours (days) to leave', pos: 'verb', lemmas: ['give', 'allow', 'grant'],
    needs: [{ clause: ['leave', 'depart', 'go', 'quit', 'exit'] }], source: DOER_OR_SPEAKER, target: ['iobj'] },
  { type: 'EXPELLED', reads: 'X ordered (told) Y out / to leave', pos: 'verb', lemmas: ['order', 'tell', 'instruct', 'ask', 'force'],
    needs: [{ clause: ['leave', 'depart', 'go', 'quit', 'exit'] }], source: DOER_OR_SPEAKER, target: DONE_TO },
  { type: 'EXPELLED', reads: 'X ordered Y out (of the country)', pos: 'verb', lemmas: ['order', 'kick', 'throw', 'send', 'boot', 'force'], needs: [out], source: DOER_OR_SPEAKER, target: DONE_TO },
  { type: 'EXPELLED', reads: 'X sent Y home (packing)', pos: 'verb', lemmas: ['send'], needs: [{ particle: ['home', 'packing'] }], source: DOER, target: DONE_TO },
  { type: 'EXPELLED', reads: 'X declared Y persona non grata (unwelcome)', pos: 'verb', lemmas: ['declare', 'name', 'designate'], needs: [PNG], source: DOER_OR_SPEAKER, target: DONE_TO },
  { type: 'EXPELLED', reads: 'X severed (cut, broke off, suspended) ties (relations) with Y', pos: 'verb',
    lemmas: ['sever', 'cut', 'break', 'suspend', 'end', 'rupture', 'freeze', 'downgrade'], object: TIES_NOUNS, source: DOER,
    target: ['obl:with', 'object:nmod:with', 'obl:to'] },
  { type: 'EXPELLED', reads: 'X announced (ordered, carried out) the expulsion of Y', pos: 'verb',
    lemmas: ['announce', 'order', 'decide', 'carry', 'approve', 'complete', 'begin', 'start', 'confirm'], object: EXPULSION_NOUNS, source: DOER, target: ['object:nmod:of', 'object:nmod:from'] },
  { type: 'EXPELLED', reads: 'the expulsion of Y by X; X\'s expulsion of Y', pos: 'noun', lemmas: EXPULSION_NOUNS,
    source: [...NOUN_DOER, 'verb:obl:agent', 'verb:obl:by'], target: ['nmod:of', 'nmod:from'] },

  // ── ATTACKED ──────────────────────────────────────────────────────────────
  { type: 'ATTACKED', reads: 'X launched (fired) missiles (drones, rockets) at Y', pos: 'verb', lemmas: ['launch', 'fire', 'lob', 'drop', 'shoot', 'send', 'direct', 'aim', 'hurl', 'deploy', 'use'],
    source: DOER, target: ['obl:at', 'obl:on', 'obl:against', 'obl:into', 'obl:toward', 'obl:towards', 'object:nmod:at', 'object:nmod:against', 'object:nmod:on'],
    object: ['missile', 'drone', 'rocket', 'bomb', 'shell', 'barrage', 'salvo', 'round', 'torpedo', 'munition', 'projectile', 'cyberattack', 'attack', 'strike', 'malware', 'ransomware', 'weapon', 'agent', 'fire'] },
  { type: 'ATTACKED', reads: 'X launched (carried out, conducted, mounted) an attack (strikes, a cyberattack) on Y', pos: 'verb',
    lemmas: ['launch', 'carry', 'conduct', 'mount', 'stage', 'commit', 'perpetrate', 'execute', 'orchestrate', 'unleash', 'wage', 'undertake', 'make', 'do', 'direct', 'plan', 'order', 'sponsor', 'back', 'claim', 'step', 'intensify', 'resume', 'continue', 'escalate', 'begin', 'start', 'announce'],
    object: ATTACK_NOUNS, source: ['subject', 'obl:from'], target: ['obl:on', 'obl:against', 'obl:at', 'object:nmod:on', 'object:nmod:against', 'object:nmod:at', 'object:nmod:targeting', 'object:nmod:of', 'object:nmod:into', 'object:nmod:in'] },
  { type: 'ATTACKED', reads: 'X shot (brought, took, knocked) down Y', pos: 'verb', lemmas: ['shoot', 'bring', 'take', 'knock', 'blow', 'gun', 'wipe', 'cut'],
    needs: [{ particle: ['down', 'out', 'up', 'off'] }], source: DOER, target: DONE_TO },
  { type: 'ATTACKED', reads: 'X gained (got) access to Y', pos: 'verb', lemmas: ['gain', 'get', 'obtain'], object: ['access', 'entry', 'control'], source: DOER, target: ['object:nmod:to', 'obl:to', 'object:nmod:into'] },
  { type: 'ATTACKED', reads: 'X stole data (secrets, emails) from Y', pos: 'verb', lemmas: ['steal', 'exfiltrate', 'siphon', 'take', 'leak'], source: DOER, target: ['obl:from', 'object:nmod:from', 'object:owner'],
    object: ['data', 'secret', 'email', 'document', 'information', 'file', 'record', 'research', 'credential', 'password', 'money', 'fund', 'intellectual property', 'property', 'trade secret', 'detail', 'million', 'billion', 'cryptocurrency', 'bitcoin', 'dollar', 'asset', 'token', 'coin'] },
  { type: 'ATTACKED', reads: 'X hacked into (broke into) Y', pos: 'verb', lemmas: ['hack', 'break', 'get'], source: DOER, target: ['obl:into'] },
  { type: 'ATTACKED', reads: 'X fired on (at) Y; X opened fire on Y', pos: 'verb', lemmas: ['fire', 'shoot', 'open'], source: DOER, target: ['obl:on', 'obl:at', 'obl:upon', 'object:nmod:on'] },
  { type: 'ATTACKED', reads: 'X attacked (struck, hit, bombed, hacked, invaded, poisoned, killed) Y', pos: 'verb', lemmas: attackVerbs, source: DOER, target: DONE_TO },
  { type: 'ATTACKED', reads: 'an attack (strike, cyberattack, invasion) by X on (against) Y; X\'s attack on Y; Russian strikes on Y', pos: 'noun', lemmas: ATTACK_NOUNS,
    source: NOUN_DOER, target: ['nmod:on', 'nmod:against', 'nmod:targeting', 'nmod:at', 'nmod:of', 'nmod:into', 'nmod:upon', 'nmod:toward', 'nmod:towards', 'clause'] },
];
