// Word classes the event frames refer to, by lemma (lower case).

/** Nouns of sanctions and the measures that count as sanctions. */
export const SANCTION_NOUNS = [
  'sanction', 'sanctions', 'ban', 'travel ban', 'visa ban', 'entry ban', 'freeze', 'asset freeze', 'embargo',
  'arms embargo', 'penalty', 'restriction', 'measure', 'countermeasure', 'blacklist', 'blacklisting', 'designation',
  'listing', 'tariff', 'boycott',
];

/** Nouns of attacks: cyber, kinetic, poisoning, sabotage. */
export const ATTACK_NOUNS = [
  'attack', 'cyberattack', 'cyber-attack', 'hack', 'hacking', 'breach', 'intrusion', 'compromise', 'poisoning',
  'assassination', 'murder', 'killing', 'bombing', 'bombardment', 'explosion', 'blast', 'strike', 'airstrike',
  'air strike', 'missile strike', 'drone strike', 'sabotage', 'invasion', 'incursion', 'raid', 'shelling', 'shooting',
  'ambush', 'assault', 'offensive', 'operation', 'campaign', 'barrage', 'salvo', 'onslaught', 'incident',
  'cyberespionage', 'espionage', 'reconnaissance', 'defacement', 'ransomware', 'malware', 'wiper', 'ddos',
  'downing', 'shootdown', 'destruction', 'hijacking', 'abduction', 'kidnapping', 'plot', 'execution', 'massacre',
  'disruption', 'act', 'aggression', 'activity',
  'bombings', 'attacks',
];

/** Event nouns that are an attack only with a qualifying word before them ("cyber operation", "military campaign"). */
export const QUALIFIED_ATTACK_NOUNS: Readonly<Record<string, readonly string[]>> = {
  operation: ['cyber', 'hacking', 'military', 'covert', 'sabotage', 'offensive', 'malicious', 'special', 'intelligence', 'influence'],
  campaign: ['hacking', 'cyber', 'bombing', 'sabotage', 'air', 'military', 'espionage', 'malicious', 'phishing', 'disinformation', 'ransomware'],
  reconnaissance: ['online', 'cyber'],
  incident: ['cyber', 'security'],
  act: ['cyber', 'sabotage', 'terrorist', 'aggression', 'war', 'hostile'],
  plot: ['assassination', 'murder', 'bomb', 'kill'],
  measure: ['economic', 'punitive', 'restrictive', 'retaliatory', 'sanction', 'sanctions', 'financial', 'trade', 'counter', 'countermeasure', 'coercive'],
  restriction: ['travel', 'visa', 'trade', 'export', 'import', 'financial', 'economic', 'entry'],
  penalty: ['economic', 'financial'],
  listing: ['sanction', 'sanctions'],
  activity: ['cyber', 'malicious', 'hacking', 'hostile', 'cyber-enabled'],
};

/** Nouns of expulsions and broken relations. */
export const EXPULSION_NOUNS = ['expulsion', 'expulsions', 'ouster', 'deportation'];

/** Objects of "sever / cut / break off / suspend": diplomatic ties. */
export const TIES_NOUNS = ['tie', 'ties', 'relation', 'relations', 'relationship', 'contact'];

/** Nouns for an accusation, the finding behind it, or the act denied. */
export const ACCUSATION_NOUNS = [
  'accusation', 'allegation', 'claim', 'charge', 'finding', 'conclusion', 'insinuation', 'assertion', 'report',
  'suggestion', 'version', 'account', 'narrative', 'attribution', 'assessment', 'evidence', 'statement', 'case',
  'involvement', 'role', 'responsibility', 'wrongdoing', 'link', 'links', 'part', 'complicity', 'participation',
  'blame', 'speculation', 'rumour', 'rumor', 'story', 'assertions', 'accusations', 'allegations', 'claims',
  'charges', 'warning', 'suspicion', 'it', 'this', 'that', 'them', 'imputation', 'slur', 'smear', 'libel', 'slander',
  'calumny', 'talk', 'theory', 'portrayal', 'characterisation', 'characterization', 'interpretation', 'depiction',
  'assumption', 'conclusions', 'findings', 'reports', 'indictment', 'complaint', 'verdict', 'ruling',
];

/** Objects of "deny / reject" that are never accusations: refusals of a request or a right. */
export const REFUSAL_OBJECTS = [
  'visa', 'entry', 'access', 'care', 'request', 'offer', 'proposal', 'bail', 'permission', 'application', 'asylum',
  'appeal', 'treatment', 'invitation', 'plea', 'demand', 'call', 'bid', 'motion', 'resolution', 'deal', 'plan',
  'help', 'aid', 'right', 'service', 'landing', 'passage', 'extradition', 'inquiry', 'investigation', 'probe',
];

/** Words that call a claim false: "baseless", "groundless slander". */
export const FALSEHOOD_WORDS = [
  'baseless', 'groundless', 'unfounded', 'fabricated', 'false', 'absurd', 'nonsense', 'fabrication', 'slander', 'lie',
  'lies', 'smear', 'ridiculous', 'unsubstantiated', 'contrived', 'untrue', 'fiction', 'fake', 'hysteria', 'propaganda',
  'disinformation', 'provocation', 'libel', 'slanderous', 'malicious', 'preposterous', 'laughable', 'speculative',
  'unacceptable', 'rubbish', 'fantasy', 'invention', 'farce', 'politically motivated', 'motivated', 'stupid',
  'irresponsible', 'groundlessly', 'incorrect', 'wrong', 'distortion', 'slanders', 'hoax', 'paranoia',
];

/** Nouns of harm done to someone ("the killing of X", "X's detention"): X is the victim of that act, not a party to the event around it. */
export const HARM_NOUNS = new Set([
  'killing', 'murder', 'death', 'poisoning', 'assassination', 'abuse', 'torture', 'arrest', 'detention',
  'imprisonment', 'jailing', 'disappearance', 'persecution', 'repression', 'execution', 'kidnapping', 'abduction',
  'mistreatment', 'treatment', 'beating', 'harassment', 'surveillance', 'dismemberment', 'shooting', 'wounding',
]);
