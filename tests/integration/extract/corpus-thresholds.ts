// What the corpus test (corpus.test.ts) demands of the extractor. A ratchet:
// the figures main reaches, never lower — raise them when the extractor gets
// better (measured minus 0.01, against rounding on another machine), never
// lower them to make a change pass.
export const CORPUS_THRESHOLDS = Object.freeze({
  /** Macro F1 over dev/ (25 articles). */
  devMacroF1: 0.613,
  /** Macro F1 over check/ (10 held-out articles). */
  checkMacroF1: 0.523,
  /** Most `not`-list readings (traps) extracted over dev/ and check/ together. */
  maxTraps: 0,
});
