// Shows one claim on the canvas (a claim found by the search box, a sentence
// clicked in the reader): draws its two actors and its edge when they are not
// drawn, as ONE undoable step, then selects the edge and shows its details.
import type { EdgeSingular, NodeSingular } from 'cytoscape';
import type { GraphElement } from '../../../server/api/contract.ts';
import type { AppContext } from './app-context.ts';
import { status } from './toast.ts';

export interface ClaimToReveal {
  /** Neo4j elementId of the claim's relationship (a claim id of the canvas). */
  readonly elementId: string;
  /** Its two actors and the relationship, as the API returns them. */
  readonly elements: readonly GraphElement[];
  /** "Iran → ATTACKED → Albania", for the undo step and the status line. */
  readonly label: string;
}

/** The drawn edge that stands for a claim, if any. */
export function edgeOfClaim(app: AppContext, elementId: string): EdgeSingular | null {
  const e = app.cy.edges().filter((x) => ((x.data('claims') as string[] | undefined) ?? []).includes(elementId));
  return e.nonempty() ? (e.first() as EdgeSingular) : null;
}

/** Puts new actors beside the drawn end of the claim, or mid-view when neither end was drawn. */
function place(app: AppContext, fresh: readonly NodeSingular[], edge: EdgeSingular): void {
  const ext = app.cy.extent();
  const freshIds = new Set(fresh.map((n) => n.id()));
  const old = edge.connectedNodes().filter((n) => !freshIds.has(n.id()));
  const c = old.nonempty() ? old.nodes().first().position() : { x: (ext.x1 + ext.x2) / 2, y: (ext.y1 + ext.y2) / 2 };
  fresh.forEach((n, i) => n.position({ x: c.x + (old.nonempty() ? 120 : i * 160 - 80), y: c.y + (old.nonempty() ? -60 : 0) }));
}

export async function revealClaim(app: AppContext, claim: ClaimToReveal): Promise<EdgeSingular | null> {
  const { cy } = app;
  let edge = edgeOfClaim(app, claim.elementId);
  if (!edge || edge.hasClass('hidden') || edge.connectedNodes().nodes('.hidden').nonempty()) {
    await app.canvas.change(`Add ${claim.label}`, () => {
      const fresh = app.canvas.add(claim.elements).nodes().toArray();
      edge = edgeOfClaim(app, claim.elementId);
      if (edge) place(app, fresh, edge);
    });
  }
  if (!edge) {
    status(`The claim ${claim.label} is no longer in the graph.`);
    return null;
  }
  cy.elements(':selected').unselect();
  cy.elements('.found').removeClass('found');
  edge.select();
  if (edge.hasClass('filtered')) status(`${claim.label} is outside the filters: it is selected but not drawn.`);
  cy.animate({ center: { eles: edge.connectedNodes() }, zoom: Math.max(cy.zoom(), 1) }, { duration: 300 });
  app.showDetails(edge);
  app.syncUrl();
  return edge;
}
