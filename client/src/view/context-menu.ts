// The right-click (or long-press) menu of an actor or edge: a keyboard-usable
// ARIA menu of the commands that apply to it.
import type { EventObject, SingularElementArgument } from 'cytoscape';
import type { AppContext } from './app-context.ts';
import { runCommand } from './commands.ts';
import { byId, clear, h } from './dom.ts';

const NODE_ITEMS = ['expand', 'expand-choices', 'more', 'collapse', 'pin', 'hide', 'hide-others', 'path'] as const;
const EDGE_ITEMS = ['hide', 'hide-others'] as const;
const LABELS: Readonly<Record<string, string>> = { expand: 'Expand neighbours', 'expand-choices': 'Expand by relation…', more: 'Show more neighbours', collapse: 'Collapse', pin: 'Pin / unpin', hide: 'Hide', 'hide-others': 'Hide others', path: 'Shortest path to the other selected actor' };

export function mountContextMenu(app: AppContext): void {
  const menu = byId('context-menu');
  const close = () => {
    menu.hidden = true;
  };
  const open = (ele: SingularElementArgument, x: number, y: number) => {
    if (!ele.selected()) {
      // Keep a multi-selection for "path" when the clicked actor is one more.
      if (!(ele.isNode() && app.cy.nodes(':selected').length === 1)) app.cy.elements(':selected').unselect();
      ele.select();
    }
    app.showDetails(ele);
    clear(menu);
    const items = (ele.isNode() ? NODE_ITEMS : EDGE_ITEMS).map((id) => {
      const b = h('button', { type: 'button', role: 'menuitem', tabindex: -1, text: LABELS[id] ?? id });
      b.addEventListener('click', () => {
        close();
        runCommand(app, id);
      });
      return b;
    });
    menu.append(...items);
    menu.style.left = `${x}px`;
    menu.style.top = `${y}px`;
    menu.hidden = false;
    items[0]?.focus();
  };
  app.cy.on('cxttap', 'node, edge', (ev: EventObject) => {
    const p = ev.renderedPosition;
    open(ev.target as SingularElementArgument, p.x, p.y);
  });
  app.cy.on('tap', close);
  app.cy.on('viewport', close);
  menu.addEventListener('keydown', (ev) => {
    const items = [...menu.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    if (ev.key === 'Escape') {
      close();
      byId('cy').focus();
    } else if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      items[(at + (ev.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
    }
  });
  menu.addEventListener('focusout', (ev) => {
    if (!menu.contains(ev.relatedTarget as Node | null)) close();
  });
}
