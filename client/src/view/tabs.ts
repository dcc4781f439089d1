// The sidebar's panels as an ARIA tab list: click or arrow keys to switch,
// Alt+1…7 from anywhere (see shortcuts.ts).
import { PANELS, type PanelName } from './app-context.ts';
import { byId } from './dom.ts';

export function selectTab(name: PanelName, focus = false): void {
  for (const p of PANELS) {
    const tab = byId(`tab-${p}`);
    const on = p === name;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
    byId(`panel-${p}`).hidden = !on;
    if (on && focus) tab.focus();
  }
}

export function mountTabs(onSelect: (name: PanelName) => void = () => undefined): void {
  PANELS.forEach((p, i) => {
    const tab = byId(`tab-${p}`);
    tab.addEventListener('click', () => {
      selectTab(p);
      onSelect(p);
    });
    tab.addEventListener('keydown', (ev) => {
      const step = ev.key === 'ArrowDown' || ev.key === 'ArrowRight' ? 1 : ev.key === 'ArrowUp' || ev.key === 'ArrowLeft' ? -1 : 0;
      if (step === 0) return;
      ev.preventDefault();
      const next = PANELS[(i + step + PANELS.length) % PANELS.length] as PanelName;
      selectTab(next, true);
      onSelect(next);
    });
  });
}
