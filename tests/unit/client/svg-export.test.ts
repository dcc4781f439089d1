// Our SVG serializer: a well-formed document with one shape per node, one
// path per edge, dash patterns, arrows and escaped labels.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { wrapLabel } from '../../../client/src/graph/label-wrap.ts';
import { bounds, edgePath, labelAngle, serializeSvg, xmlEscape, type SvgEdge, type SvgNode, type SvgPicture } from '../../../client/src/graph/svg-export.ts';

/** A stand-in for a canvas's measureText: 6 pixels a character at 12 px. */
const measure = (text: string): number => text.length * 6;
const node = (x: number, shape: string, label: string, y = 0): SvgNode => {
  const lines = wrapLabel(label, 130, measure);
  return { x, y, w: 30, h: 30, shape, fill: '#2f6db5', stroke: '#fff', strokeWidth: 1, lines, labelWidth: Math.max(0, ...lines.map(measure)), fontSize: 12, opacity: 1 };
};
const edge = (label: string, dash: number[], arrow: string, points = [{ x: 15, y: 0 }, { x: 85, y: 0 }]): SvgEdge => ({
  points, color: '#d62839', width: 2, dash, arrow, arrowScale: 1, label, labelAt: { x: 50, y: 0 }, labelWidth: measure(label), fontSize: 10, opacity: 1,
});
const picture = (nodes: SvgNode[], edges: SvgEdge[]): SvgPicture => ({ nodes, edges, background: '#ffffff', padding: 20, title: 'test', fontFamily: 'Helvetica, sans-serif' });

describe('serializeSvg', () => {
  const svg = serializeSvg({
    nodes: [node(0, 'round-rectangle', 'Iran'), node(100, 'hexagon', 'Ministry <MOIS> & "co"'), node(200, 'barrel', 'NATO'), node(300, 'ellipse', 'Edi Rama')],
    edges: [edge('ATTACKED ×2', [], 'triangle'), edge('SANCTIONED', [9, 4], 'tee', [{ x: 115, y: 0 }, { x: 150, y: -40 }, { x: 185, y: 0 }])],
    background: '#ffffff',
    padding: 20,
    title: 'test & view',
    fontFamily: 'Helvetica, sans-serif',
  });

  it('is well-formed XML with an svg root', () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(svg) as { svg: { '@_xmlns': string } };
    expect(doc.svg['@_xmlns']).toBe('http://www.w3.org/2000/svg');
  });

  it('draws every node and edge with its label, escaped', () => {
    expect(svg.match(/<path d="M[^"]*" fill="none"/g)).toHaveLength(2);
    expect(svg).toContain('<rect x="-15" y="-15" width="30" height="30" rx="7.5"');
    expect(svg).toContain('<polygon points="85,0');
    // The label wraps (130 px of 6-pixel characters), each line escaped.
    expect(svg).toContain('>Ministry &lt;MOIS&gt; &amp;</tspan><tspan x="100" y="39.7">&quot;co&quot;<');
    expect(svg).toContain('>ATTACKED ×2<');
    expect(svg).toContain('<ellipse cx="300"');
  });

  it('keeps the dash pattern of a relation type', () => {
    expect(svg).toContain('stroke-dasharray="9 4"');
  });
});

describe('labels in the SVG', () => {
  const long = 'Ministry of Foreign Affairs and International Cooperation of Lvalinfre';

  it('wraps a long node label onto lines as the canvas does, none cut', () => {
    const svg = serializeSvg(picture([node(0, 'hexagon', long)], []));
    const spans = [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]);
    expect(spans.length).toBeGreaterThan(1);
    expect(spans.join(' ')).toBe(long);
    expect(svg).not.toContain('…');
  });

  it.each([
    ['a long label at the left edge', [node(0, 'hexagon', long), node(400, 'ellipse', 'Iran')]],
    ['a long label at the right edge', [node(0, 'ellipse', 'Iran'), node(400, 'hexagon', long)]],
    ['a long label at the bottom', [node(0, 'ellipse', 'Iran'), node(0, 'hexagon', long, 300)]],
  ])('keeps %s inside the viewBox', (_what, nodes) => {
    const b = bounds(picture(nodes, []));
    for (const s of nodes) {
      const lines = s.lines.length;
      expect(b.x).toBeLessThanOrEqual(s.x - s.labelWidth / 2);
      expect(b.x + b.w).toBeGreaterThanOrEqual(s.x + s.labelWidth / 2);
      expect(b.y + b.h).toBeGreaterThanOrEqual(s.y + s.h / 2 + lines * s.fontSize * 1.15);
    }
  });

  it('keeps an edge label that reaches past the nodes inside the viewBox', () => {
    const e = { ...edge('SANCTIONED ×12', [], 'tee', [{ x: 0, y: 0 }, { x: 0, y: 40 }]), labelAt: { x: 0, y: 20 } };
    const b = bounds(picture([], [e]));
    expect(b.x).toBeLessThanOrEqual(-e.labelWidth / 2);
    expect(b.x + b.w).toBeGreaterThanOrEqual(e.labelWidth / 2);
  });

  it.each([
    ['a horizontal edge', [{ x: 0, y: 0 }, { x: 100, y: 0 }], 0],
    ['an edge going down to the right', [{ x: 0, y: 0 }, { x: 100, y: 100 }], 45],
    ['an edge going up to the left (kept upright)', [{ x: 100, y: 100 }, { x: 0, y: 0 }], 45],
    ['an edge going down to the left (kept upright)', [{ x: 100, y: 0 }, { x: 0, y: 100 }], -45],
    ['a vertical edge', [{ x: 0, y: 0 }, { x: 0, y: 100 }], 90],
    ['a curved edge (source to target)', [{ x: 0, y: 0 }, { x: 50, y: -40 }, { x: 100, y: 100 }], 45],
  ])('turns the label of %s along it', (_what, points, deg) => {
    expect(labelAngle(points)).toBeCloseTo(deg, 6);
  });

  it('writes a rotate transform on the label of a slanted edge only', () => {
    const svg = serializeSvg(picture([], [edge('ATTACKED', [], 'triangle'), { ...edge('DENIED', [], 'square', [{ x: 0, y: 0 }, { x: 100, y: 100 }]) }]));
    expect(svg).toMatch(/transform="rotate\(45 50 0\)"[^>]*>DENIED</);
    expect(svg).not.toMatch(/transform="rotate[^"]*"[^>]*>ATTACKED</);
  });
});

describe('wrapLabel', () => {
  it.each([
    ['a short name on one line', 'Iran', ['Iran']],
    ['a long name on several lines, words whole', 'Office of Foreign Assets Control of the Treasury', ['Office of Foreign', 'Assets Control of', 'the Treasury']],
    ['a word wider than the line on its own', 'Supercalifragilisticexpialidocious Ltd', ['Supercalifragilisticexpialidocious', 'Ltd']],
    ['nothing', '', []],
  ])('puts %s', (_what, text, lines) => {
    expect(wrapLabel(text, 110, measure)).toEqual(lines);
  });
});

describe('edgePath', () => {
  it.each([
    ['a straight edge', [{ x: 0, y: 0 }, { x: 10, y: 0 }], 'M0,0 L10,0'],
    ['a bezier edge', [{ x: 0, y: 0 }, { x: 5, y: 5 }, { x: 10, y: 0 }], 'M0,0 Q5,5 10,0'],
    ['no points', [], ''],
  ])('writes %s', (_what, points, d) => {
    expect(edgePath(points)).toBe(d);
  });
});

describe('xmlEscape', () => {
  it('escapes the five special characters and drops control characters', () => {
    expect(xmlEscape(`a<b>&"'\u0001c`)).toBe('a&lt;b&gt;&amp;&quot;&apos;c');
  });
});
