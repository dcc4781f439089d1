// Everything the explorer has fetched: actors and claims by elementId. The
// canvas draws a subset of it; undo and the details panel read from here, so
// a removed element can come back without another request.
import type { GraphElement } from '../../../server/api/contract.ts';
import { mergeClaims } from './edge-merge.ts';
import { actorData, claimData, type ActorData, type ClaimData, type MergedEdgeData } from './elements.ts';

export interface Absorbed {
  readonly nodes: readonly ActorData[];
  readonly claims: readonly ClaimData[];
}

export class ModelStore {
  private readonly actors = new Map<string, ActorData>();
  private readonly claimMap = new Map<string, ClaimData>();

  /** Takes elements into the model; returns them as model data (new or not). */
  absorb(elements: readonly GraphElement[]): Absorbed {
    const nodes: ActorData[] = [];
    const claims: ClaimData[] = [];
    for (const e of elements) {
      if (e.group === 'nodes') {
        const a = actorData(e);
        this.actors.set(a.id, a);
        nodes.push(a);
      } else {
        const c = claimData(e);
        this.claimMap.set(c.id, c);
        claims.push(c);
      }
    }
    return { nodes, claims };
  }

  addActor(a: ActorData): void {
    this.actors.set(a.id, a);
  }

  /** Forgets actors and claims that no longer exist on the server (a correction removed them). */
  forget(ids: Iterable<string>): void {
    for (const id of ids) {
      this.actors.delete(id);
      this.claimMap.delete(id);
    }
  }

  actor(id: string): ActorData | undefined {
    return this.actors.get(id);
  }

  claim(id: string): ClaimData | undefined {
    return this.claimMap.get(id);
  }

  claimsOf(ids: readonly string[]): ClaimData[] {
    return ids.map((id) => this.claimMap.get(id)).filter((c): c is ClaimData => c !== undefined);
  }

  allClaims(): IterableIterator<ClaimData> {
    return this.claimMap.values();
  }

  actorByKey(key: string): ActorData | undefined {
    for (const a of this.actors.values()) if (a.key === key) return a;
    return undefined;
  }

  /** Merged edges of claims whose ends are both among `present` node ids. */
  mergedAmong(claims: readonly ClaimData[], present: (id: string) => boolean): MergedEdgeData[] {
    return mergeClaims(claims.filter((c) => present(c.source) && present(c.target)));
  }
}
