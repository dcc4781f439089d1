// A scene's state from the view (to save), and the view of a scene's state
// (to open): the URL state's fields (query, filters, layout, selection,
// expanded) and the placed view (positions, edges, hidden, pinned, zoom, pan).
import type { SceneState } from '../../../server/api/contract-scenes.ts';
import { placedOf, type PlacedView } from '../graph/placed-view.ts';
import type { UrlState } from '../graph/url-state.ts';
import type { AppContext } from './app-context.ts';
import { currentState } from './url-sync.ts';

export function sceneStateOf(app: AppContext): SceneState {
  const url = currentState(app);
  const placed = placedOf(app.cy);
  const f = url.filters;
  return {
    version: 1,
    nodes: [...placed.nodes].map(([key, p]) => ({ key, x: p.x, y: p.y })),
    edges: [...(placed.edges ?? [])],
    hidden: [...placed.hidden],
    pinned: [...placed.pinned],
    zoom: placed.zoom,
    pan: { ...placed.pan },
    filters: {
      // NOTE: the Filters panel offers only the contract's types and kinds; the server checks them again.
      types: f.types ? ([...f.types] as SceneState['filters']['types']) : null,
      kinds: f.kinds ? ([...f.kinds] as SceneState['filters']['kinds']) : null,
      articles: f.articles ? [...f.articles] : null,
      from: f.from,
      to: f.to,
      undated: f.undated,
      orphans: f.orphans,
    },
    layout: url.layout,
    selection: [...url.selection],
    expanded: [...url.expanded],
    query: url.query ? (url.query.kind === 'saved' ? { kind: 'saved', name: url.query.name, params: { ...url.query.params } } : { kind: 'cypher', text: url.query.text, params: { ...url.query.params } }) : null,
  };
}

export function sceneView(s: SceneState): { readonly url: UrlState; readonly placed: PlacedView } {
  return {
    url: { layout: s.layout, filters: s.filters, selection: s.selection, expanded: s.expanded, query: s.query },
    placed: { nodes: new Map(s.nodes.map((n) => [n.key, { x: n.x, y: n.y }])), edges: s.edges, hidden: s.hidden, pinned: s.pinned, zoom: s.zoom, pan: s.pan },
  };
}
