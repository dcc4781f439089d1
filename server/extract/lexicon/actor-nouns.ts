// Common nouns that tell what an actor phrase denotes, by lemma (lower case).
// Read each set as the phrases it covers: "the Iranian government" is the
// state, "Russian diplomats" are the state's people, "the Czech police" is a
// body of the state, "Albanian government computer systems" are things the
// state owns.

/** A state's government itself: "<Country's> government", "the <Demonym> authorities". */
export const GOVERNMENT_NOUNS = new Set(['government', 'authority', 'authorities', 'administration', 'regime', 'leadership', 'state', 'cabinet', 'side', 'junta', 'rulers']);

/** Legislators, who stand for their parliament: "British parliamentarians", "U.S. lawmakers". */
export const LEGISLATOR_NOUNS = new Set(['parliamentarian', 'mp', 'mps', 'lawmaker', 'legislator', 'deputy', 'senator', 'congressman', 'congresswoman']);

/**
 * People who act for a state or body: "<Demonym> officials" are the state,
 * "MOIS officials" the body. Other people and firms ("a Chinese company",
 * "two men") stand for nobody.
 */
export const STATE_PEOPLE_NOUNS = new Set([
  'diplomat', 'official', 'staff', 'staffer', 'employee', 'envoy', 'officer', 'personnel', 'spy', 'agent', 'representative',
  'ambassador', 'attache', 'attaché', 'leader', 'leadership', 'minister', 'general', 'commander', 'elite', 'authority',
  'negotiator', 'delegation', 'delegate', 'consul', 'spokesman', 'spokeswoman', 'spokesperson', 'investigator', 'prosecutor',
  'intelligence', 'operative', 'member', 'national', 'citizen', 'insider',
  // NOTE: "declared the Austrian ambassador persona non grata" often parses as one noun phrase headed by "persona".
  'persona',
]);

/** People acting for, or belonging to, a state or body: "<Demonym> diplomats". */
export const PEOPLE_NOUNS = new Set([
  'diplomat', 'official', 'staff', 'staffer', 'employee', 'envoy', 'officer', 'national', 'citizen', 'personnel',
  'spy', 'agent', 'representative', 'ambassador', 'attache', 'attaché', 'individual', 'people', 'person', 'man',
  'woman', 'member', 'operative', 'leader', 'politician', 'lawmaker', 'legislator', 'minister', 'general', 'commander',
  'businessman', 'oligarch', 'billionaire', 'figure', 'entity', 'organization', 'organisation', 'company', 'firm',
  'bank', 'institution', 'target', 'elite', 'insider', 'family', 'associate', 'executive', 'judge', 'prosecutor',
  'senator', 'journalist', 'worker',
]);

/** A state's armed forces: "<Demonym> forces / troops / military / army". */
export const MILITARY_NOUNS = new Set(['force', 'forces', 'troop', 'troops', 'military', 'army', 'soldier', 'navy', 'air force', 'armed forces', 'militaries']);

/** Weapons and platforms through which a state attacks: "Russian missiles hit ...". */
export const WEAPON_NOUNS = new Set([
  'missile', 'drone', 'jet', 'warplane', 'aircraft', 'plane', 'bomber', 'fighter', 'rocket', 'artillery', 'tank',
  'warship', 'ship', 'submarine', 'helicopter', 'gunboat', 'airstrike', 'strike', 'shell', 'bomb', 'munition',
  'hacker', 'attacker', 'operator', 'agent', 'commando', 'sniper', 'battery', 'actor', 'proxy', 'f-35', 'f-16',
  'interceptor', 'team', 'squad', 'cell', 'fire', 'gunfire', 'shelling', 'barrage', 'salvo', 'volley',
]);

/**
 * Nouns that head a government-body name. A phrase "<state> <modifiers> <head>"
 * ("Russia's foreign ministry", "the Czech police") is a body of that state.
 */
export const BODY_NOUNS = new Set([
  'ministry', 'department', 'office', 'agency', 'bureau', 'service', 'directorate', 'council', 'commission', 'committee',
  'parliament', 'assembly', 'congress', 'senate', 'police', 'embassy', 'consulate', 'mission', 'command', 'guard', 'court',
  'treasury', 'intelligence', 'prosecutor', 'prosecution', 'legislature', 'duma', 'navy', 'coastguard', 'corps',
  'nunciature', 'chancellery', 'presidency', 'judiciary', 'procuracy', 'inspectorate', 'secretariat', 'watchdog',
]);

/** Nouns of things an actor owns, through which it is attacked or sanctioned ("Albanian government computer systems"). */
export const THING_NOUNS = new Set([
  'system', 'network', 'infrastructure', 'website', 'site', 'computer', 'server', 'account', 'data', 'facility',
  'depot', 'base', 'ship', 'vessel', 'pipeline', 'grid', 'service', 'institution', 'database', 'email', 'mail',
  'plant', 'refinery', 'oilfield', 'field', 'installation', 'asset', 'property', 'fund', 'holding', 'interest',
  'headquarters', 'office', 'compound', 'building', 'premises', 'airport', 'port', 'station', 'position', 'target',
  'convoy', 'modem', 'satellite', 'terminal', 'tanker', 'airliner', 'flight', 'plane', 'aircraft', 'jet', 'drone',
  'bomber', 'helicopter', 'warship', 'embassy', 'consulate', 'camp', 'outpost', 'military', 'troop', 'force',
  'soldier', 'personnel', 'citizen', 'civilian', 'population', 'territory', 'soil', 'city', 'town', 'village',
  'capital', 'border', 'region', 'operation', 'election', 'communication', 'platform', 'portal', 'address', 'router',
  'device', 'phone', 'cable', 'line', 'reactor', 'utility', 'bank', 'branch', 'unit', 'division', 'subsidiary',
  'post', 'checkpoint', 'barracks', 'garrison', 'warehouse',
]);

/** Armed groups named by who they are: "<Demonym> militants", "Tarani rebels". */
export const ARMED_GROUP_NOUNS = new Set(['militant', 'militants', 'rebel', 'rebels', 'fighter', 'fighters', 'militia', 'militias', 'insurgent', 'insurgents', 'guerrilla', 'guerrillas', 'jihadist', 'jihadists', 'separatist', 'separatists', 'paramilitary', 'paramilitaries', 'gunmen', 'extremists', 'brigade', 'brigades']);

/** Cues that a named actor is an armed, criminal or hacker group. */
export const GROUP_CUES = new Set([
  'group', 'gang', 'hacker', 'hackers', 'militia', 'militant', 'militants', 'rebel', 'rebels', 'insurgent', 'insurgents',
  'movement', 'cell', 'network', 'faction', 'brigade', 'brigades', 'battalion', 'army', 'front', 'crew', 'collective',
  'syndicate', 'cartel', 'ransomware', 'actor', 'threat', 'apt', 'proxy', 'proxies', 'fighters', 'guerrillas',
  'terrorist', 'terrorists', 'organisation', 'organization', 'outfit', 'team', 'unit', 'jihadist', 'jihadists',
  'paramilitary', 'mercenary', 'mercenaries', 'activists',
]);

/** Words that make a capitalised name a company or other organisation rather than a person. */
export const COMPANY_CUES = new Set([
  'company', 'corporation', 'corp', 'co', 'ltd', 'inc', 'llc', 'plc', 'gmbh', 'sa', 'ag', 'se', 'nv', 'bv', 'spa', 'jsc',
  'pjsc', 'ojsc', 'oao', 'ooo', 'bank', 'entertainment', 'pictures', 'studios', 'studio', 'technologies', 'technology',
  'systems', 'airlines', 'airways', 'holdings', 'holding', 'group', 'industries', 'energy', 'oil', 'gas', 'petroleum',
  'pipeline', 'mining', 'trading', 'shipping', 'logistics', 'telecom', 'telecommunications', 'communications',
  'software', 'solutions', 'labs', 'media', 'foundation', 'institute', 'university', 'hospital', 'trust', 'firm',
  'manufacturer', 'maker', 'giant', 'provider', 'contractor', 'insurer', 'airline', 'carrier', 'developer',
  'distributor', 'meatpacker', 'producer', 'supplier', 'retailer', 'conglomerate', 'startup', 'lender', 'broadcaster',
  'newspaper', 'outlet',
]);

/** Corporate suffixes: a name ending in one is a company whatever else it says ("Saudi Arabian Oil Co."). */
export const CORPORATE_SUFFIXES = new Set(['co', 'corp', 'corporation', 'inc', 'ltd', 'llc', 'plc', 'gmbh', 'sa', 'ag', 'se', 'nv', 'bv', 'spa', 'jsc', 'pjsc', 'ojsc', 'company', 'limited', 'incorporated']);

/** Common nouns that describe a company in an apposition or a premodifier ("security firm Norsec"). */
export const COMPANY_NOUNS = new Set([
  'company', 'firm', 'corporation', 'business', 'manufacturer', 'maker', 'giant', 'operator', 'provider', 'contractor',
  'insurer', 'airline', 'carrier', 'developer', 'distributor', 'meatpacker', 'producer', 'supplier', 'retailer',
  'conglomerate', 'startup', 'lender', 'bank', 'broadcaster', 'newspaper', 'outlet', 'subsidiary', 'group', 'exchange',
]);

/** Common nouns that describe a person in an apposition ("Jane Roe, a former spy"). */
export const PERSON_NOUNS = new Set([
  'president', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'envoy', 'senator',
  'officer', 'official', 'journalist', 'columnist', 'spy', 'colonel', 'general', 'businessman', 'billionaire', 'tycoon',
  'oligarch', 'adviser', 'advisor', 'chief', 'director', 'commander', 'leader', 'head', 'deputy', 'lawyer', 'activist',
  'dissident', 'critic', 'widow', 'wife', 'husband', 'son', 'daughter', 'brother', 'friend', 'bodyguard', 'instructor',
  'citizen', 'national', 'man', 'woman', 'student', 'professor', 'researcher', 'analyst', 'pilot', 'priest', 'bishop',
  'cardinal', 'pope', 'king', 'queen', 'prince', 'princess', 'emir', 'sheikh', 'chairman', 'chairwoman', 'executive',
  'founder', 'owner', 'judge', 'prosecutor', 'lawmaker', 'mp', 'politician', 'candidate', 'opponent', 'rapporteur',
]);
