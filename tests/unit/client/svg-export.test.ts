// Our SVG serializer: a well-formed document with one shape per node, one
// path per edge, dash patterns, arrows and escaped labels.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { edgePath, serializeSvg, xmlEscape, type SvgEdge, type SvgNode } from '../../../client/src/graph/svg-export.ts';

const node = (x: number, shape: string, label: string): SvgNode => ({ x, y: 0, w: 30, h: 30, shape, fill: '#2f6db5', stroke: '#fff', strokeWidth: 1, label, fontSize: 12, opacity: 1 });
const edge = (label: string, dash: number[], arrow: string, points = [{ x: 15, y: 0 }, { x: 85, y: 0 }]): SvgEdge => ({
  points, color: '#d62839', width: 2, dash, arrow, arrowScale: 1, label, labelAt: { x: 50, y: 0 }, fontSize: 10, opacity: 1,
});

describe('serializeSvg', () => {
  const svg = serializeSvg({
    nodes: [node(0, 'round-rectangle', 'Iran'), node(100, 'hexagon', 'Ministry <MOIS> & "co"'), node(200, 'barrel', 'NATO'), node(300, 'ellipse', 'Edi Rama')],
    edges: [edge('ATTACKED ×2', [], 'triangle'), edge('SANCTIONED', [9, 4], 'tee', [{ x: 115, y: 0 }, { x: 150, y: -40 }, { x: 185, y: 0 }])],
    background: '#ffffff',
    padding: 20,
    title: 'test & view',
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
    expect(svg).toContain('Ministry &lt;MOIS&gt; &amp; &quot;co&quot;');
    expect(svg).toContain('>ATTACKED ×2<');
    expect(svg).toContain('<ellipse cx="300"');
  });

  it('keeps the dash pattern of a relation type', () => {
    expect(svg).toContain('stroke-dasharray="9 4"');
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
