// Textual checks of a user's Cypher before it reaches Neo4j: comments and
// string literals are blanked first so that a word inside a string never
// counts. These are only the first layer; the plan check is the real one.

/**
 * Characters Neo4j's parser skips as whitespace that JavaScript's `\s` does
 * not match (the ASCII separators FS, GS, RS, US): made plain spaces so that
 * `USE\u001Cneo4j` cannot slip past the rules below.
 */
// eslint-disable-next-line no-control-regex -- these control characters are the point
const CYPHER_ONLY_SPACE = /[\u001c-\u001f]/g;

/**
 * The query with comments and string/identifier literals replaced by spaces
 * (same length; the quotes of a literal are kept), and Neo4j's extra
 * whitespace characters made spaces.
 */
export function blankLiterals(query: string): string {
  let out = '';
  let i = 0;
  while (i < query.length) {
    const c = query[i] ?? '';
    const next = query[i + 1] ?? '';
    if (c === '/' && next === '/') {
      // NOTE: Neo4j ends a line comment at CR as well as LF; a comment that ran on past a lone CR would hide the code after it.
      let stop = i + 2;
      while (stop < query.length && query[stop] !== '\n' && query[stop] !== '\r') stop++;
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
  return out.replace(CYPHER_ONLY_SPACE, ' ');
}

export type TextVerdict = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** Read aloud: a pattern of the blanked query, and why a query matching it is refused. */
const RULES: readonly [RegExp, string][] = [
  [/\bLOAD\s+CSV\b/i, 'LOAD CSV is not allowed'],
  // NOTE: the concurrency may be a parameter or an expression (`IN $n CONCURRENT TRANSACTIONS`).
  [/\}\s*IN\s+(?:[^{};]*?\s)?TRANSACTIONS\b/i, 'CALL { … } IN TRANSACTIONS is not allowed'],
  [/^\s*(EXPLAIN|PROFILE)\b/i, 'EXPLAIN and PROFILE are added by the server; send the query alone'],
  [/^\s*CYPHER\b/i, 'query options (CYPHER …) are not supported'],
  [/^\s*:/, 'client commands (:param, :use …) are not Cypher'],
  // A USE clause: the word, not a property, parameter, label or `AS use` variable, followed by a graph name,
  // a quoted one (`USE`system``, no space needed) or graph.byName(…).
  [/(?<![.$:\w])(?<!\bAS\s+)USE\b\s*(?=[`\p{L}_(])/iu, 'USE is not allowed: queries run on the configured database'],
];

/** Rejects what no read query needs, before asking Neo4j for a plan. */
export function checkQueryText(query: string): TextVerdict {
  const text = blankLiterals(query);
  const semicolon = text.indexOf(';');
  if (semicolon !== -1 && text.slice(semicolon + 1).trim().length > 0) return { ok: false, reason: 'one statement at a time' };
  for (const [re, reason] of RULES) if (re.test(text)) return { ok: false, reason };
  return { ok: true };
}

/** One part of a procedure name: a quoted part (a blanked literal) or a bare word. */
const NAME_PART = /\s*(?:`|([\p{L}\p{N}_$]+))/uy;
const AFTER_NAME = /\s*(?:\(|$|;)/uy;

/**
 * The names of the procedures the query calls (`CALL db.labels()`,
 * ``CALL `db`.`labels`()``, `OPTIONAL CALL x.y`), as Neo4j would look them
 * up, so that one off the allow-list is refused by name whether or not it is
 * installed. A CALL this scanner cannot read is left to the plan check.
 */
export function calledProcedures(query: string): string[] {
  const text = blankLiterals(query);
  const names: string[] = [];
  for (const m of text.matchAll(/(?<![.$:\w])CALL\b/giu)) {
    const parts: string[] = [];
    let at = m.index + m[0].length;
    for (;;) {
      NAME_PART.lastIndex = at;
      const part = NAME_PART.exec(text);
      if (!part) break;
      if (part[1] !== undefined) {
        parts.push(part[1]);
        at = NAME_PART.lastIndex;
      } else {
        // A quoted part: its text is in the query, `` standing for one backtick.
        const open = NAME_PART.lastIndex - 1;
        let close = text.indexOf('`', open + 1);
        while (close !== -1 && text[close + 1] === '`') close = text.indexOf('`', close + 2);
        if (close === -1) break;
        parts.push(query.slice(open + 1, close).replaceAll('``', '`'));
        at = close + 1;
      }
      const dot = /\s*\./y;
      dot.lastIndex = at;
      if (!dot.test(text)) break;
      at = dot.lastIndex;
    }
    AFTER_NAME.lastIndex = at;
    if (parts.length > 0 && AFTER_NAME.test(text)) names.push(parts.join('.'));
  }
  return names;
}
