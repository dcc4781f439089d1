// Word classes the actor finder relies on: what heads a government body or a
// company name, which words are titles of office, which nouns denote people or
// things an actor owns. Lower case unless noted.

/** Last word of a capitalised government-body name ("Foreign Ministry", "Trade Commission"). */
export const BODY_HEADS = new Set([
  'ministry', 'department', 'office', 'agency', 'bureau', 'service', 'services', 'directorate', 'council',
  'commission', 'committee', 'parliament', 'assembly', 'congress', 'senate', 'police', 'embassy', 'consulate',
  'command', 'guard', 'army', 'navy', 'force', 'forces', 'court', 'cabinet', 'centre', 'center', 'authority',
  'administration', 'treasury', 'intelligence', 'prosecutor', 'prosecutors', 'house', 'chamber', 'unit', 'legislature',
]);

/** First word of an "X of Y" body name ("Ministry of Intelligence and Security", "House of Commons"). */
export const BODY_OF_HEADS = new Set(['ministry', 'department', 'office', 'bureau', 'directorate', 'house', 'chamber', 'council', 'committee', 'commission', 'police', 'agency']);

/** Words that make a capitalised name an organisation rather than a person. */
export const COMPANY_WORDS = new Set([
  'company', 'corporation', 'corp', 'co', 'ltd', 'inc', 'llc', 'plc', 'gmbh', 'bank', 'entertainment', 'pictures',
  'studios', 'technologies', 'technology', 'systems', 'airlines', 'holdings', 'party', 'foundation', 'institute',
  'university', 'group', 'media', 'agence', 'press', 'presse', 'news', 'times', 'post', 'journal', 'network', 'trust', 'fund',
]);

/** Capitalised words that never start or make up a person's name. */
export const NOT_NAME_WORDS = new Set([
  'the', 'a', 'an', 'former', 'acting', 'deputy', 'ex', 'late', 'then', 'new', 'union', 'republic', 'kingdom',
  'region', 'province', 'city', 'island', 'islands', 'street', 'road', 'square', 'cathedral', 'airport', 'station',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'christmas', 'easter',
  'conservative', 'labour', 'liberal', 'democrat', 'democrats', 'republican', 'republicans', 'communist',
  'socialist', 'green', 'today', 'in', 'on', 'at', 'for', 'under', 'since', 'after', 'before', 'some', 'many',
  'several', 'both', 'all', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'he', 'she',
  'it', 'they', 'we', 'i', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'these', 'those', 'if', 'but',
  'and', 'or', 'as', 'when', 'while', 'according', 'last', 'next', 'editor', 'north', 'south', 'east', 'west',
  'should', 'could', 'will', 'would', 'can', 'did', 'does', 'has', 'had', 'have', 'was', 'were', 'is',
  'are', 'investigators', 'prosecutors', 'officials', 'hackers', 'police', 'minister', 'president', 'secretary',
  'state', 'world', 'war', 'mr', 'mrs', 'ms', 'dr', 'sir', 'dame',
]);

/** Titles of office, longest first within each group when matched; lower case, space-separated. */
export const TITLES: readonly string[] = [
  'deputy prime minister', 'prime minister', 'foreign minister', 'foreign secretary', 'home secretary',
  'defence minister', 'defense minister', 'defence secretary', 'defense secretary', 'interior minister',
  'industry minister', 'finance minister', 'justice minister', 'secretary of state', 'treasury secretary',
  'attorney general', 'national security adviser', 'press secretary', 'minister of intelligence', 'minister',
  'president', 'vice president', 'chancellor', 'premier', 'king', 'queen', 'emperor', 'secretary', 'ambassador',
  'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'senator', 'sen.', 'rep.', 'governor', 'mayor', 'general',
  'gen.', 'colonel', 'col.', 'admiral', 'director', 'chief', 'leader', 'chairman', 'chairwoman', 'head',
  'commander', 'sir', 'dame', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'judge', 'lord', 'lady',
];

/** Titles that make their holder speak for a body or state rather than lead it. */
export const SPOKESPERSON_TITLES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'press secretary', 'ambassador', 'envoy']);

/** Nouns for people acting for, or belonging to, a state or body ("Russian diplomats"). */
export const PEOPLE_NOUNS = new Set([
  'diplomats', 'diplomat', 'officials', 'official', 'staff', 'staffers', 'employees', 'envoys', 'envoy', 'officers',
  'nationals', 'citizens', 'personnel', 'spies', 'agents', 'men', 'women', 'people', 'individuals', 'members',
  'operatives', 'representatives', 'workers', 'ambassador', 'attaches', 'attachés', 'chiefs', 'leaders', 'commanders',
  'heads', 'colonel', 'colonels', 'generals',
]);

/** People whose expulsion is a diplomatic expulsion of their state. */
export const DIPLOMATIC_PEOPLE = new Set([
  'diplomats', 'diplomat', 'officials', 'staff', 'staffers', 'employees', 'envoys', 'envoy', 'officers', 'nationals',
  'personnel', 'spies', 'agents', 'representatives', 'ambassador', 'attaches', 'attachés', 'citizens',
]);

/** Nouns of things an actor owns, through which it is attacked ("Estonian government computer systems"). */
export const THING_NOUNS = new Set([
  'systems', 'system', 'networks', 'network', 'infrastructure', 'websites', 'website', 'computers', 'servers',
  'accounts', 'data', 'facilities', 'facility', 'depot', 'base', 'bases', 'ships', 'vessels', 'pipeline', 'grid',
  'services', 'sites', 'site', 'institutions', 'databases',
]);

/** Nouns for attackers acting for a sponsor ("hackers sponsored by X", "X state-backed actors"). */
export const ATTACKER_NOUNS = new Set(['attackers', 'hackers', 'actors', 'group', 'groups', 'proxies', 'operatives', 'agents', 'unit', 'team', 'spies', 'officers', 'members', 'cell']);

/** Compound adjectives that mark an actor as a sponsor ("China-linked", "state-backed"). */
export const SPONSOR_ADJECTIVES = /^(?:state-?)?(?:sponsored|backed|linked|affiliated|aligned|funded|directed|controlled)(?![a-z])/;

/** Collective nouns that stand for a country's government ("Estonian authorities"). */
export const GOVERNMENT_NOUNS = new Set(['government', 'authorities', 'administration', 'regime', 'leadership', 'state']);

/** Lower-case body phrases after an owner ("Russia's military intelligence service", "Czech police"). */
export const LOWER_BODY_HEADS = new Set([
  'ministry', 'embassy', 'consulate', 'mission', 'police', 'intelligence', 'military', 'army', 'navy', 'parliament',
  'foreign ministry', 'defence ministry', 'defense ministry', 'interior ministry', 'security service', 'intelligence service',
  'intelligence agency', 'treasury', 'coast guard', 'air force', 'armed forces', 'special forces', 'navy',
]);

/** Modifiers inside a lower-case body phrase, dropped from its identity key. */
export const BODY_MODIFIERS = new Set(['main', 'primary', 'chief', 'top', 'civilian', 'national', 'state', 'domestic', 'signals', 'federal']);

/** Generic tails dropped from a body key ("intelligence service" ~ "intelligence agency"). */
export const BODY_TAILS = new Set(['service', 'agency', 'organisation', 'organization', 'directorate']);

/** Nouns for legislators that stand for their parliament ("British parliamentarians"). */
export const LEGISLATOR_NOUNS = new Set(['parliamentarians', 'mps', 'lawmakers', 'legislators', 'parliament', 'lawmaker', 'mp']);

/** Document nouns whose author speaks through them ("the EU notice says"). */
export const DOCUMENT_NOUNS = new Set(['statement', 'notice', 'report', 'indictment', 'complaint', 'filing', 'findings', 'conclusion', 'assessment', 'announcement', 'decision', 'order']);
