// Cytoscape styles: colour and shape by actor kind, colour by relation type.
import type { Css, StylesheetJson } from 'cytoscape';

export const KIND_STYLE: Readonly<Record<string, { color: string; shape: Css.NodeShape }>> = {
  Country: { color: '#2f6db5', shape: 'round-rectangle' },
  GovernmentBody: { color: '#6a4fb3', shape: 'hexagon' },
  Organization: { color: '#1f8a70', shape: 'barrel' },
  Person: { color: '#c9731c', shape: 'ellipse' },
  Group: { color: '#b3263e', shape: 'diamond' },
};

export const TYPE_COLOR: Readonly<Record<string, string>> = {
  ATTACKED: '#d62839',
  SANCTIONED: '#1b5fa8',
  EXPELLED: '#7b3fa0',
  DENIED: '#5d6b7a',
  PART_OF: '#a3acb9',
  LEADS: '#a3acb9',
  SPEAKS_FOR: '#a3acb9',
};

export function graphStyle(): StylesheetJson {
  const kinds = Object.entries(KIND_STYLE).map(([kind, s]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': s.color, shape: s.shape },
  }));
  const types = Object.entries(TYPE_COLOR).map(([type, color]) => ({
    selector: `edge[type = "${type}"]`,
    style: { 'line-color': color, 'target-arrow-color': color, color },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4,
        width: 28, height: 28, 'background-color': '#888', 'text-outline-color': '#fff', 'text-outline-width': 2,
      },
    },
    ...kinds,
    {
      selector: 'edge',
      style: {
        label: 'data(type)', 'font-size': 9, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', width: 2,
        'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.85, 'text-background-padding': '1px',
      },
    },
    ...types,
  ];
}
