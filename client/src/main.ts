// The explorer's entry: fetches the graph from the API and draws it.
import cytoscape from 'cytoscape';
import type { GraphResponse } from '../../server/api/contract.ts';
import { request } from './api/http.ts';
import { graphStyle } from './graph/style.ts';

const status = document.getElementById('status');
const container = document.getElementById('cy');

async function start(): Promise<void> {
  if (!container || !status) return;
  const cy = cytoscape({ container, style: graphStyle(), wheelSensitivity: 0.3 });
  // NOTE: exposed for end-to-end tests and power users in the console.
  (window as unknown as { cy: cytoscape.Core }).cy = cy;
  const res = await request<GraphResponse>('/graph');
  if (!res.ok) {
    status.textContent = `Could not load the graph: ${res.error.message}`;
    return;
  }
  cy.add(res.data.elements.map((e) => ({ group: e.group, data: { ...e.data } })));
  cy.layout({ name: 'cose', animate: false }).run();
  const nodes = cy.nodes().length;
  const edges = cy.edges().length;
  status.textContent = nodes === 0 ? 'The graph is empty: load an article.' : `${nodes} actors, ${edges} edges${res.data.truncated ? ' (capped)' : ''}`;
  document.body.dataset['ready'] = 'true';
}

void start();
