// The canvas's viewport (zoom and pan) with the size of the box it was taken
// in, so that undo can put the view back where it was on screen: exactly when
// the box has the same size again, else fitted into the box it has now.
import type { Core, Position } from 'cytoscape';

export interface Viewport {
  readonly zoom: number;
  readonly pan: Position;
  readonly width: number;
  readonly height: number;
}

export function takeViewport(cy: Core): Viewport {
  const pan = cy.pan();
  return { zoom: cy.zoom(), pan: { x: pan.x, y: pan.y }, width: cy.width(), height: cy.height() };
}

/**
 * Puts a viewport back. NOTE: the box may have changed size since (the
 * results table shown or hidden, the window resized): then the same zoom and
 * pan could leave the drawing off screen, so the drawing is fitted instead.
 */
export function restoreViewport(cy: Core, v: Viewport, fit: () => void): void {
  cy.resize();
  if (Math.abs(cy.width() - v.width) < 1 && Math.abs(cy.height() - v.height) < 1) {
    cy.viewport({ zoom: v.zoom, pan: { ...v.pan } });
    return;
  }
  fit();
}
