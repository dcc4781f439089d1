// Graph reads: the first view, one actor, its neighbours, paths and search.
import type {
  ActorResponse,
  GraphResponse,
  NeighbourCountsResponse,
  NeighboursResponse,
  PathsResponse,
  SearchResponse,
} from '../../../server/api/contract.ts';
import { config } from '../config.ts';
import { queryString, request, type Result } from './http.ts';

export interface GraphParams {
  readonly types?: readonly string[];
  readonly kinds?: readonly string[];
  readonly article?: string;
  readonly limit?: number;
}

const csv = (xs: readonly string[] | undefined): string | undefined => (xs && xs.length > 0 ? xs.join(',') : undefined);

export function fetchGraph(p: GraphParams = {}): Promise<Result<GraphResponse>> {
  return request(`/graph${queryString({ types: csv(p.types), kinds: csv(p.kinds), article: p.article, limit: p.limit ?? config.graphLimit })}`);
}

export function fetchActor(key: string): Promise<Result<ActorResponse>> {
  return request(`/actors/${encodeURIComponent(key)}`);
}

/** Which neighbours an Expand asks for: relation types (none: all) and direction seen from the actor. */
export interface NeighbourChoice {
  readonly types?: readonly string[];
  readonly direction?: 'out' | 'in' | 'both';
}

export function fetchNeighbours(key: string, skip = 0, limit: number = config.neighbourPage, choice: NeighbourChoice = {}): Promise<Result<NeighboursResponse>> {
  return request(`/actors/${encodeURIComponent(key)}/neighbours${queryString({ skip, limit, types: csv(choice.types), direction: choice.direction })}`);
}

export function fetchNeighbourCounts(key: string): Promise<Result<NeighbourCountsResponse>> {
  return request(`/actors/${encodeURIComponent(key)}/neighbour-counts`);
}

export function fetchPaths(from: string, to: string): Promise<Result<PathsResponse>> {
  return request(`/paths${queryString({ from, to })}`);
}

export function searchActors(q: string, limit: number = config.searchLimit, signal?: AbortSignal): Promise<Result<SearchResponse>> {
  return request(`/search${queryString({ q, limit })}`, signal ? { signal } : undefined);
}

/** Actors by name and, up to `claims`, claims by their sentence (one request, for the search box). */
export function searchActorsAndClaims(q: string, limit: number, claims: number, signal?: AbortSignal): Promise<Result<SearchResponse>> {
  return request(`/search${queryString({ q, limit, claims })}`, signal ? { signal } : undefined);
}
