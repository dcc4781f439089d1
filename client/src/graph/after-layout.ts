// What runs once a layout has stopped, by the layout's `after` (layouts.ts):
// fCoSE's labels moved apart, breadthfirst's levels folded into rows, then the
// drawing fitted again. Shared by the canvas and the client bench, so the
// bench times what users get.
import type { CollectionReturnValue, Core } from 'cytoscape';
import { foldLevels } from './fold-levels.ts';
import { LAYOUT_PADDING, layoutSpec } from './layouts.ts';
import { spreadLabels } from './spread-labels.ts';

export function afterLayout(cy: Core, name: string, eles: CollectionReturnValue): void {
  const after = layoutSpec(name).after;
  if (after === 'none') return;
  if (after === 'spread') spreadLabels(cy, eles.nodes());
  else foldLevels(cy, eles.nodes());
  cy.fit(eles, LAYOUT_PADDING);
}
