// The legend over the canvas: each actor kind's colour and shape, each
// relation type's colour, line pattern and arrow head, drawn as small SVGs.
import { KIND_STYLE, TYPE_STYLE } from '../graph/style.ts';
import { arrowHead, nodeShape } from '../graph/svg-export.ts';
import { byId, h } from './dom.ts';

const SVG = 'http://www.w3.org/2000/svg';

function icon(markup: string, w: number, hgt: number): SVGSVGElement {
  // NOTE: the markup comes from our own serializer and constant styles, never
  // from data; parsed as SVG, not as HTML.
  const doc = new DOMParser().parseFromString(`<svg xmlns="${SVG}" width="${w}" height="${hgt}" viewBox="0 0 ${w} ${hgt}">${markup}</svg>`, 'image/svg+xml');
  const svg = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
  svg.setAttribute('aria-hidden', 'true');
  return svg;
}

export function mountLegend(): void {
  const box = byId('legend');
  const kinds = h('ul', { class: 'legend-list', 'aria-label': 'Actor kinds' });
  for (const [kind, s] of Object.entries(KIND_STYLE)) {
    const shape = nodeShape({ x: 9, y: 9, w: 16, h: 16, shape: s.shape, fill: s.color, stroke: '#fff', strokeWidth: 1 });
    kinds.appendChild(h('li', {}, icon(shape, 18, 18), kind));
  }
  const types = h('ul', { class: 'legend-list', 'aria-label': 'Relation types' });
  for (const [type, s] of Object.entries(TYPE_STYLE)) {
    const dash = s.dash.length ? ` stroke-dasharray="${s.dash.join(' ')}"` : '';
    const line = `<line x1="2" y1="8" x2="30" y2="8" stroke="${s.color}" stroke-width="2.5"${dash}/>${arrowHead(s.arrow, { x: 38, y: 8 }, 0, 5, s.color)}`;
    types.appendChild(h('li', {}, icon(line, 40, 16), type));
  }
  const toggle = h('button', { type: 'button', class: 'legend-toggle', 'aria-expanded': 'true', 'aria-controls': 'legend-content', text: 'Legend' });
  const content = h('div', { id: 'legend-content' }, kinds, types, h('p', { class: 'muted', text: '×N = N claims in one edge' }));
  toggle.addEventListener('click', () => {
    content.hidden = !content.hidden;
    toggle.setAttribute('aria-expanded', String(!content.hidden));
  });
  box.append(toggle, content);
}
