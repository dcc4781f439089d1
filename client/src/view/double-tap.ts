// Double taps that count: two taps on the SAME node within the double-tap
// interval. Cytoscape's own `dbltap` fires on any two taps close in time and
// place, so tapping one actor and then another expanded the second.
import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { config } from '../config.ts';

/** Tells, tap by tap, whether a tap completes a double tap; `target` null is the background or an edge. */
export type DoubleTapDetector = (target: string | null, at: number) => boolean;

export function doubleTapDetector(intervalMs: number): DoubleTapDetector {
  let last: { readonly target: string; readonly at: number } | null = null;
  return (target, at) => {
    const double = target !== null && last !== null && last.target === target && at - last.at <= intervalMs;
    // NOTE: a completed double tap starts afresh, so a third quick tap is not a second double.
    last = double || target === null ? null : { target, at };
    return double;
  };
}

/** Calls `fn` when a node is tapped twice within `config.doubleTapMs`. */
export function onNodeDoubleTap(cy: Core, fn: (node: NodeSingular) => void): void {
  const detect = doubleTapDetector(config.doubleTapMs);
  cy.on('tap', (ev: EventObject) => {
    const t = ev.target as Core | NodeSingular;
    const node = t !== cy && (t as NodeSingular).isNode() ? (t as NodeSingular) : null;
    if (detect(node ? node.id() : null, ev.timeStamp)) fn(node as NodeSingular);
  });
}
