// The explorer's commands in one registry {id, label, keys, run}: the toolbar,
// the context menu and the keyboard shortcuts all dispatch through it.
import type { NodeSingular } from 'cytoscape';
import type { AppContext } from './app-context.ts';
import { openExpandChoices } from './expand-choices.ts';
import { collapse, expand, hide, hideOthers, selectedNodes, shortestPath, showAll, showMore, togglePin } from './explorer-actions.ts';
import { status, toast } from './toast.ts';

export interface CommandSpec {
  readonly id: string;
  readonly label: string;
  /** Shortcut as shown to the analyst; matched in shortcuts.ts. */
  readonly keys?: string;
  run(app: AppContext): Promise<void> | void;
}

async function undo(app: AppContext): Promise<void> {
  const c = app.canvas.history.undo();
  status(c ? `Undid: ${c.label}` : 'Nothing to undo');
  app.syncUrl();
  return Promise.resolve();
}

async function redo(app: AppContext): Promise<void> {
  const c = app.canvas.history.redo();
  status(c ? `Redid: ${c.label}` : 'Nothing to redo');
  app.syncUrl();
  return Promise.resolve();
}

/** Runs `fn` on the one selected actor, or says what to select. */
function onOneActor(app: AppContext, hint: string, fn: (app: AppContext, n: NodeSingular) => Promise<void>): Promise<void> | void {
  const n = selectedNodes(app);
  return n.length === 1 ? fn(app, n.first()) : toast(hint);
}

export const COMMANDS: readonly CommandSpec[] = [
  { id: 'expand', label: 'Expand', keys: 'E', run: (app) => expand(app) },
  { id: 'expand-choices', label: 'Expand by relation…', keys: 'Shift+E', run: (app) => onOneActor(app, 'Select one actor to expand by relation.', openExpandChoices) },
  { id: 'more', label: 'Show more', keys: 'M', run: (app) => onOneActor(app, 'Select one expanded actor to show more of its neighbours.', showMore) },
  { id: 'collapse', label: 'Collapse', keys: 'C', run: (app) => collapse(app) },
  { id: 'hide', label: 'Hide', keys: 'H', run: (app) => hide(app) },
  { id: 'hide-others', label: 'Hide others', keys: 'O', run: (app) => hideOthers(app) },
  { id: 'show-all', label: 'Show hidden', keys: 'A', run: (app) => showAll(app) },
  { id: 'pin', label: 'Pin / unpin', keys: 'P', run: (app) => togglePin(app) },
  { id: 'path', label: 'Shortest path', keys: 'S', run: (app) => shortestPath(app) },
  { id: 'fit', label: 'Fit', keys: 'F', run: (app) => void app.cy.animate({ fit: { eles: app.canvas.shown(), padding: 40 } }, { duration: 200 }) },
  { id: 'zoom-in', label: 'Zoom in', keys: '+', run: (app) => void app.cy.zoom({ level: app.cy.zoom() * 1.25, renderedPosition: { x: app.cy.width() / 2, y: app.cy.height() / 2 } }) },
  { id: 'zoom-out', label: 'Zoom out', keys: '-', run: (app) => void app.cy.zoom({ level: app.cy.zoom() / 1.25, renderedPosition: { x: app.cy.width() / 2, y: app.cy.height() / 2 } }) },
  { id: 'relayout', label: 'Re-run layout', keys: 'L', run: (app) => app.canvas.change('Layout', () => app.canvas.layout()).then(() => undefined) },
  { id: 'undo', label: 'Undo', keys: 'Ctrl+Z', run: undo },
  { id: 'redo', label: 'Redo', keys: 'Ctrl+Shift+Z', run: redo },
];

export function command(id: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.id === id);
}

export function runCommand(app: AppContext, id: string): void {
  const c = command(id);
  if (c) void c.run(app);
}
