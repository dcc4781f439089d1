// Words that make a trigger not an event: negation, modality, intention,
// condition, proposal. Looked for between the start of the trigger's clause
// and the trigger itself.

export const NEGATORS = new Set(['not', "n't", 'never', 'no', 'none', 'neither', 'nor', 'without']);

export const MODALS = new Set(['will', 'would', 'could', 'may', 'might', 'should', 'shall', 'can', 'must', "'ll", 'wo']);

/** Lemmas of verbs and nouns of intention, threat, proposal and request. */
export const IRREALIS = new Set([
  'plan', 'vow', 'threaten', 'threat', 'urge', 'propose', 'consider', 'seek', 'want', 'intend', 'aim', 'ready',
  'prepare', 'prepared', 'pledge', 'promise', 'reserve', 'ask', 'demand', 'suggest', 'weigh', 'mull',
  'contemplate', 'discuss', 'warn', 'decline', 'refuse', 'fail', 'stop', 'hope', 'expect', 'set', 'try', 'attempt',
  'push', 'press', 'lobby', 'question', 'deny', 'reject', 'dismiss', 'whether', 'if', 'unless', 'once', 'possible',
  'potential', 'likely', 'unlikely', 'rumour', 'rumor', 'speculation',
]);

/** Hedges that make a claim an allegation rather than a statement. */
export const HEDGES = new Set([
  'allegedly', 'suspected', 'suspicion', 'reportedly', 'believed', 'believe', 'likely', 'probably', 'certainly',
  'accused', 'accuse', 'blame', 'blamed', 'attributed', 'assessed', 'concluded', 'conclude', 'behind', 'responsible',
]);
