// Corrections of the graph: make one (merge, split, rename, kind, reject,
// add), undo one, list those of an actor or an article. Writes carry the
// token when there is one (send does).
import type { Correction, CorrectionInput } from '../../../server/api/contract.ts';
import { queryString, request, send, type Result } from './http.ts';

/** What the client sends: the schema's input, with the optional parts optional. */
export type CorrectionRequest = { [K in CorrectionInput['kind']]: MakeOptional<Extract<CorrectionInput, { kind: K }>> }[CorrectionInput['kind']];

type MakeOptional<T> = Omit<T, 'reason' | 'when'> & Partial<Pick<T, Extract<keyof T, 'reason' | 'when'>>>;

export interface CorrectionFilter {
  readonly actor?: string;
  readonly article?: string;
  /** Only those in force (not undone). */
  readonly active?: boolean;
}

export function createCorrection(input: CorrectionRequest): Promise<Result<Correction>> {
  return send('POST', '/corrections', input);
}

export function undoCorrection(id: string, reason?: string): Promise<Result<Correction>> {
  return send('POST', `/corrections/${encodeURIComponent(id)}/undo`, reason ? { reason } : {});
}

// NOTE: the contract has the list's schema but exports no type for it.
export interface CorrectionList {
  readonly corrections: readonly Correction[];
}

export function listCorrections(f: CorrectionFilter): Promise<Result<CorrectionList>> {
  return request(`/corrections${queryString({ actor: f.actor, article: f.article, active: f.active ? 'true' : undefined })}`);
}
