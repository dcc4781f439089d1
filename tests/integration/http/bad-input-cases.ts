// The bad-input table of bad-input.test.ts: for every endpoint, requests that
// must be refused with a 4xx and the API's {code, message} body, one row per
// request, read as "METHOD path (body) → status code: what it tries". Rows are
// grouped by endpoint; `articleLimited` rows pass the articles' rate limit.

/** Largest article the table's app accepts (MAX_ARTICLE_BYTES), small so that the limit is cheap to reach. */
export const MAX_ARTICLE_BYTES = 8_000;
/** The JSON body limit app.ts derives from it. */
const JSON_LIMIT = Math.ceil(MAX_ARTICLE_BYTES * 1.5) + 64_000;

export const TOKEN = 'test-token-0123456789abcdef';
/** An actor that the table's database holds, and one with a neighbour. */
export const KNOWN = 'country:ruritania';
export const OTHER = 'country:freedonia';
/** A text the extractor finds actors and an event in: loading it would write. */
export const ARTICLE = 'Norway expelled three Russian diplomats on Monday, the Norwegian Foreign Ministry said.';
const NOTHING = 'Nothing happened here at all today. ';

export type Method = 'get' | 'post' | 'delete' | 'put' | 'patch';

export interface Raw {
  readonly type: string;
  readonly body: string | Buffer;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface Case {
  readonly what: string;
  readonly method: Method;
  readonly path: string;
  /** A value sent as application/json. */
  readonly json?: unknown;
  /** Bytes sent as they are, with their content type. */
  readonly raw?: Raw;
  /** Send no Authorization header. */
  readonly anonymous?: boolean;
  readonly status: number;
  /** The error code expected, when one is clear. */
  readonly code?: string;
}

type Extra = Pick<Case, 'json' | 'raw' | 'anonymous'>;
const row = (method: Method, path: string, status: number, code: string | undefined, what: string, extra: Extra = {}): Case => ({ what, method, path, status, ...(code === undefined ? {} : { code }), ...extra });
const get = (path: string, status: number, code: string | undefined, what: string, extra?: Extra): Case => row('get', path, status, code, what, extra);
const del = (path: string, status: number, code: string | undefined, what: string, extra?: Extra): Case => row('delete', path, status, code, what, extra);
const post = (path: string, json: unknown, status: number, code: string | undefined, what: string): Case => row('post', path, status, code, what, { json });
const postRaw = (path: string, raw: Raw, status: number, code: string | undefined, what: string): Case => row('post', path, status, code, what, { raw });

const enc = encodeURIComponent;
/** JSON text as sent (a JS object literal cannot carry an own `__proto__` key). */
const jsonText = (body: string): Raw => ({ type: 'application/json', body });
const deep = (n: number): unknown => (n === 0 ? 1 : { a: deep(n - 1) });
const deepArrays = (n: number): Raw => jsonText(`${'['.repeat(n)}${']'.repeat(n)}`);
const huge = (): Raw => jsonText(JSON.stringify({ query: 'RETURN 1', pad: 'x'.repeat(JSON_LIMIT) }));

// ---------- strings that break naive code ----------

const NUL = '\u0000';
const RTL = '\u202E';
const EMOJI = '\u{1F4A5}';
const LONE = '\uD800';
/** A lone surrogate as percent-encoded (CESU-8) bytes: not UTF-8, decodeURIComponent throws. */
const LONE_ENCODED = '%ED%A0%80';
const TRAVERSALS = ['../../etc/passwd', '..\\..\\windows\\win.ini'] as const;
const ENCODED_TRAVERSAL = '%2e%2e%2f%2e%2e%2fetc%2fpasswd';
const IMPOSSIBLE_DATES = ['2022-13-45', '2020-99-99', '2021-02-30', '2021-02-29', '1900-02-29', '2023-04-31', '2022-00', '2022-13', '2022-00-10', '2022-01-00'] as const;
const MALFORMED_DATES = ['2022-1-1', '22', '2022/01/01', '\uFF12\uFF10\uFF12\uFF12', `2022${NUL}`, `${RTL}2022`, `2022${EMOJI}`, '2022-02-29T00:00'] as const;

// ---------- multipart bodies ----------

const BOUNDARY = 'ActorgraphBoundary7MA4YWxk';
type Part = { readonly name: string; readonly value: string | Buffer; readonly filename?: string };
const field = (name: string, value: string): Part => ({ name, value });
const file = (value: string | Buffer, filename = 'article.txt', name = 'file'): Part => ({ name, value, filename });

function partBytes(p: Part): Buffer {
  const disposition = `Content-Disposition: form-data; name="${p.name}"${p.filename === undefined ? '' : `; filename="${p.filename}"`}`;
  const head = `--${BOUNDARY}\r\n${disposition}\r\n${p.filename === undefined ? '' : 'Content-Type: text/plain\r\n'}\r\n`;
  return Buffer.concat([Buffer.from(head), Buffer.from(p.value), Buffer.from('\r\n')]);
}

/** A well-formed multipart/form-data body of the parts. */
const form = (...parts: Part[]): Raw => ({ type: `multipart/form-data; boundary=${BOUNDARY}`, body: Buffer.concat([...parts.map(partBytes), Buffer.from(`--${BOUNDARY}--\r\n`)]) });
const multipart = (body: string | Buffer, type = `multipart/form-data; boundary=${BOUNDARY}`): Raw => ({ type, body: Buffer.from(body) });

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const LATIN1 = Buffer.from('Caf\xe9 na\xefve r\xe9sum\xe9: the minist\xe8re said nothing.', 'latin1');
const UTF16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]);
/** Text of exactly `bytes` UTF-8 bytes in which the extractor finds no actor. */
const nothingOf = (bytes: number): string => NOTHING.repeat(Math.ceil(bytes / NOTHING.length)).slice(0, bytes);

// ---------- GET /api/graph ----------

const GRAPH: Case[] = [
  ...IMPOSSIBLE_DATES.flatMap((d) => [
    get(`/api/graph?from=${enc(d)}`, 400, 'VALIDATION_FAILED', `impossible date from=${d}`),
    get(`/api/graph?to=${enc(d)}`, 400, 'VALIDATION_FAILED', `impossible date to=${d}`),
  ]),
  ...MALFORMED_DATES.map((d) => get(`/api/graph?from=${enc(d)}`, 400, 'VALIDATION_FAILED', `malformed date from=${JSON.stringify(d)}`)),
  get('/api/graph?from=2022&from=2023', 400, 'VALIDATION_FAILED', 'a date given twice (an array)'),
  ...['abc', '0', '-1', '1.5', '5001', '1e400', 'NaN', 'Infinity', ''].map((l) => get(`/api/graph?limit=${enc(l)}`, 400, 'VALIDATION_FAILED', `limit=${l}`)),
  get('/api/graph?limit=1&limit=2', 400, 'VALIDATION_FAILED', 'limit given twice'),
  ...['HUGGED', 'attacked', '__proto__', 'constructor', `ATTACKED${NUL}`, `${RTL}ATTACKED`, 'ATTACKED*'].map((t) => get(`/api/graph?types=${enc(t)}`, 400, 'VALIDATION_FAILED', `types=${JSON.stringify(t)}`)),
  get(`/api/graph?types=${'ATTACKED,'.repeat(60)}`, 400, 'VALIDATION_FAILED', 'types over 500 characters'),
  get('/api/graph?types=ATTACKED&types=DENIED', 400, 'VALIDATION_FAILED', 'types given twice'),
  ...['Planet', 'prototype', `Country${EMOJI}`].map((k) => get(`/api/graph?kinds=${enc(k)}`, 400, 'VALIDATION_FAILED', `kinds=${k}`)),
  get(`/api/graph?article=${'a'.repeat(201)}`, 400, 'VALIDATION_FAILED', 'article id over 200 characters'),
];

// ---------- GET /api/actors/:id and /neighbours ----------

const ACTORS: Case[] = [
  ...TRAVERSALS.map((t) => get(`/api/actors/${enc(t)}`, 404, 'NOT_FOUND', `traversal id ${t}`)),
  get(`/api/actors/${ENCODED_TRAVERSAL}`, 404, 'NOT_FOUND', 'traversal id as %2e%2e%2f'),
  get('/api/actors/../../etc/passwd', 404, 'NOT_FOUND', 'traversal in the raw path'),
  get('/api/actors/%E0%A4%A', 400, 'BAD_REQUEST', 'broken percent-encoding'),
  get('/api/actors/%', 400, 'BAD_REQUEST', 'a lone %'),
  get(`/api/actors/${LONE_ENCODED}`, 400, 'BAD_REQUEST', 'a lone surrogate, percent-encoded'),
  ...[NUL, RTL, EMOJI, `${KNOWN}${NUL}`, '__proto__', 'constructor', 'prototype', '*', '"', 'MATCH (n) DETACH DELETE n'].map((id) => get(`/api/actors/${enc(id)}`, 404, 'NOT_FOUND', `id ${JSON.stringify(id)}`)),
  get(`/api/actors/${'x'.repeat(301)}`, 400, 'VALIDATION_FAILED', 'id over 300 characters'),
  get(`/api/actors/${enc(TRAVERSALS[0])}/neighbours`, 404, 'NOT_FOUND', 'neighbours of a traversal id'),
  get(`/api/actors/${ENCODED_TRAVERSAL}/neighbours`, 404, 'NOT_FOUND', 'neighbours of %2e%2e%2f'),
  get('/api/actors/nobody/neighbours', 404, 'NOT_FOUND', 'neighbours of no actor'),
  get('/api/actors/%E0%A4%A/neighbours', 400, 'BAD_REQUEST', 'neighbours of a broken percent-encoding'),
  ...['direction=sideways', 'direction=__proto__', 'limit=0', 'limit=501', 'limit=x', 'skip=-1', 'skip=1.5', 'skip=abc', 'skip=1000001', 'types=HUGGED', 'types=ATTACKED&types=DENIED', 'direction=in&direction=out'].map((qs) =>
    get(`/api/actors/${enc(KNOWN)}/neighbours?${qs}`, 400, 'VALIDATION_FAILED', `neighbours ?${qs}`),
  ),
];

// ---------- GET /api/paths ----------

const PATHS: Case[] = [
  get(`/api/paths?from=${enc(KNOWN)}`, 400, 'VALIDATION_FAILED', 'no `to`'),
  get(`/api/paths?to=${enc(KNOWN)}`, 400, 'VALIDATION_FAILED', 'no `from`'),
  get(`/api/paths?from=&to=${enc(KNOWN)}`, 400, 'VALIDATION_FAILED', 'empty `from`'),
  get(`/api/paths?from=${enc(KNOWN)}&to=${'x'.repeat(301)}`, 400, 'VALIDATION_FAILED', '`to` over 300 characters'),
  ...['maxLength=0', 'maxLength=9', 'maxLength=abc', 'limit=0', 'limit=26', 'types=HUGGED'].map((qs) => get(`/api/paths?from=${enc(KNOWN)}&to=${enc(OTHER)}&${qs}`, 400, 'VALIDATION_FAILED', `paths ?${qs}`)),
  get(`/api/paths?from=${enc(KNOWN)}&from=${enc(OTHER)}&to=${enc(OTHER)}`, 400, 'VALIDATION_FAILED', '`from` given twice'),
  get(`/api/paths?from=${enc(KNOWN)}&to=nobody`, 404, 'NOT_FOUND', 'to an actor that does not exist'),
  get(`/api/paths?from=${enc(TRAVERSALS[0])}&to=${enc(KNOWN)}`, 404, 'NOT_FOUND', 'from a traversal id'),
  get(`/api/paths?from=${enc(`${RTL}${KNOWN}`)}&to=${enc(`${KNOWN}${EMOJI}`)}`, 404, 'NOT_FOUND', 'RTL override and emoji ids'),
];

// ---------- GET /api/search ----------

const SEARCH: Case[] = [
  get('/api/search', 400, 'VALIDATION_FAILED', 'no q'),
  get('/api/search?q=', 400, 'VALIDATION_FAILED', 'empty q'),
  get('/api/search?q=%20%20%20', 400, 'VALIDATION_FAILED', 'blank q'),
  get('/api/search?q=a&q=b', 400, 'VALIDATION_FAILED', 'q given twice'),
  get(`/api/search?q=${'x'.repeat(201)}`, 400, 'VALIDATION_FAILED', 'q over 200 characters'),
  // Lucene syntax is escaped (lucene-query.ts); a long run of it is refused by length before any index sees it.
  ...['"', '*', '~', 'AND(', '\\', '[a TO ', 'x~0.5 ', 'name:*', '/.*/ '].map((s) => get(`/api/search?q=${enc(s.repeat(Math.ceil(201 / s.length)))}`, 400, 'VALIDATION_FAILED', `Lucene ${JSON.stringify(s)} repeated past 200 characters`)),
  ...['0', '101', 'abc', '-1', '1.5'].map((l) => get(`/api/search?q=ruritania&limit=${l}`, 400, 'VALIDATION_FAILED', `limit=${l}`)),
];

// ---------- saved queries ----------

const QUERY_NAMES: readonly [string, number, string][] = [
  ['no-such-query', 404, 'NOT_FOUND'],
  ['Bad_Name', 400, 'VALIDATION_FAILED'],
  [enc(TRAVERSALS[0]), 400, 'VALIDATION_FAILED'],
  [ENCODED_TRAVERSAL, 400, 'VALIDATION_FAILED'],
  ['__proto__', 400, 'VALIDATION_FAILED'],
  ['constructor', 404, 'NOT_FOUND'],
  ['hasOwnProperty', 400, 'VALIDATION_FAILED'],
  [enc(`timeline${NUL}`), 400, 'VALIDATION_FAILED'],
  [enc(`${RTL}timeline`), 400, 'VALIDATION_FAILED'],
  [enc(`timeline${EMOJI}`), 400, 'VALIDATION_FAILED'],
  ['a'.repeat(81), 400, 'VALIDATION_FAILED'],
  ['%E0%A4%A', 400, 'BAD_REQUEST'],
];

const RUN: Case[] = [
  ...QUERY_NAMES.map(([name, status, code]) => post(`/api/queries/${name}/run`, {}, status, code, `run query named ${decodeURIComponentSafe(name)}`)),
  ...IMPOSSIBLE_DATES.slice(0, 6).map((d) => post('/api/queries/timeline/run', { params: { from: d } }, 400, 'VALIDATION_FAILED', `timeline from=${d}`)),
  post('/api/queries/timeline/run', { params: { to: '2021-02-29' } }, 400, 'VALIDATION_FAILED', 'timeline to=2021-02-29 (not a leap year)'),
  ...[20220101, ['2022'], { y: 2022 }, true, 'last year', ''].map((d) => post('/api/queries/timeline/run', { params: { from: d } }, 400, 'VALIDATION_FAILED', `timeline from=${JSON.stringify(d)}`)),
  post('/api/queries/timeline/run', { params: { limit: 'many' } }, 400, 'VALIDATION_FAILED', 'an integer that is not'),
  post('/api/queries/timeline/run', { params: { types: ['HUGGED'] } }, 400, 'VALIDATION_FAILED', 'an unknown relation type'),
  post('/api/queries/timeline/run', { params: { nope: 1 } }, 400, 'VALIDATION_FAILED', 'an unknown parameter'),
  post('/api/queries/timeline/run', { params: { prototype: 1 } }, 400, 'VALIDATION_FAILED', 'a parameter named prototype'),
  post('/api/queries/actor-everything/run', { params: { actor: '' } }, 400, 'VALIDATION_FAILED', 'an empty actor id'),
  ...['x', [1, 2], 42, null].map((p) => post('/api/queries/timeline/run', { params: p }, 400, 'VALIDATION_FAILED', `params ${JSON.stringify(p)}`)),
  post('/api/queries/timeline/run', { params: { '1x': 1 } }, 400, 'VALIDATION_FAILED', 'a parameter name that is not an identifier'),
  postRaw('/api/queries/timeline/run', jsonText('{"params":{"__proto__":{"limit":"many"}}}'), 400, 'BAD_REQUEST', '__proto__ in params'),
  postRaw('/api/queries/timeline/run', jsonText('{"params":{"constructor":{"prototype":{"limit":1}}}}'), 400, 'BAD_REQUEST', 'constructor.prototype in params'),
  postRaw('/api/queries/timeline/run', jsonText('{"params": {"from": "2022"'), 400, 'BAD_REQUEST', 'truncated JSON'),
];

const CREATE: Case[] = [
  post('/api/queries', {}, 400, 'VALIDATION_FAILED', 'nothing'),
  ...['Bad Name', TRAVERSALS[0], ENCODED_TRAVERSAL, '__proto__', '', 'a'.repeat(81), `q${NUL}`, `q${RTL}`, `q${EMOJI}`, `q${LONE}`].map((name) =>
    post('/api/queries', { name, cypher: 'RETURN 1' }, 400, 'VALIDATION_FAILED', `name ${JSON.stringify(name.slice(0, 20))}`),
  ),
  post('/api/queries', { name: 42, cypher: 'RETURN 1' }, 400, 'VALIDATION_FAILED', 'a number as name'),
  post('/api/queries', { name: 'q', cypher: '' }, 400, 'VALIDATION_FAILED', 'empty cypher'),
  post('/api/queries', { name: 'q', cypher: ['RETURN 1'] }, 400, 'VALIDATION_FAILED', 'cypher as an array'),
  post('/api/queries', { name: 'q', cypher: `RETURN 1 ${' '.repeat(20_000)}` }, 400, 'VALIDATION_FAILED', 'cypher over 20 000 characters'),
  post('/api/queries', { name: 'q', cypher: 'RETURN 1', title: '' }, 400, 'VALIDATION_FAILED', 'empty title'),
  post('/api/queries', { name: 'q', cypher: 'RETURN 1', description: 'd'.repeat(2_001) }, 400, 'VALIDATION_FAILED', 'description over 2 000 characters'),
  post('/api/queries', { name: 'q', cypher: 'RETURN 1', params: 'x' }, 400, 'VALIDATION_FAILED', 'params as a string'),
  post('/api/queries', { name: 'q', cypher: 'RETURN $a', params: [{ name: '1x', type: 'string' }] }, 400, 'VALIDATION_FAILED', 'a parameter name that is not an identifier'),
  post('/api/queries', { name: 'q', cypher: 'RETURN $a', params: [{ name: 'a', type: 'datetime' }] }, 400, 'VALIDATION_FAILED', 'an unknown parameter type'),
  post('/api/queries', { name: 'q', cypher: 'RETURN 1', params: Array.from({ length: 21 }, (_, i) => ({ name: `p${i}`, type: 'string' })) }, 400, 'VALIDATION_FAILED', 'more than 20 parameters'),
  ...IMPOSSIBLE_DATES.slice(0, 3).map((d) => post('/api/queries', { name: 'q', cypher: 'RETURN $d', params: [{ name: 'd', type: 'date', default: d }] }, 400, 'VALIDATION_FAILED', `a date parameter defaulting to ${d}`)),
  post('/api/queries', { name: 'q', cypher: 'RETURN $n', params: [{ name: 'n', type: 'integer', default: 'many' }] }, 400, 'VALIDATION_FAILED', 'an integer parameter defaulting to a word'),
  ...['__proto__', 'constructor', 'prototype'].map((p) => post('/api/queries', { name: 'q', cypher: `RETURN $${p}`, params: [{ name: p, type: 'string', default: 'x' }] }, 400, 'VALIDATION_FAILED', `a parameter named ${p}`)),
  postRaw('/api/queries', jsonText('{"name":"q","cypher":"RETURN 1","__proto__":{"origin":"builtin"}}'), 400, 'BAD_REQUEST', '__proto__ in the body'),
  post('/api/queries', { name: 'timeline', cypher: 'RETURN 1' }, 409, 'CONFLICT', 'the name of a built-in query'),
  post('/api/queries', { name: 'q', cypher: 'MATCH (n) DETACH DELETE n' }, 400, 'QUERY_REJECTED', 'a query that writes'),
  post('/api/queries', { name: 'q', cypher: 'MATCH (n RETURN n' }, 400, 'QUERY_FAILED', 'a syntax error'),
  row('post', '/api/queries', 401, 'UNAUTHORIZED', 'no token', { json: { name: 'q', cypher: 'RETURN 1' }, anonymous: true }),
];

const DELETE_QUERY: Case[] = [
  ...QUERY_NAMES.filter(([name]) => name !== 'no-such-query').map(([name, status, code]) => del(`/api/queries/${name}`, status, code, `delete query named ${decodeURIComponentSafe(name)}`)),
  del('/api/queries/no-such-query', 404, 'NOT_FOUND', 'delete a query that does not exist'),
  del('/api/queries/timeline', 400, 'BAD_REQUEST', 'delete a built-in query'),
  del('/api/queries/timeline', 401, 'UNAUTHORIZED', 'delete without the token', { anonymous: true }),
];

// ---------- POST /api/cypher ----------

const CYPHER: Case[] = [
  post('/api/cypher', {}, 400, 'VALIDATION_FAILED', 'no query'),
  post('/api/cypher', [], 400, 'VALIDATION_FAILED', 'an array'),
  ...[42, '', null, ['RETURN 1'], { q: 1 }].map((q) => post('/api/cypher', { query: q }, 400, 'VALIDATION_FAILED', `query ${JSON.stringify(q)}`)),
  post('/api/cypher', { query: `RETURN 1 ${' '.repeat(20_000)}` }, 400, 'VALIDATION_FAILED', 'query over 20 000 characters'),
  ...[[1, 2], 'x', null, 7].map((p) => post('/api/cypher', { query: 'RETURN 1', params: p }, 400, 'VALIDATION_FAILED', `params ${JSON.stringify(p)}`)),
  ...['1x', '$x', 'a b', '', `x${NUL}`, `x${EMOJI}`].map((k) => post('/api/cypher', { query: 'RETURN 1', params: { [k]: 1 } }, 400, 'VALIDATION_FAILED', `parameter name ${JSON.stringify(k)}`)),
  ...[0, 10_001, '10', 1.5].map((m) => post('/api/cypher', { query: 'RETURN 1', maxRows: m }, 400, 'VALIDATION_FAILED', `maxRows ${JSON.stringify(m)}`)),
  ...[50, 1e9, '500'].map((t) => post('/api/cypher', { query: 'RETURN 1', timeoutMs: t }, 400, 'VALIDATION_FAILED', `timeoutMs ${JSON.stringify(t)}`)),
  post('/api/cypher', { query: 'MATCH (n RETURN n' }, 400, 'QUERY_FAILED', 'a syntax error'),
  post('/api/cypher', { query: 'RETURN $x' }, 400, 'QUERY_FAILED', 'a missing parameter'),
  post('/api/cypher', { query: `RETURN 1${NUL}` }, 400, 'QUERY_FAILED', 'a NUL after the query'),
  post('/api/cypher', { query: `${RTL}RETURN 1` }, 400, 'QUERY_FAILED', 'an RTL override before the query'),
  post('/api/cypher', { query: LONE }, 400, 'QUERY_FAILED', 'a lone surrogate as the query'),
  post('/api/cypher', { query: "CREATE (n:Actor {id: 'x'})" }, 400, 'QUERY_REJECTED', 'a write'),
  post('/api/cypher', { query: 'RETURN 1', params: deep(200) }, 400, 'BAD_REQUEST', 'params nested 200 deep'),
  post('/api/cypher', deep(33), 400, 'BAD_REQUEST', 'a body nested 33 deep'),
  postRaw('/api/cypher', deepArrays(30_000), 400, 'BAD_REQUEST', 'arrays nested 30 000 deep'),
  postRaw('/api/cypher', huge(), 413, 'PAYLOAD_TOO_LARGE', 'a body over the JSON limit'),
  postRaw('/api/cypher', deepArrays(60_000), 413, 'PAYLOAD_TOO_LARGE', 'arrays nested 60 000 deep, over the JSON limit'),
  ...['{"query": ', "{'query': 'RETURN 1'}", '{"query": "RETURN 1",}', '"RETURN 1"', 'null', '42', 'tru', '{"query": NaN}', '{"query": "RETURN 1"}}', '\u0000'].map((b) =>
    postRaw('/api/cypher', jsonText(b), 400, 'BAD_REQUEST', `malformed JSON ${JSON.stringify(b)}`),
  ),
  postRaw('/api/cypher', jsonText('{"query":"RETURN $x","params":{"__proto__":{"x":1}}}'), 400, 'BAD_REQUEST', '__proto__ in params'),
  postRaw('/api/cypher', jsonText('{"query":"RETURN 1","__proto__":{"timeoutMs":1}}'), 400, 'BAD_REQUEST', '__proto__ in the body'),
  postRaw('/api/cypher', jsonText('{"query":"RETURN 1","constructor":{"prototype":{"maxRows":1}}}'), 400, 'BAD_REQUEST', 'constructor.prototype in the body'),
  postRaw('/api/cypher', { type: 'application/json; charset=latin1', body: '{"query":"RETURN 1"}' }, 415, 'UNSUPPORTED_MEDIA_TYPE', 'an unsupported charset'),
  postRaw('/api/cypher', { type: 'application/json', body: Buffer.from('not gzip at all'), headers: { 'Content-Encoding': 'gzip' } }, 400, 'BAD_REQUEST', 'gzip that is not'),
  postRaw('/api/cypher', { type: 'application/json', body: '{"query":"RETURN 1"}', headers: { 'Content-Encoding': 'compress' } }, 415, 'UNSUPPORTED_MEDIA_TYPE', 'an unsupported content encoding'),
  postRaw('/api/cypher', { type: 'text/plain', body: 'RETURN 1' }, 400, 'VALIDATION_FAILED', 'plain text'),
  postRaw('/api/cypher', { type: 'application/x-www-form-urlencoded', body: 'query=RETURN+1' }, 400, 'VALIDATION_FAILED', 'a URL-encoded form'),
  postRaw('/api/cypher', multipart('x', 'multipart/form-data'), 400, 'VALIDATION_FAILED', 'multipart without a boundary (not parsed here)'),
];

// ---------- POST /api/export ----------

const EXPORT: Case[] = [
  post('/api/export', { format: 'pdf', elementIds: [] }, 400, 'VALIDATION_FAILED', 'an unknown format'),
  post('/api/export', { format: TRAVERSALS[0], elementIds: [] }, 400, 'VALIDATION_FAILED', 'a traversal as format'),
  post('/api/export', { format: ['json'], elementIds: [] }, 400, 'VALIDATION_FAILED', 'format as an array'),
  post('/api/export', { format: 'json' }, 400, 'VALIDATION_FAILED', 'no source'),
  post('/api/export', { format: 'json', elementIds: [], cypher: { query: 'RETURN 1' } }, 400, 'VALIDATION_FAILED', 'two sources'),
  post('/api/export', { format: 'json', elementIds: null }, 400, 'VALIDATION_FAILED', 'elementIds null'),
  post('/api/export', { format: 'json', elementIds: 'a' }, 400, 'VALIDATION_FAILED', 'elementIds a string'),
  post('/api/export', { format: 'json', elementIds: [1] }, 400, 'VALIDATION_FAILED', 'elementIds of numbers'),
  post('/api/export', { format: 'json', elementIds: ['x'.repeat(201)] }, 400, 'VALIDATION_FAILED', 'an element id over 200 characters'),
  post('/api/export', { format: 'json', elementIds: Array.from({ length: 20_001 }, () => '') }, 400, 'VALIDATION_FAILED', 'over 20 000 element ids'),
  post('/api/export', { format: 'json', query: { name: TRAVERSALS[0] } }, 404, 'NOT_FOUND', 'a traversal as query name'),
  post('/api/export', { format: 'json', query: { name: 'timeline', params: { from: '2021-02-30' } } }, 400, 'VALIDATION_FAILED', 'a saved query with from=2021-02-30'),
  post('/api/export', { format: 'csv', query: { name: 'timeline', params: { to: '2020-99-99' } } }, 400, 'VALIDATION_FAILED', 'a saved query with to=2020-99-99'),
  post('/api/export', { format: 'json', query: { name: 'timeline', params: 'x' } }, 400, 'VALIDATION_FAILED', 'saved-query params a string'),
  post('/api/export', { format: 'json', cypher: { query: 'MATCH (n) DETACH DELETE n' } }, 400, 'QUERY_REJECTED', 'Cypher that writes'),
  post('/api/export', { format: 'graphml', cypher: { query: 'MATCH (n RETURN n' } }, 400, 'QUERY_FAILED', 'Cypher with a syntax error'),
  post('/api/export', { format: 'gexf', cypher: { query: 'RETURN $x' } }, 400, 'QUERY_FAILED', 'Cypher with a missing parameter'),
  post('/api/export', deep(40), 400, 'BAD_REQUEST', 'a body nested 40 deep'),
  postRaw('/api/export', jsonText('{"format":"json","elementIds":[],"__proto__":{"format":"cypher"}}'), 400, 'BAD_REQUEST', '__proto__ in the body'),
  postRaw('/api/export', jsonText('{"format":"json","elementIds":['), 400, 'BAD_REQUEST', 'truncated JSON'),
  postRaw('/api/export', huge(), 413, 'PAYLOAD_TOO_LARGE', 'a body over the JSON limit'),
];

// ---------- bodiless endpoints: GET /api/health, /api/schema-info, /api/queries, /api/articles ----------

const BODILESS: Case[] = ['/api/health', '/api/schema-info', '/api/queries', '/api/articles'].flatMap((path) => [
  row('get', path, 400, 'BAD_REQUEST', 'a GET with malformed JSON', { raw: jsonText('{"a": ') }),
  row('get', path, 400, 'BAD_REQUEST', 'a GET with a body nested 33 deep', { raw: jsonText(JSON.stringify(deep(33))) }),
  row('get', path, 413, 'PAYLOAD_TOO_LARGE', 'a GET with a body over the JSON limit', { raw: huge() }),
  row('put', path, 404, 'NOT_FOUND', 'a method the route does not have', { json: {} }),
]);

// ---------- DELETE /api/articles/:id ----------

const DELETE_ARTICLE: Case[] = [
  del('/api/articles/article:none', 404, 'NOT_FOUND', 'an article that does not exist'),
  ...TRAVERSALS.map((t) => del(`/api/articles/${enc(t)}`, 404, 'NOT_FOUND', `traversal id ${t}`)),
  del(`/api/articles/${ENCODED_TRAVERSAL}`, 404, 'NOT_FOUND', 'traversal id as %2e%2e%2f'),
  del('/api/articles/../../etc/passwd', 404, 'NOT_FOUND', 'traversal in the raw path'),
  del(`/api/articles/${'a'.repeat(201)}`, 400, 'VALIDATION_FAILED', 'id over 200 characters'),
  del('/api/articles/%E0%A4%A', 400, 'BAD_REQUEST', 'broken percent-encoding'),
  del(`/api/articles/${LONE_ENCODED}`, 400, 'BAD_REQUEST', 'a lone surrogate, percent-encoded'),
  ...[NUL, RTL, EMOJI, '__proto__', 'constructor'].map((id) => del(`/api/articles/${enc(id)}`, 404, 'NOT_FOUND', `id ${JSON.stringify(id)}`)),
  del('/api/articles/article:none', 401, 'UNAUTHORIZED', 'no token', { anonymous: true }),
  row('delete', '/api/articles/article:none', 401, 'UNAUTHORIZED', 'a wrong token', { anonymous: true, raw: { type: 'application/json', body: '{}', headers: { Authorization: 'Bearer wrong-token-0123456789' } } }),
];

// ---------- POST /api/articles and /api/articles/preview ----------

/** The same upload to both endpoints that parse an article. */
const uploadBoth = (raw: Raw, status: number, code: string, what: string): Case[] => [postRaw('/api/articles/preview', raw, status, code, `preview: ${what}`), postRaw('/api/articles', raw, status, code, `load: ${what}`)];

/** Rows that reach the articles' rate limit (a minute's worth per client, see bad-input.test.ts). */
export const ARTICLE_LIMITED: Case[] = [
  post('/api/articles/preview', { text: '' }, 400, 'VALIDATION_FAILED', 'preview: empty text'),
  ...[42, null].map((t) => post('/api/articles/preview', { text: t }, 400, 'VALIDATION_FAILED', `preview: text ${JSON.stringify(t)}`)),
  post('/api/articles/preview', { text: ARTICLE, title: 't'.repeat(501) }, 400, 'VALIDATION_FAILED', 'preview: title over 500 characters'),
  ...['10/09/2022', ...IMPOSSIBLE_DATES.slice(0, 3)].map((d) => post('/api/articles/preview', { text: ARTICLE, published: d }, 400, 'VALIDATION_FAILED', `preview: published ${d}`)),
  post('/api/articles', { text: ARTICLE, published: 20220101 }, 400, 'VALIDATION_FAILED', 'load: published a number'),
  ...['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'ftp://example.org/a.txt', 'mailto:a@example.org', TRAVERSALS[0], '//evil.example/x', 'http://'].map((url) =>
    post('/api/articles', { text: ARTICLE, url }, 400, 'VALIDATION_FAILED', `load: url ${url}`),
  ),
  post('/api/articles/preview', { text: ARTICLE, url: 'javascript:alert(1)' }, 400, 'VALIDATION_FAILED', 'preview: url javascript:'),
  post('/api/articles', { text: `a${NUL}b${NUL}c${NUL}d` }, 400, 'ARTICLE_INVALID', 'load: NUL characters in the text'),
  post('/api/articles', { text: `${RTL}${EMOJI}${RTL}${EMOJI}` }, 422, 'NO_ACTORS', 'load: only RTL overrides and emoji'),
  post('/api/articles', { text: `${LONE} ${LONE} ${NOTHING}` }, 422, 'NO_ACTORS', 'load: lone surrogates'),
  post('/api/articles/preview', { text: nothingOf(MAX_ARTICLE_BYTES) }, 422, 'NO_ACTORS', 'preview: text at the size limit, no actors'),
  post('/api/articles', { text: nothingOf(MAX_ARTICLE_BYTES + 1) }, 400, 'ARTICLE_INVALID', 'load: text one byte over the size limit'),
  post('/api/articles', { text: '\u00e9'.repeat(MAX_ARTICLE_BYTES / 2 + 1) }, 400, 'ARTICLE_INVALID', 'load: two-byte characters one character over the size limit'),
  // multipart
  ...uploadBoth(multipart('x', 'multipart/form-data'), 400, 'BAD_REQUEST', 'multipart without a boundary'),
  ...uploadBoth(multipart(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\n${ARTICLE}`), 400, 'BAD_REQUEST', 'multipart truncated in a part'),
  postRaw('/api/articles', multipart(`--${BOUNDARY}\r\nContent-Disposition: form-da`), 400, 'BAD_REQUEST', 'load: multipart truncated in a header'),
  postRaw('/api/articles', multipart(`--${BOUNDARY}\r\nthis is not a header\r\n\r\n${ARTICLE}\r\n--${BOUNDARY}--\r\n`), 400, 'BAD_REQUEST', 'load: a malformed part header'),
  postRaw('/api/articles', multipart('', `multipart/form-data; boundary=${BOUNDARY}`), 400, 'BAD_REQUEST', 'load: multipart with an empty body'),
  postRaw('/api/articles', multipart('x', 'multipart/form-data; boundary='), 400, 'BAD_REQUEST', 'load: an empty boundary'),
  postRaw('/api/articles', multipart(`--${BOUNDARY}--\r\n`, `multipart/mixed; boundary=${BOUNDARY}`), 400, 'BAD_REQUEST', 'load: multipart/mixed'),
  postRaw('/api/articles', form(file(ARTICLE, 'a.txt', 'upload')), 400, 'BAD_REQUEST', 'load: the file in another field'),
  postRaw('/api/articles', form(file(ARTICLE), file(ARTICLE, 'b.txt')), 400, 'BAD_REQUEST', 'load: two files'),
  postRaw('/api/articles', form(field('title', 'no file')), 400, 'BAD_REQUEST', 'load: fields and no file'),
  postRaw('/api/articles', form(...Array.from({ length: 11 }, (_, i) => field(`f${i}`, 'x')), file(ARTICLE)), 400, 'BAD_REQUEST', 'load: eleven fields'),
  postRaw('/api/articles', form(field('title', 't'.repeat(1_100_000)), file(ARTICLE)), 413, 'PAYLOAD_TOO_LARGE', 'load: a field over the field size'),
  postRaw('/api/articles', form(file(PNG, 'a.png')), 400, 'ARTICLE_INVALID', 'load: a binary (PNG) upload'),
  postRaw('/api/articles', form(file(LATIN1, 'latin1.txt')), 400, 'ARTICLE_INVALID', 'load: a Latin-1 (not UTF-8) upload'),
  postRaw('/api/articles', form(file(UTF16, 'utf16.txt')), 400, 'ARTICLE_INVALID', 'load: a UTF-16 upload'),
  postRaw('/api/articles', form(file('')), 400, 'ARTICLE_INVALID', 'load: an empty file'),
  postRaw('/api/articles/preview', form(file(nothingOf(MAX_ARTICLE_BYTES))), 422, 'NO_ACTORS', 'preview: a file at the size limit, no actors'),
  postRaw('/api/articles', form(file(nothingOf(MAX_ARTICLE_BYTES + 1))), 413, 'PAYLOAD_TOO_LARGE', 'load: a file one byte over the size limit'),
  postRaw('/api/articles', form(field('url', 'javascript:alert(1)'), file(ARTICLE)), 400, 'VALIDATION_FAILED', 'load: a file with url javascript:'),
  postRaw('/api/articles', form(field('url', 'data:text/plain,hello'), file(ARTICLE)), 400, 'VALIDATION_FAILED', 'load: a file with url data:'),
  postRaw('/api/articles', form(field('published', '2021-02-30'), file(ARTICLE)), 400, 'VALIDATION_FAILED', 'load: a file published 2021-02-30'),
  postRaw('/api/articles', form(field('__proto__[url]', 'javascript:alert(1)'), file(ARTICLE)), 400, 'BAD_REQUEST', 'load: a __proto__ field'),
  postRaw('/api/articles', form(field('constructor[prototype][title]', 'x'), file(ARTICLE)), 400, 'BAD_REQUEST', 'load: a constructor[prototype] field'),
];

const ARTICLES_UNLIMITED: Case[] = [
  row('post', '/api/articles', 401, 'UNAUTHORIZED', 'load without the token', { json: { text: ARTICLE }, anonymous: true }),
  postRaw('/api/articles/preview', jsonText(`{"text": "${ARTICLE}`), 400, 'BAD_REQUEST', 'preview: truncated JSON'),
  postRaw('/api/articles', jsonText(`{"text": "${ARTICLE}", "__proto__": {"url": "javascript:alert(1)"}}`), 400, 'BAD_REQUEST', 'load: __proto__ in the body'),
  postRaw('/api/articles', jsonText(`{"__proto__": {"text": "${ARTICLE}"}}`), 400, 'BAD_REQUEST', 'load: the text only under __proto__'),
  postRaw('/api/articles', jsonText(`{"constructor": {"prototype": {"text": "${ARTICLE}"}}}`), 400, 'BAD_REQUEST', 'load: the text only under constructor.prototype'),
  post('/api/articles', { text: ARTICLE, meta: deep(40) }, 400, 'BAD_REQUEST', 'load: a body nested 40 deep'),
  postRaw('/api/articles/preview', jsonText(JSON.stringify({ text: 'x'.repeat(JSON_LIMIT) })), 413, 'PAYLOAD_TOO_LARGE', 'preview: a body over the JSON limit'),
];

function decodeURIComponentSafe(s: string): string {
  try {
    return JSON.stringify(decodeURIComponent(s)).slice(0, 40);
  } catch {
    return s;
  }
}

export const CASES: readonly Case[] = [
  ...GRAPH,
  ...ACTORS,
  ...PATHS,
  ...SEARCH,
  ...RUN,
  ...CREATE,
  ...DELETE_QUERY,
  ...CYPHER,
  ...EXPORT,
  ...BODILESS,
  ...DELETE_ARTICLE,
  ...ARTICLES_UNLIMITED,
  ...ARTICLE_LIMITED,
];

/** Searches (`q` as sent, percent-encoded) whose Lucene syntax is escaped: a 200 with results, never a query error. */
export const LUCENE_SEARCHES: readonly string[] = [
  ...['"', '*', '~', 'AND(', '\\', '[a TO', 'a~2', 'name:rur*', '/.*/', '+-&&||!(){}[]^"~*?:\\/', 'rur AND (', 'OR', NUL, RTL, EMOJI, `rur${NUL}`].map(enc),
  LONE_ENCODED,
];
