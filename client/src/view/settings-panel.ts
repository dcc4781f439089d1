// The Settings panel: the API token (kept in sessionStorage, sent on writes)
// and the list of keyboard shortcuts.
import { getToken, setToken } from '../api/token.ts';
import { COMMANDS } from './commands.ts';
import { byId, h } from './dom.ts';
import { toast } from './toast.ts';

export function mountSettings(): void {
  const input = byId<HTMLInputElement>('api-token');
  input.value = getToken();
  byId<HTMLFormElement>('settings-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    setToken(input.value);
    toast(input.value.trim() ? 'Token saved for this tab.' : 'Token cleared.', 'success');
  });
  const list = byId('shortcut-list');
  const rows: [string, string][] = [
    ...COMMANDS.filter((c) => c.keys).map((c): [string, string] => [c.keys ?? '', c.label]),
    ['Ctrl+Y', 'Redo'],
    ['/', 'Search actors'],
    ['Delete', 'Hide the selection'],
    ['Escape', 'Clear the selection'],
    ['Alt+1…7', 'Switch panel'],
    ['Ctrl+Enter', 'Run the Cypher query (in the editor)'],
    ['Double-click', 'Expand an actor'],
    ['Right-click', 'Commands of an actor or edge'],
    ['Shift/Ctrl+click', 'Add to the selection'],
  ];
  for (const [k, v] of rows) list.append(h('dt', {}, h('kbd', { text: k })), h('dd', { text: v }));
}
