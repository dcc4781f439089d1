// What the NLP sidecar (scripts/nlp, Stanford CoreNLP) returns for a text, and
// the interface the extractor is handed to get it. The JSON is validated with
// zod where it enters (the sidecar client, recorded fixtures); the extractor
// sees only these types.
import { z } from 'zod';

/** One token; `begin`/`end` are UTF-16 offsets into the annotated text (JavaScript's own units). */
export const NlpTokenSchema = z.object({
  word: z.string(),
  begin: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Penn Treebank tag (NNP, VBD, ...). */
  pos: z.string(),
  lemma: z.string(),
  /** CoreNLP's coarse entity class: PERSON, ORGANIZATION, LOCATION, MISC, DATE, ... or 'O'. */
  ner: z.string(),
  /** Normalised value of a DATE/NUMBER token, when CoreNLP gives one. */
  normalized: z.string().optional(),
});

/** [relation, governor, dependent]: 1-based token indexes, 0 is the root (UD relations, `obl:on`, `conj:and` ...). */
export const NlpDependencySchema = z.tuple([z.string(), z.number().int().nonnegative(), z.number().int().nonnegative()]);

export const NlpSentenceSchema = z.object({
  tokens: z.array(NlpTokenSchema),
  /** Basic UD dependencies: a tree. */
  basic: z.array(NlpDependencySchema),
  /** Enhanced++ UD dependencies: a graph (propagated conjuncts, relative pronouns resolved, case-marked relations). */
  enhanced: z.array(NlpDependencySchema),
});

export const AnnotationSchema = z.object({ sentences: z.array(NlpSentenceSchema) });

export type NlpToken = z.infer<typeof NlpTokenSchema>;
export type NlpDependency = z.infer<typeof NlpDependencySchema>;
export type NlpSentence = z.infer<typeof NlpSentenceSchema>;
export type Annotation = z.infer<typeof AnnotationSchema>;

/** Gives the parse of a text. The sidecar client implements it; unit tests use recorded parses. */
export interface Annotator {
  annotate(text: string): Promise<Annotation>;
}
