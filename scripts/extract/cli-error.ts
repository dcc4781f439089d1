// One line for an error a CLI reports: the NLP error's code when it has one.
import { NlpError } from '../../server/nlp/nlp-error.ts';

export const describeCliError = (e: unknown): string => (e instanceof NlpError ? `${e.code}: ${e.message}` : e instanceof Error ? e.message : String(e));
