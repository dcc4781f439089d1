// Cytoscape's rendering options by graph size: the defaults for small views,
// cheaper drawing while panning and zooming for big ones. Used by the explorer
// and by scripts/bench-client.ts, so the bench measures what users get.
import type { CytoscapeOptions } from 'cytoscape';
import { config } from '../config.ts';

export function renderOptions(elements: number): Partial<CytoscapeOptions> {
  const big = elements > config.bigGraph;
  return {
    /** Zoom range that keeps labels and whole-graph views reachable. */
    minZoom: 0.02,
    maxZoom: 4,
    /** Big views: draw edges only when the viewport rests. */
    hideEdgesOnViewport: big,
    /** Big views: pan and zoom a cached bitmap instead of redrawing. */
    textureOnViewport: big,
    /** Big views: one device pixel per CSS pixel (4× fewer on HiDPI). */
    pixelRatio: big ? 1 : 'auto',
    /** The blur costs a frame on big views and says nothing. */
    motionBlur: false,
    /** Cytoscape's own selection box (shift-drag) for multi-select. */
    boxSelectionEnabled: true,
  };
}
