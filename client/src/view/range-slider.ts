// One range control with two thumbs over the stops 0…max: each thumb is a
// `role="slider"` with its value, bounds and text; arrows, Page Up/Down, Home
// and End move it, pointers drag it (or press the track to bring the nearer
// thumb). The thumbs cannot cross. `onInput` follows every move, `onChange`
// the end of one (a key press, a drag released): the caller records that.
import { h } from './dom.ts';

export interface RangeSliderOptions {
  /** Ids and accessible names of the lower and the upper thumb. */
  readonly thumbs: readonly [{ readonly id: string; readonly label: string }, { readonly id: string; readonly label: string }];
  /** What stop i stands for, for screen readers ("2022-03"). */
  valueText(i: number): string;
  onInput(lo: number, hi: number): void;
  onChange(lo: number, hi: number): void;
}

/** How far Page Up/Down move a thumb: a tenth of the range, at least one stop. */
const pageStep = (max: number): number => Math.max(1, Math.round(max / 10));

export class RangeSlider {
  readonly el: HTMLElement;
  private readonly track: HTMLElement;
  private readonly fill: HTMLElement;
  private readonly knobs: readonly [HTMLElement, HTMLElement];
  private max = 0;
  private values: [number, number] = [0, 0];
  private disabled = true;

  constructor(private readonly opts: RangeSliderOptions) {
    this.fill = h('div', { class: 'range-fill', 'aria-hidden': 'true' });
    this.track = h('div', { class: 'range-track' }, this.fill);
    const knob = (i: 0 | 1): HTMLElement => {
      const t = opts.thumbs[i];
      const k = h('div', { id: t.id, class: 'range-thumb', role: 'slider', 'aria-label': t.label, 'aria-valuemin': 0, tabindex: 0 });
      k.addEventListener('keydown', (ev) => this.key(i, ev));
      this.track.append(k);
      return k;
    };
    this.knobs = [knob(0), knob(1)];
    this.el = h('div', { class: 'range-slider' }, this.track);
    this.track.addEventListener('pointerdown', (ev) => this.press(ev));
  }

  get range(): readonly [number, number] {
    return this.values;
  }

  /** Sets the stops and the thumbs (clamped), without calling back. */
  set(max: number, lo: number, hi: number, disabled = max < 1): void {
    this.max = Math.max(0, max);
    const clamp = (v: number) => Math.min(this.max, Math.max(0, Math.round(v)));
    const a = clamp(lo);
    this.values = [a, Math.max(a, clamp(hi))];
    this.disabled = disabled;
    this.render();
  }

  /** Where stop i sits along the track, in percent: the middle of its slot, so a bar drawn per stop lines up. */
  private at(i: number): number {
    return ((i + 0.5) / (this.max + 1)) * 100;
  }

  private render(): void {
    const [lo, hi] = this.values;
    this.knobs.forEach((k, i) => {
      const v = this.values[i] as number;
      k.style.left = `${this.at(v)}%`;
      k.setAttribute('aria-valuenow', String(v));
      // NOTE: each thumb's bounds are the other thumb's value (the WAI-ARIA multi-thumb slider).
      k.setAttribute('aria-valuemin', String(i === 0 ? 0 : lo));
      k.setAttribute('aria-valuemax', String(i === 0 ? hi : this.max));
      k.setAttribute('aria-valuetext', this.opts.valueText(v));
      k.setAttribute('aria-disabled', String(this.disabled));
      k.tabIndex = this.disabled ? -1 : 0;
    });
    this.fill.style.left = `${this.at(lo)}%`;
    this.fill.style.width = `${this.at(hi) - this.at(lo)}%`;
    this.el.classList.toggle('disabled', this.disabled);
  }

  /** Moves one thumb (kept on its side of the other); true when it moved. */
  private move(i: 0 | 1, v: number): boolean {
    const [lo, hi] = this.values;
    const next = i === 0 ? Math.min(hi, Math.max(0, v)) : Math.max(lo, Math.min(this.max, v));
    if (next === this.values[i]) return false;
    this.values[i] = next;
    this.render();
    this.opts.onInput(...this.values);
    return true;
  }

  private key(i: 0 | 1, ev: KeyboardEvent): void {
    if (this.disabled) return;
    const v = this.values[i];
    const step = pageStep(this.max);
    const to: Record<string, number> = { ArrowRight: v + 1, ArrowUp: v + 1, ArrowLeft: v - 1, ArrowDown: v - 1, PageUp: v + step, PageDown: v - step, Home: 0, End: this.max };
    const target = to[ev.key];
    if (target === undefined) return;
    ev.preventDefault();
    if (this.move(i, target)) this.opts.onChange(...this.values);
  }

  /** The stop under a pointer's x. */
  private stopAt(clientX: number): number {
    const box = this.track.getBoundingClientRect();
    return Math.floor(((clientX - box.left) / Math.max(1, box.width)) * (this.max + 1));
  }

  private press(ev: PointerEvent): void {
    if (this.disabled || ev.button !== 0) return;
    const v = this.stopAt(ev.clientX);
    const [lo, hi] = this.values;
    const knob = this.knobs.indexOf(ev.target as HTMLElement);
    // The thumb pressed, else the nearer one (the upper one when both are as near and the press is right of them).
    const i: 0 | 1 = knob >= 0 ? (knob as 0 | 1) : Math.abs(v - lo) < Math.abs(v - hi) || (lo === hi && v < lo) ? 0 : 1;
    ev.preventDefault();
    this.knobs[i].focus();
    this.track.setPointerCapture(ev.pointerId);
    let moved = this.move(i, v);
    const drag = (e: PointerEvent) => {
      moved = this.move(i, this.stopAt(e.clientX)) || moved;
    };
    const end = () => {
      this.track.removeEventListener('pointermove', drag);
      this.track.removeEventListener('pointerup', end);
      this.track.removeEventListener('pointercancel', end);
      if (moved) this.opts.onChange(...this.values);
    };
    this.track.addEventListener('pointermove', drag);
    this.track.addEventListener('pointerup', end);
    this.track.addEventListener('pointercancel', end);
  }
}
