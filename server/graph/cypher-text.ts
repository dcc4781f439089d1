// Textual checks of a user's Cypher before it reaches Neo4j: comments and
// string literals are blanked first so that a word inside a string never
// counts. These are only the first layer; the plan check is the real one.

/** The query with comments and string/identifier literals replaced by spaces (same length). */
export function blankLiterals(query: string): string {
  let out = '';
  let i = 0;
  while (i < query.length) {
    const c = query[i] ?? '';
    const next = query[i + 1] ?? '';
    if (c === '/' && next === '/') {
      const end = query.indexOf('\n', i);
      const stop = end === -1 ? query.length : end;
      out += ' '.repeat(stop - i);
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = query.indexOf('*/', i + 2);
      const stop = end === -1 ? query.length : end + 2;
      out += ' '.repeat(stop - i);
      i = stop;
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < query.length && query[j] !== c) j += query[j] === '\\' && c !== '`' ? 2 : 1;
      const stop = Math.min(j + 1, query.length);
      out += c + ' '.repeat(Math.max(0, stop - i - 2)) + (stop - i >= 2 ? c : '');
      i = stop;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

export type TextVerdict = { readonly ok: true } | { readonly ok: false; readonly reason: string };

const RULES: readonly [RegExp, string][] = [
  [/\bLOAD\s+CSV\b/i, 'LOAD CSV is not allowed'],
  [/\bIN\s+(\d+\s+)?(CONCURRENT\s+)?TRANSACTIONS\b/i, 'CALL { … } IN TRANSACTIONS is not allowed'],
  [/^\s*(EXPLAIN|PROFILE)\b/i, 'EXPLAIN and PROFILE are added by the server; send the query alone'],
  [/^\s*CYPHER\b/i, 'query options (CYPHER …) are not supported'],
  [/^\s*:/, 'client commands (:param, :use …) are not Cypher'],
  [/\bUSE\s+[`\w]/i, 'USE is not allowed: queries run on the configured database'],
];

/** Rejects what no read query needs, before asking Neo4j for a plan. */
export function checkQueryText(query: string): TextVerdict {
  const text = blankLiterals(query);
  const semicolon = text.indexOf(';');
  if (semicolon !== -1 && text.slice(semicolon + 1).trim().length > 0) return { ok: false, reason: 'one statement at a time' };
  for (const [re, reason] of RULES) if (re.test(text)) return { ok: false, reason };
  return { ok: true };
}
