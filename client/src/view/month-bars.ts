// The histogram under the time control: one SVG bar per month, its height the
// month's claims, dimmed outside the range. Hovering a bar, or moving along
// them with the arrow keys once the chart has the focus, reads it out
// ("Mar 2022: 12 claims") in a live line; each bar also has an SVG <title>.
import { bucketText, type MonthBucket } from '../graph/month-histogram.ts';
import { h } from './dom.ts';

const SVG = 'http://www.w3.org/2000/svg';
/** Height of the drawing in viewBox units; bars are one unit wide each. */
const HEIGHT = 40;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Readonly<Record<string, string | number>>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

export class MonthBars {
  readonly el: HTMLElement;
  private readonly chart: SVGSVGElement;
  private readonly readout: HTMLElement;
  private buckets: readonly MonthBucket[] = [];
  private active = -1;

  constructor() {
    this.chart = svg('svg', { id: 'histogram', class: 'histogram', role: 'group', tabindex: 0, preserveAspectRatio: 'none', 'aria-label': 'Claims per month (arrow keys read each month)' });
    this.readout = h('span', { id: 'histogram-readout', class: 'histogram-readout', 'aria-live': 'polite' });
    this.el = h('div', { class: 'histogram-box' }, this.readout);
    this.el.prepend(this.chart);
    this.chart.addEventListener('keydown', (ev) => {
      const step: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, Home: -Infinity, End: Infinity };
      const d = step[ev.key];
      if (d === undefined || this.buckets.length === 0) return;
      ev.preventDefault();
      this.show(Math.min(this.buckets.length - 1, Math.max(0, this.active < 0 && d > 0 ? 0 : this.active + d)));
    });
    this.chart.addEventListener('focus', () => this.show(this.active < 0 ? 0 : this.active));
    this.chart.addEventListener('blur', () => this.show(-1));
    this.chart.addEventListener('mouseleave', () => this.show(document.activeElement === this.chart ? this.active : -1));
  }

  /** Draws the months (all in range until `mark` says otherwise). */
  draw(buckets: readonly MonthBucket[]): void {
    this.buckets = buckets;
    const top = Math.max(1, ...buckets.map((b) => b.count));
    this.chart.setAttribute('viewBox', `0 0 ${Math.max(1, buckets.length)} ${HEIGHT}`);
    this.chart.replaceChildren(
      ...buckets.map((b, i) => {
        const height = b.count === 0 ? 0 : Math.max(2, (b.count / top) * HEIGHT);
        const bar = svg('rect', { x: i + 0.1, y: HEIGHT - height, width: 0.8, height, class: 'bar', 'data-month': b.month, 'data-count': b.count });
        const hit = svg('rect', { x: i, y: 0, width: 1, height: HEIGHT, class: 'bar-hit', 'data-month': b.month });
        const title = svg('title', {});
        title.textContent = bucketText(b);
        hit.append(title);
        hit.addEventListener('mouseenter', () => this.show(i));
        return this.group(bar, hit);
      }),
    );
    if (this.active >= buckets.length) this.active = -1;
    this.show(this.active);
  }

  /** Dims the bars outside the range: `inRange(i)` tells which bars it keeps. */
  mark(inRange: (i: number) => boolean): void {
    this.chart.querySelectorAll('rect.bar').forEach((r, i) => r.classList.toggle('outside', !inRange(i)));
  }

  private group(...children: SVGElement[]): SVGGElement {
    const g = svg('g', {});
    g.append(...children);
    return g;
  }

  /** Marks bar i and reads it out (-1: none). */
  private show(i: number): void {
    this.active = i;
    const b = this.buckets[i];
    this.readout.textContent = b ? bucketText(b) : '';
    this.chart.querySelectorAll('rect.bar').forEach((r, j) => r.classList.toggle('active', j === i));
  }
}
