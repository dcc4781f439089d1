// The Export panel: the current view, the selection or the query result as
// PNG or SVG (drawn in the browser) or as JSON, CSV, GraphML, GEXF or a
// Cypher script (written by the server from element ids or the query).
import type { ExportBody } from '../../../server/api/contract.ts';
import { exportFile, type ServerFormat } from '../api/export.ts';
import { pictureOf } from '../graph/svg-from-cy.ts';
import { serializeSvg } from '../graph/svg-export.ts';
import type { AppContext } from './app-context.ts';
import { byId, saveBlob } from './dom.ts';
import { apiError, busy, toast } from './toast.ts';

export type Scope = 'view' | 'selection' | 'query';

const stamp = (): string => new Date().toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');

function scope(): Scope {
  const v = document.querySelector<HTMLInputElement>('input[name="export-scope"]:checked')?.value;
  return v === 'selection' || v === 'query' ? v : 'view';
}

/** The elements of a scope, for the picture formats (a query result is what the canvas shows after running it). */
function elementsOf(app: AppContext, s: Scope) {
  const shown = app.canvas.shown();
  if (s !== 'selection') return shown;
  const sel = app.cy.elements(':selected');
  return sel.union(sel.nodes().edgesWith(sel.nodes())).union(sel.edges().connectedNodes()).intersection(shown);
}

function stem(app: AppContext, s: Scope): string {
  const what = s === 'query' && app.query ? (app.query.kind === 'saved' ? app.query.name : 'cypher') : s;
  return `actorgraph-${what}-${stamp()}`;
}

async function picture(app: AppContext, s: Scope, format: 'png' | 'svg'): Promise<void> {
  const eles = elementsOf(app, s);
  if (eles.empty()) return toast(s === 'selection' ? 'Select something to export first.' : 'Nothing is drawn to export.', 'error');
  if (format === 'svg') {
    const svg = serializeSvg(pictureOf(eles, `Actorgraph: ${stem(app, s)}`));
    return saveBlob(new Blob([svg], { type: 'image/svg+xml' }), `${stem(app, s)}.svg`);
  }
  // NOTE: cy.png draws the whole graph; everything outside the scope is hidden meanwhile.
  const others = app.cy.elements().difference(eles).addClass('export-hidden');
  try {
    const blob = await app.cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff', maxWidth: 8_000, maxHeight: 8_000 });
    saveBlob(blob, `${stem(app, s)}.png`);
  } finally {
    others.removeClass('export-hidden');
  }
}

function body(app: AppContext, s: Scope, format: ServerFormat): ExportBody | string {
  if (s === 'query') {
    const q = app.query;
    if (!q) return 'No query produced this view: run one, or export the view.';
    return q.kind === 'saved' ? { format, query: { name: q.name, params: { ...q.params } } } : { format, cypher: { query: q.text, params: { ...q.params } } };
  }
  const ids = app.canvas.exportIds(elementsOf(app, s));
  if (ids.length === 0) return s === 'selection' ? 'Select something to export first.' : 'Nothing is drawn to export.';
  return { format, elementIds: ids };
}

export async function exportAs(app: AppContext, format: ServerFormat | 'png' | 'svg', s: Scope = scope()): Promise<void> {
  if (format === 'png' || format === 'svg') return picture(app, s, format);
  const b = body(app, s, format);
  if (typeof b === 'string') return toast(b, 'error');
  const r = await busy(`Exporting ${format.toUpperCase()}`, () => exportFile(b, stem(app, s)));
  if (!r.ok) return apiError(`Could not export ${format.toUpperCase()}`, r.error);
  saveBlob(r.data.blob, r.data.filename);
  toast(`Exported ${r.data.filename}`, 'success');
}

export function mountExportPanel(app: AppContext): void {
  for (const b of byId('panel-export').querySelectorAll<HTMLButtonElement>('button[data-format]')) {
    // NOTE: index.html only puts the formats exportAs knows in data-format.
    b.addEventListener('click', () => void exportAs(app, b.dataset['format'] as ServerFormat | 'png' | 'svg'));
  }
}
