// The time control under the canvas: ONE range over the months of the claims
// drawn (two thumbs, range-slider.ts), a histogram of claims per month under
// it (month-bars.ts), the undated claims counted with a toggle to show or hide
// them, Play and All dates. Claims outside the range disappear, so dragging
// the end thumb (or pressing Play) shows how the story unfolds. The bars count
// what the other filters (types, kinds, articles) and hiding leave, so that
// they answer "when did these sanctions happen", whatever the date range.
import { monthHistogram, monthLabel, monthOf, type MonthHistogram } from '../graph/month-histogram.ts';
import { actorPasses, claimPasses, type Filters } from '../graph/filters.ts';
import type { ClaimData } from '../graph/elements.ts';
import type { AppContext } from './app-context.ts';
import { byId, h } from './dom.ts';
import { MonthBars } from './month-bars.ts';
import { RangeSlider } from './range-slider.ts';

const PLAY_STEP_MS = 900;

export function mountTimeline(app: AppContext): { refresh: () => void } {
  const box = byId('range-box');
  const label = byId('range-label');
  const play = byId<HTMLButtonElement>('range-play');
  const reset = byId<HTMLButtonElement>('range-reset');
  const undated = h('input', { type: 'checkbox', id: 'range-undated', checked: true });
  const undatedText = h('span', { id: 'range-undated-count' });
  reset.before(h('label', { class: 'check range-undated', title: 'Show the claims that have no date' }, undated, undatedText));
  let stops: string[] = [];
  let histogram: MonthHistogram = { months: [], undated: 0 };
  let dragStart: Filters | null = null;
  let timer: ReturnType<typeof setInterval> | undefined;

  /** The filters of the thumbs' positions; a thumb at its end means "no bound". */
  const fromThumbs = (lo: number, hi: number): Filters => {
    const max = stops.length - 1;
    return { ...app.canvas.filters, from: lo <= 0 ? null : (stops[lo] ?? null), to: hi >= max ? null : (stops[hi] ?? null) };
  };
  const slider = new RangeSlider({
    thumbs: [
      { id: 'range-from', label: 'First month shown' },
      { id: 'range-to', label: 'Last month shown' },
    ],
    valueText: (i) => (stops[i] ? monthLabel(stops[i]) : ''),
    onInput: (lo, hi) => {
      dragStart ??= app.canvas.filters;
      app.canvas.setFilters(fromThumbs(lo, hi), false);
      describe();
    },
    onChange: (lo, hi) => {
      app.canvas.setFilters(fromThumbs(lo, hi), true, dragStart ?? app.canvas.filters);
      dragStart = null;
      app.syncUrl();
    },
  });
  const bars = new MonthBars();
  box.append(slider.el, bars.el);

  /** Thumb positions of the filters' bounds: the month each falls in, clamped to the months drawn. */
  const thumbsOf = (f: Filters): [number, number] => {
    const max = stops.length - 1;
    const lo = f.from === null ? 0 : stops.findIndex((m) => m >= monthOf(f.from as string));
    const hi = f.to === null ? max : stops.findLastIndex((m) => m <= monthOf(f.to as string));
    return [lo < 0 ? max : lo, hi < 0 ? 0 : hi];
  };

  const describe = () => {
    const f = app.canvas.filters;
    label.textContent = stops.length === 0 ? 'No dated events drawn' : f.from === null && f.to === null ? `All dates (${stops[0]} – ${stops.at(-1)})` : `${f.from ?? stops[0]} – ${f.to ?? stops.at(-1)}`;
    const [lo, hi] = slider.range;
    bars.mark((i) => i >= lo && i <= hi);
    undated.checked = f.undated;
    undatedText.textContent = `${histogram.undated} undated`;
    undated.setAttribute('aria-label', `Show the ${histogram.undated} undated claims`);
  };

  /** The drawn claims the filters other than the dates let through, on edges not hidden. */
  const counted = (): ClaimData[] => {
    const f: Filters = { ...app.canvas.filters, from: null, to: null, undated: true };
    const kindOk = (id: string) => {
      const a = app.canvas.model.actor(id);
      return a === undefined || actorPasses(a, f);
    };
    return app.cy
      .edges()
      .filter((e) => !e.hasClass('hidden') && kindOk(e.source().id()) && kindOk(e.target().id()))
      .map((e) => app.canvas.model.claimsOf(e.data('claims') as string[]).filter((c) => claimPasses(c, f)))
      .flat();
  };

  /** Recounts the bars (what is drawn, hidden or filtered may have changed), then places the thumbs. */
  const refresh = () => {
    const f = app.canvas.filters;
    histogram = monthHistogram(counted());
    stops = histogram.months.map((b) => b.month);
    bars.draw(histogram.months);
    const [lo, hi] = thumbsOf(f);
    slider.set(stops.length - 1, lo, hi);
    play.disabled = stops.length < 2;
    describe();
  };

  undated.addEventListener('change', () => {
    app.canvas.setFilters({ ...app.canvas.filters, undated: undated.checked });
    app.syncUrl();
  });

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
