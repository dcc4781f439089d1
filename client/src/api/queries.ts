// Saved queries, ad-hoc Cypher and the schema facts the editor completes from.
import type {
  CreateQueryBody,
  QueryListResponse,
  QueryResult,
  SavedQuery,
  SchemaInfoResponse,
} from '../../../server/api/contract.ts';
import { request, send, type Result } from './http.ts';

export type Params = Readonly<Record<string, unknown>>;

export function listQueries(): Promise<Result<QueryListResponse>> {
  return request('/queries');
}

export function runSavedQuery(name: string, params: Params): Promise<Result<QueryResult>> {
  return send('POST', `/queries/${encodeURIComponent(name)}/run`, { params });
}

export function runCypher(query: string, params: Params): Promise<Result<QueryResult>> {
  return send('POST', '/cypher', { query, params });
}

/** A query to run: a saved one by name, or Cypher text, with parameters (the URL's and a scene's query). */
export type QueryToRun =
  | { readonly kind: 'saved'; readonly name: string; readonly params: Params }
  | { readonly kind: 'cypher'; readonly text: string; readonly params: Params };

export function runQueryOf(q: QueryToRun): Promise<Result<QueryResult>> {
  return q.kind === 'saved' ? runSavedQuery(q.name, q.params) : runCypher(q.text, q.params);
}

export function saveQuery(body: CreateQueryBody): Promise<Result<SavedQuery>> {
  return send('POST', '/queries', body);
}

export function deleteQuery(name: string): Promise<Result<{ deleted: string }>> {
  return send('DELETE', `/queries/${encodeURIComponent(name)}`);
}

export function fetchSchemaInfo(): Promise<Result<SchemaInfoResponse>> {
  return request('/schema-info');
}
