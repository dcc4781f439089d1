// Keyboard shortcuts: undo/redo everywhere except inside text fields (which
// keep their own), single keys for the commands, '/' to search, Alt+1…7 for
// the panels. The list is shown in Settings.
import { PANELS, type AppContext } from './app-context.ts';
import { COMMANDS, runCommand } from './commands.ts';
import { byId } from './dom.ts';

const typing = (t: EventTarget | null): boolean =>
  t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement || (t instanceof HTMLElement && t.isContentEditable);

export function mountShortcuts(app: AppContext): void {
  document.addEventListener('keydown', (ev) => {
    const mod = ev.ctrlKey || ev.metaKey;
    if (ev.altKey && /^[1-7]$/.test(ev.key)) {
      const p = PANELS[Number(ev.key) - 1];
      if (p) {
        ev.preventDefault();
        app.selectTab(p);
        byId(`tab-${p}`).focus();
      }
      return;
    }
    if (typing(ev.target)) return;
    const k = ev.key.toLowerCase();
    if (mod && k === 'z') {
      ev.preventDefault();
      return runCommand(app, ev.shiftKey ? 'redo' : 'undo');
    }
    if (mod && k === 'y') {
      ev.preventDefault();
      return runCommand(app, 'redo');
    }
    if (mod || ev.altKey) return;
    if (ev.key === '/') {
      ev.preventDefault();
      return byId('search-input').focus();
    }
    if (ev.key === 'Escape') {
      app.cy.elements(':selected').unselect();
      return app.showDetails(null);
    }
    if (ev.key === 'Delete' || ev.key === 'Backspace') return runCommand(app, 'hide');
    const shifted = ev.shiftKey ? COMMANDS.find((x) => x.keys === `Shift+${ev.key.toUpperCase()}`) : undefined;
    if (shifted) {
      ev.preventDefault();
      return runCommand(app, shifted.id);
    }
    const c = COMMANDS.find((x) => x.keys !== undefined && x.keys.length === 1 && x.keys.toLowerCase() === k);
    if (c) {
      ev.preventDefault();
      runCommand(app, c.id);
    }
  });
}
