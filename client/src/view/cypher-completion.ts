// Completion for the Cypher editor: labels and relationship types after ':',
// property keys after '.', keywords and functions elsewhere; the schema facts
// come from GET /api/schema-info.
import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import type { SchemaInfoResponse } from '../../../server/api/contract.ts';

const KEYWORDS = [
  'MATCH', 'OPTIONAL MATCH', 'WHERE', 'RETURN', 'WITH', 'ORDER BY', 'LIMIT', 'SKIP', 'UNWIND', 'DISTINCT', 'AS', 'AND', 'OR', 'NOT',
  'IN', 'IS NULL', 'IS NOT NULL', 'CASE', 'WHEN', 'THEN', 'ELSE', 'END', 'CALL', 'EXISTS', 'COUNT', 'DESC', 'ASC', 'STARTS WITH', 'CONTAINS',
];
const FUNCTIONS = ['count', 'collect', 'size', 'type', 'labels', 'keys', 'coalesce', 'startNode', 'endNode', 'nodes', 'relationships', 'shortestPath', 'allShortestPaths', 'toLower', 'toUpper', 'left', 'right', 'substring', 'min', 'max', 'sum', 'avg', 'elementId', 'properties', 'head', 'last', 'range', 'exists'];

export function cypherCompletion(schema: () => SchemaInfoResponse | null) {
  return (ctx: CompletionContext): CompletionResult | null => {
    const s = schema();
    const after = ctx.matchBefore(/[:.][A-Za-z_0-9]*$/);
    if (after && s) {
      const colon = after.text.startsWith(':');
      const options: Completion[] = colon
        ? [...s.labels.map((l) => ({ label: l, type: 'class', detail: 'label' })), ...s.relationshipTypes.map((t) => ({ label: t, type: 'type', detail: 'relationship type' }))]
        : s.propertyKeys.map((k) => ({ label: k, type: 'property', detail: 'property' }));
      return { from: after.from + 1, options, validFor: /^[A-Za-z_0-9]*$/ };
    }
    const word = ctx.matchBefore(/[A-Za-z_][A-Za-z_0-9]*$/);
    if (!word || (word.from === word.to && !ctx.explicit)) return null;
    return {
      from: word.from,
      options: [
        ...KEYWORDS.map((k) => ({ label: k, type: 'keyword' })),
        ...FUNCTIONS.map((f) => ({ label: f, type: 'function', apply: `${f}(` })),
      ],
      validFor: /^[A-Za-z_0-9 ]*$/,
    };
  };
}
