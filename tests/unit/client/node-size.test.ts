// Node size by weight: grows with the claims on an actor's drawn edges, by
// the square root, between a minimum and a maximum; the canvas writes it into
// the node's data, and the style draws it.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { CROWDED_FROM, LABEL_TIERS, labelTier, NODE_SIZE, nodeSize, sizeNodes } from '../../../client/src/graph/node-size.ts';
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

describe('label tiers', () => {
  it('gives the busiest actors larger labels only in a crowded view', () => {
    expect(labelTier(NODE_SIZE.max, false)).toBe(0);
    expect(labelTier(NODE_SIZE.min, true)).toBe(0);
    expect(labelTier(NODE_SIZE.max, true)).toBe(LABEL_TIERS.length);
    const fonts = LABEL_TIERS.map((t) => t.fontSize);
    expect([...fonts].sort((a, b) => a - b)).toEqual(fonts);
  });

  it('sets the tier data the style reads once more than CROWDED_FROM actors are shown, not counting hidden ones', () => {
    const star = (n: number) => [
      { data: { id: 'hub', label: 'Hub' } },
      ...Array.from({ length: n }, (_, i) => [
        { data: { id: `n${i}`, label: `N${i}` } },
        { data: { id: `e${i}`, source: 'hub', target: `n${i}`, count: 1, label: 'x' } },
      ]).flat(),
    ];
    const crowded = cytoscape({ headless: true, styleEnabled: true, style: graphStyle(), elements: star(CROWDED_FROM) });
    sizeNodes(crowded.nodes());
    expect(crowded.$id('hub').data('tier')).toBe(LABEL_TIERS.length);
    expect(parseFloat(String(crowded.$id('hub').style('font-size')))).toBe(LABEL_TIERS[LABEL_TIERS.length - 1]?.fontSize);
    expect(crowded.$id('n0').data('tier')).toBe(0);
    crowded.nodes().slice(0, 10).addClass('hidden');
    sizeNodes(crowded.nodes());
    expect(crowded.$id('hub').data('tier')).toBe(0);
  });
});
