// The page scripts/bench-client.ts drives: draws n synthetic elements either
// with the explorer's own set-up (style, rendering options by size, the
// layout it would use) or with a bare default Cytoscape, and times the first
// draw and the frames while panning.
import cytoscape, { type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { config } from '../src/config.ts';
import { afterLayout } from '../src/graph/after-layout.ts';
import { DEFAULT_LAYOUT, layoutOptions } from '../src/graph/layouts.ts';
import { renderOptions } from '../src/graph/performance.ts';
import { graphStyle, KIND_STYLE, TYPE_STYLE } from '../src/graph/style.ts';
import { rng } from '../../scripts/bench/rng.ts';

cytoscape.use(fcose);

export type Mode = 'explorer' | 'bare';

export interface BenchResult {
  readonly elements: number;
  readonly nodes: number;
  readonly layout: string;
  /** Creating the core with the elements and running the layout. */
  readonly layoutMs: number;
  /** From the start until the first frame has been painted. */
  readonly drawMs: number;
  /** Mean and 95th percentile of frame intervals while panning. */
  readonly panFrameMs: number;
  readonly panFrameP95Ms: number;
}

/** Deterministic pseudo-random numbers, shared with the synthetic world generator. */
const random = rng;

/** n elements, a third of them actors, shaped like the explorer's data. */
export function synthetic(n: number, seed = 42): ElementDefinition[] {
  const rnd = random(seed);
  const kinds = Object.keys(KIND_STYLE);
  const types = Object.keys(TYPE_STYLE);
  const nodes = Math.max(2, Math.round(n / 3));
  const out: ElementDefinition[] = [];
  for (let i = 0; i < nodes; i++) out.push({ group: 'nodes', data: { id: `n${i}`, key: `actor:${i}`, label: `Actor ${i}`, kind: kinds[i % kinds.length] } });
  for (let j = 0; out.length < n; j++) {
    // Preferential-ish attachment: low ids get more edges, like states in the news.
    const s = Math.floor(nodes * rnd() ** 2);
    const t = Math.floor(nodes * rnd());
    if (s === t) continue;
    const type = types[Math.floor(rnd() * types.length)] ?? 'ATTACKED';
    const count = 1 + Math.floor(rnd() * 3);
    out.push({ group: 'edges', data: { id: `e${j}`, source: `n${s}`, target: `n${t}`, type, count, label: count > 1 ? `${type} ×${count}` : type, claims: [`c${j}`] } });
  }
  return out;
}

const frame = () => new Promise<number>((r) => requestAnimationFrame(r));

export async function run(mode: Mode, n: number): Promise<BenchResult> {
  const container = document.getElementById('cy') as HTMLElement;
  const elements = synthetic(n);
  const nodes = elements.filter((e) => e.group === 'nodes').length;
  await frame();
  const t0 = performance.now();
  const cy =
    mode === 'explorer'
      ? cytoscape({ container, style: graphStyle(), ...renderOptions(n), elements, layout: layoutOptions(DEFAULT_LAYOUT, nodes) })
      : cytoscape({ container, elements });
  if (mode === 'explorer') afterLayout(cy, DEFAULT_LAYOUT, cy.elements());
  const t1 = performance.now();
  await frame();
  await frame();
  const t2 = performance.now();
  const intervals: number[] = [];
  let last = await frame();
  for (let i = 0; i < 60; i++) {
    cy.panBy({ x: i % 20 < 10 ? 12 : -12, y: 5 * Math.sin(i / 5) });
    const now = await frame();
    intervals.push(now - last);
    last = now;
  }
  intervals.sort((a, b) => a - b);
  cy.destroy();
  const mean = intervals.reduce((a, b) => a + b, 0) / intervals.length;
  return {
    elements: n,
    nodes,
    layout: mode === 'explorer' ? `${DEFAULT_LAYOUT}${nodes > config.draftLayoutNodes ? ' (draft)' : ''}` : 'grid (default)',
    layoutMs: t1 - t0,
    drawMs: t2 - t0,
    panFrameMs: mean,
    panFrameP95Ms: intervals[Math.floor(intervals.length * 0.95)] ?? mean,
  };
}

(window as unknown as { bench: typeof run }).bench = run;
document.body.dataset['ready'] = 'true';
