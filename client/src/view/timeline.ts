// The date-range slider under the canvas: two thumbs over the distinct event
// dates drawn; events outside the range disappear, so dragging the end thumb
// (or pressing Play) shows how the story unfolds.
import { dateStops, type Filters } from '../graph/filters.ts';
import type { AppContext } from './app-context.ts';
import { byId } from './dom.ts';

const PLAY_STEP_MS = 900;

export function mountTimeline(app: AppContext): { refresh: () => void } {
  const from = byId<HTMLInputElement>('range-from');
  const to = byId<HTMLInputElement>('range-to');
  const label = byId('range-label');
  const play = byId<HTMLButtonElement>('range-play');
  const reset = byId<HTMLButtonElement>('range-reset');
  let stops: string[] = [];
  let dragStart: Filters | null = null;
  let timer: ReturnType<typeof setInterval> | undefined;

  const describe = () => {
    const f = app.canvas.filters;
    label.textContent = stops.length === 0 ? 'No dated events drawn' : f.from === null && f.to === null ? `All dates (${stops[0]} – ${stops.at(-1)})` : `${f.from ?? stops[0]} – ${f.to ?? stops.at(-1)}`;
  };

  const refresh = () => {
    const drawn = app.cy.edges().map((e) => app.canvas.model.claimsOf(e.data('claims') as string[])).flat();
    stops = dateStops(drawn);
    const max = Math.max(0, stops.length - 1);
    for (const r of [from, to]) {
      r.max = String(max);
      r.disabled = stops.length < 2;
    }
    const f = app.canvas.filters;
    const at = (d: string | null, dflt: number) => (d === null ? dflt : Math.max(0, stops.indexOf(d)));
    from.value = String(at(f.from, 0));
    to.value = String(f.to === null ? max : stops.indexOf(f.to) < 0 ? max : stops.indexOf(f.to));
    from.setAttribute('aria-valuetext', f.from ?? stops[0] ?? '');
    to.setAttribute('aria-valuetext', f.to ?? stops.at(-1) ?? '');
    play.disabled = stops.length < 2;
    describe();
  };

  /** The filters of the thumbs' positions; a thumb at its end means "no bound". */
  const fromThumbs = (): Filters => {
    let a = Number(from.value);
    let b = Number(to.value);
    if (a > b) [a, b] = [b, a];
    const max = stops.length - 1;
    return { ...app.canvas.filters, from: a <= 0 ? null : (stops[a] ?? null), to: b >= max ? null : (stops[b] ?? null) };
  };

  for (const r of [from, to]) {
    r.addEventListener('input', () => {
      dragStart ??= app.canvas.filters;
      app.canvas.setFilters(fromThumbs(), false);
      describe();
    });
    r.addEventListener('change', () => {
      app.canvas.setFilters(fromThumbs(), true, dragStart ?? app.canvas.filters);
      dragStart = null;
      app.syncUrl();
    });
  }

  const stop = () => {
    clearInterval(timer);
    timer = undefined;
    play.textContent = 'Play';
    play.setAttribute('aria-pressed', 'false');
  };
  play.addEventListener('click', () => {
    if (timer !== undefined) return stop();
    const start = app.canvas.filters;
    let i = 0;
    play.textContent = 'Pause';
    play.setAttribute('aria-pressed', 'true');
    timer = setInterval(() => {
      if (i >= stops.length) {
        stop();
        app.canvas.setFilters({ ...app.canvas.filters, to: null }, true, start);
        app.syncUrl();
        return;
      }
      app.canvas.setFilters({ ...app.canvas.filters, from: null, to: stops[i] ?? null }, false);
      i++;
    }, PLAY_STEP_MS);
  });
  reset.addEventListener('click', () => {
    stop();
    app.canvas.setFilters({ ...app.canvas.filters, from: null, to: null });
    app.syncUrl();
  });

  app.canvas.on((what) => {
    if (what === 'filters') {
      if (dragStart === null) refresh();
      else describe();
    }
    if (what === 'elements') refresh();
  });
  refresh();
  return { refresh };
}
