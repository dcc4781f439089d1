// Cytoscape styles: colour AND shape by actor kind, colour AND line pattern
// AND arrow head by relation type (readable without colour), labels that keep
// a background and vanish below a legible size, and the explorer's classes.
import type { Css, StylesheetJson } from 'cytoscape';
import { LABEL_TIERS } from './node-size.ts';

export interface KindStyle {
  readonly color: string;
  readonly shape: Css.NodeShape;
}

export const KIND_STYLE: Readonly<Record<string, KindStyle>> = {
  Country: { color: '#2f6db5', shape: 'round-rectangle' },
  GovernmentBody: { color: '#6a4fb3', shape: 'hexagon' },
  Organization: { color: '#1f8a70', shape: 'barrel' },
  Person: { color: '#c9731c', shape: 'ellipse' },
  Group: { color: '#b3263e', shape: 'diamond' },
};

export interface TypeStyle {
  readonly color: string;
  /** Dash pattern in pixels (dash, gap…); empty for a solid line. */
  readonly dash: readonly number[];
  readonly arrow: Css.ArrowShape;
}

export const TYPE_STYLE: Readonly<Record<string, TypeStyle>> = {
  ATTACKED: { color: '#d62839', dash: [], arrow: 'triangle' },
  SANCTIONED: { color: '#1b5fa8', dash: [9, 4], arrow: 'tee' },
  EXPELLED: { color: '#7b3fa0', dash: [2, 4], arrow: 'vee' },
  DENIED: { color: '#4d5a69', dash: [9, 3, 2, 3], arrow: 'square' },
  PART_OF: { color: '#98a2b0', dash: [4, 3], arrow: 'diamond' },
  LEADS: { color: '#98a2b0', dash: [4, 3], arrow: 'chevron' },
  SPEAKS_FOR: { color: '#98a2b0', dash: [4, 3], arrow: 'circle' },
};

export const TYPE_COLOR: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(TYPE_STYLE).map(([t, s]) => [t, s.color]));

export const DEFAULT_NODE: KindStyle = { color: '#7a8494', shape: 'ellipse' };
export const DEFAULT_TYPE: TypeStyle = { color: '#7a8494', dash: [], arrow: 'triangle' };

export const kindStyle = (kind: string | null | undefined): KindStyle => (kind ? KIND_STYLE[kind] : undefined) ?? DEFAULT_NODE;
export const typeStyle = (type: string | null | undefined): TypeStyle => (type ? TYPE_STYLE[type] : undefined) ?? DEFAULT_TYPE;

/** Widest line of a node's label, in pixels; longer names wrap. */
export const LABEL_WIDTH = 130;

/**
 * Rendered size (font pixels on screen) below which an edge's label is not
 * drawn: at the edge font's 10 px, edge labels show from zoom 0.8 on.
 */
export const EDGE_LABEL_MIN_PX = 8;

export function graphStyle(): StylesheetJson {
  const kinds = Object.entries(KIND_STYLE).map(([kind, s]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': s.color, shape: s.shape },
  }));
  const types = Object.entries(TYPE_STYLE).map(([type, s]) => ({
    selector: `edge[type = "${type}"]`,
    style: {
      'line-color': s.color,
      'target-arrow-color': s.color,
      'target-arrow-shape': s.arrow,
      'line-style': s.dash.length > 0 ? 'dashed' : 'solid',
      ...(s.dash.length > 0 ? { 'line-dash-pattern': [...s.dash] } : {}),
      color: s.color,
    },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)', 'font-size': 12, 'text-valign': 'bottom', 'text-margin-y': 4, 'min-zoomed-font-size': 7,
        width: 30, height: 30, 'background-color': DEFAULT_NODE.color, 'border-width': 1.5, 'border-color': '#ffffff',
        color: '#1d2433', 'text-outline-color': '#fff', 'text-outline-width': 2.5,
        // Long names wrap onto lines of at most LABEL_WIDTH pixels rather than being cut.
        'text-wrap': 'wrap', 'text-max-width': `${LABEL_WIDTH}px`, 'text-justification': 'center', 'line-height': 1.15,
      },
    },
    // Size by weight (node-size.ts), once the canvas has counted a node's claims.
    { selector: 'node[size]', style: { width: 'data(size)', height: 'data(size)' } },
    // Level of detail in a crowded view (node-size.ts): the busiest actors' labels are larger, so
    // they stay legible (above min-zoomed-font-size) when the graph is fitted and the others' are not drawn.
    ...LABEL_TIERS.map((t, i) => ({ selector: `node[tier = ${i + 1}]`, style: { 'font-size': t.fontSize, 'text-max-width': `${t.maxWidth}px` } })),
    ...kinds,
    {
      selector: 'edge',
      style: {
        label: 'data(label)', 'font-size': 10, 'min-zoomed-font-size': EDGE_LABEL_MIN_PX, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
        'arrow-scale': 1.1, width: 'mapData(count, 1, 6, 2, 6)', 'line-color': DEFAULT_TYPE.color, 'target-arrow-color': DEFAULT_TYPE.color,
        'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.9, 'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle', 'font-weight': 600,
      },
    },
    ...types,
    // The explorer's classes (see canvas.ts); later rules win.
    { selector: '.faded', style: { opacity: 0.2, 'text-opacity': 0.35 } },
    { selector: '.filtered, .hidden, .export-hidden', style: { display: 'none' } },
    { selector: 'node.pinned', style: { 'border-width': 3, 'border-color': '#1d2433', 'border-style': 'double' } },
    { selector: 'node.found', style: { 'underlay-color': '#ffd400', 'underlay-opacity': 0.55, 'underlay-padding': 8 } },
    { selector: '.path', style: { 'underlay-color': '#19a974', 'underlay-opacity': 0.45, 'underlay-padding': 5 } },
    { selector: 'node.more', style: { 'border-width': 3, 'border-color': '#f0a500', 'border-style': 'dashed' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#ffb000', 'border-style': 'solid', 'font-weight': 700 } },
    { selector: 'edge:selected', style: { width: 6, 'underlay-color': '#ffb000', 'underlay-opacity': 0.5, 'underlay-padding': 4 } },
  ];
}
