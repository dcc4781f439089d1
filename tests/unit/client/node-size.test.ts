// Node size by weight: grows with the claims on an actor's drawn edges, by
// the square root, between a minimum and a maximum; the canvas writes it into
// the node's data, and the style draws it.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { NODE_SIZE, nodeSize, sizeNodes } from '../../../client/src/graph/node-size.ts';
import { graphStyle } from '../../../client/src/graph/style.ts';

describe('nodeSize', () => {
  it.each([
    [0, NODE_SIZE.min],
    [1, NODE_SIZE.min],
    [5, NODE_SIZE.min + 2 * NODE_SIZE.perSqrtClaim],
    [10_000, NODE_SIZE.max],
  ])('draws an actor with %i claims %i pixels across', (claims, size) => {
    expect(nodeSize(claims)).toBe(size);
  });

  it('never makes a busier actor smaller', () => {
    const sizes = Array.from({ length: 200 }, (_, i) => nodeSize(i));
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
  });
});

describe('sizeNodes', () => {
  it('sizes each node by the claims its edges count, and the style draws that size', () => {
    const cy = cytoscape({
      headless: true,
      // NOTE: headless Cytoscape computes no style unless asked to.
      styleEnabled: true,
      style: graphStyle(),
      elements: [
        { data: { id: 'a', label: 'A' } },
        { data: { id: 'b', label: 'B' } },
        { data: { id: 'c', label: 'C' } },
        { data: { id: 'ab', source: 'a', target: 'b', count: 8, label: 'x' } },
        { data: { id: 'ac', source: 'a', target: 'c', count: 1, label: 'x' } },
      ],
    });
    sizeNodes(cy.nodes());
    expect(cy.$id('a').data('size')).toBe(nodeSize(9));
    expect(cy.$id('c').data('size')).toBe(nodeSize(1));
    expect(cy.$id('a').width()).toBe(nodeSize(9));
    expect(cy.$id('a').width()).toBeGreaterThan(cy.$id('c').width());
  });
});
