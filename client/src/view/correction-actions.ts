// Making and undoing corrections from the explorer: the request, then the
// graph redrawn where the correction changed it (the actors it names, with
// their current names and kinds and their claims to what is drawn; actors
// merged away removed, split-off ones added), the article counts refreshed
// and a message. Callers show the error in their panel.
import type { NodeSingular } from 'cytoscape';
import type { ActorSummary, Correction, GraphElement } from '../../../server/api/contract.ts';
import { createCorrection, undoCorrection, type CorrectionRequest } from '../api/corrections.ts';
import { fetchActor, fetchNeighbours } from '../api/graph.ts';
import type { Result } from '../api/http.ts';
import type { AppContext } from './app-context.ts';
import { describeCorrection, KIND_LABEL, type ActorNamer } from './correction-text.ts';
import { apiError, busy, status, toast } from './toast.ts';

/** Neighbours asked per changed actor when redrawing it (the API's largest page). */
const NEIGHBOUR_PAGE = 500;

const selfElement = (a: ActorSummary): GraphElement => ({
  group: 'nodes',
  data: { id: a.elementId, key: a.id, label: a.name, name: a.name, kind: a.kind, aliases: [...a.aliases], labels: ['Actor', ...(a.kind ? [a.kind] : [])] },
});

/** The drawn node of an actor id, if any. */
export function nodeOfActor(app: AppContext, actorId: string): NodeSingular | null {
  return app.cy.nodes().toArray().find((n) => n.data('key') === actorId) ?? null;
}

/** Redraws the actors a correction names, as the server has them now. */
async function redrawFor(app: AppContext, c: Correction): Promise<void> {
  const looked = await Promise.all(c.actors.map(async (id) => ({ id, res: await fetchActor(id) })));
  const actors = new Map<string, ActorSummary>();
  const missing = new Set<string>();
  for (const { id, res } of looked) {
    if (res.ok) {
      actors.set(res.data.actor.id, res.data.actor);
      // An id merged away answers with the actor it was merged into.
      if (res.data.actor.id !== id) missing.add(id);
    } else if (res.error.code === 'NOT_FOUND') missing.add(id);
    else apiError(`Could not redraw ${id}`, res.error);
  }
  const pages = await Promise.all([...actors.keys()].map((id) => fetchNeighbours(id, 0, NEIGHBOUR_PAGE)));
  const changed = new Set([...actors.values()].map((a) => a.elementId));
  // Only what is drawn, and the changed actors: a correction should not flood the view.
  const drawn = (id: string): boolean => changed.has(id) || app.cy.getElementById(id).nonempty();
  const elements: GraphElement[] = [...actors.values()].map(selfElement);
  for (const p of pages) {
    if (!p.ok) {
      apiError('Could not redraw the claims', p.error);
      continue;
    }
    for (const e of p.data.elements) if (e.group === 'nodes' ? drawn(e.data.id) && !changed.has(e.data.id) : drawn(e.data.source) && drawn(e.data.target)) elements.push(e);
  }
  // Gone: drawn nodes of ids the server no longer has (merged away), or whose actor is now another node.
  const gone = app.cy
    .nodes()
    .filter((n) => {
      const key = String(n.data('key'));
      return missing.has(key) || (actors.has(key) && !changed.has(n.id()));
    })
    .map((n) => n.id());
  app.canvas.redraw([...changed], elements, gone);
  void app.articlesChanged();
  app.syncUrl();
}

/** Actor names as the canvas knows them (a correction's record holds ids). */
export const actorNamer =
  (app: AppContext): ActorNamer =>
  (id) =>
    app.canvas.model.actorByKey(id)?.label;

/** Makes a correction and redraws what it changed; the error, if any, is the caller's to show. */
export async function makeCorrection(app: AppContext, input: CorrectionRequest): Promise<Result<Correction>> {
  const r = await busy(`${KIND_LABEL[input.kind]}: saving`, () => createCorrection(input));
  if (!r.ok) return r;
  // NOTE: described before the redraw, while a merged-away actor is still drawn and has its name.
  const what = `${describeCorrection(r.data, actorNamer(app))}.`;
  await redrawFor(app, r.data);
  status(what);
  toast(what, 'success');
  return r;
}

/** Undoes a correction (a rejected claim is restored) and redraws what it changed. */
export async function revertCorrection(app: AppContext, c: Correction, reason?: string): Promise<Result<Correction>> {
  const described = describeCorrection(c, actorNamer(app));
  const r = await busy(`Undoing: ${described}`, () => undoCorrection(c.id, reason));
  if (!r.ok) return r;
  await redrawFor(app, r.data);
  const what = `${c.kind === 'reject' ? 'Restored' : 'Undid'}: ${described}.`;
  status(what);
  toast(what, 'success');
  return r;
}
