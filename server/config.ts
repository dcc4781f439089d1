// The server's configuration: read once from the environment, validated with
// zod, frozen. Nothing else in the server reads process.env.
import path from 'node:path';
import { z } from 'zod';
import { NLP_DEFAULTS, type NlpSettings } from './nlp/nlp-defaults.ts';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

const emptyAsUndefined = (v: unknown): unknown => (v === '' ? undefined : v);

const EnvSchema = z.object({
  /** Bolt/neo4j URI of an existing Neo4j; unset → start the project's local Neo4j. */
  NEO4J_URI: z.preprocess(emptyAsUndefined, z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'must be a bolt:// or neo4j:// URI').optional()),
  /** User for NEO4J_URI (the local Neo4j runs without auth on loopback). */
  NEO4J_USER: z.preprocess(emptyAsUndefined, z.string().default('neo4j')),
  /** Password for NEO4J_URI. */
  NEO4J_PASSWORD: z.preprocess(emptyAsUndefined, z.string().optional()),
  /** A file whose first line is the password for NEO4J_URI (e.g. the local Neo4j's DATA_DIR/neo4j/password). */
  NEO4J_PASSWORD_FILE: z.preprocess(emptyAsUndefined, z.string().optional()),
  /** Database name; Community edition has only `neo4j`. */
  NEO4J_DATABASE: z.preprocess(emptyAsUndefined, z.string().default('neo4j')),
  /** Bolt port of the local Neo4j; 0 picks any free port. */
  NEO4J_LOCAL_PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(65535).default(0)),
  /** Interface the HTTP server binds to. */
  HOST: z.preprocess(emptyAsUndefined, z.string().default('127.0.0.1')),
  /** HTTP port; 0 picks any free port. */
  PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(65535).default(3000)),
  /** Where the local Neo4j keeps its store and logs. */
  DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default('data')),
  /** pino level. */
  LOG_LEVEL: z.preprocess(emptyAsUndefined, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
  /** Bearer token that guards write endpoints; required on a non-loopback HOST. */
  API_TOKEN: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .min(16, 'must be at least 16 characters')
      // NOTE: a header value is trimmed and split on spaces, so a token with white space could never match.
      .regex(/^[!-~]+$/, 'must be printable ASCII without spaces')
      .optional(),
  ),
  /** The name corrections made with API_TOKEN are recorded under ("who"). */
  API_TOKEN_NAME: z.preprocess(emptyAsUndefined, z.string().trim().min(1).max(100).default('token')),
  /**
   * Host names (comma-separated, optionally with :port) the API answers besides
   * the loopback ones and HOST: the names it is reached by behind a proxy.
   * Requests for any other Host are refused (DNS rebinding).
   */
  ALLOWED_HOSTS: z.preprocess(emptyAsUndefined, z.string().default('')),
  /** Longest an API request may wait for Neo4j before it is answered 503, in milliseconds. */
  REQUEST_DEADLINE_MS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(100).default(10_000)),
  /** Load the bundled sample article when the database is empty. */
  LOAD_SAMPLE: z.preprocess(emptyAsUndefined, z.enum(['true', 'false']).default('true')),
  /** Largest article accepted, in bytes. */
  MAX_ARTICLE_BYTES: z.preprocess(emptyAsUndefined, z.coerce.number().int().positive().default(2_000_000)),
  /** Default timeout of read queries, in milliseconds. */
  QUERY_TIMEOUT_MS: z.preprocess(emptyAsUndefined, z.coerce.number().int().positive().default(5_000)),
  /** Saved and ad-hoc Cypher runs per client and minute (a heavy query is CPU on the database). */
  CYPHER_RATE_PER_MINUTE: z.preprocess(emptyAsUndefined, z.coerce.number().int().positive().default(120)),
  /** Graph reads and searches (GET /api/graph, /api/search, …) per client and minute. */
  READ_RATE_PER_MINUTE: z.preprocess(emptyAsUndefined, z.coerce.number().int().positive().default(1200)),
  /** JVM max heap (-Xmx) of the NLP sidecar (Stanford CoreNLP), e.g. 1500m or 2g. */
  NLP_HEAP: z.preprocess(emptyAsUndefined, z.string().regex(/^\d+[kmg]$/i, 'must be a JVM size such as 1500m or 2g').default(NLP_DEFAULTS.heap)),
  /** Annotations the sidecar runs at a time (more requests wait). */
  NLP_THREADS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(64).default(NLP_DEFAULTS.threads)),
  /** Port of the server's sidecar on 127.0.0.1; 0 picks any free port. */
  NLP_PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(65535).default(NLP_DEFAULTS.port)),
  /** A shared sidecar started by a CLI exits after this many seconds without a request; 0: never. */
  NLP_IDLE_EXIT_SECONDS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).default(NLP_DEFAULTS.idleExitSeconds)),
  /**
   * Use the NLP sidecar shared by the CLIs instead of starting the server's own:
   * the one recorded in DATA_DIR/nlp.runtime.json (mode 0600, with its token)
   * if it answers /health as that pid, else a detached one that exits after
   * NLP_IDLE_EXIT_SECONDS idle. Restarts of `npm run dev` then keep CoreNLP
   * loaded, and tests reuse their run's sidecar.
   */
  NLP_SHARED: z.preprocess(emptyAsUndefined, z.enum(['true', 'false']).default('false')),
  /** Longest wait for the sidecar to annotate one article, in milliseconds. */
  NLP_REQUEST_TIMEOUT_MS: z.preprocess(emptyAsUndefined, z.coerce.number().int().positive().default(NLP_DEFAULTS.requestTimeoutMs)),
  /** development | production | test: production serves the built client from dist/. */
  NODE_ENV: z.preprocess(emptyAsUndefined, z.enum(['development', 'production', 'test']).default('development')),
});

export interface Config {
  readonly neo4j: {
    /** Unset → the server starts the local Neo4j. */
    readonly uri: string | undefined;
    readonly user: string;
    readonly password: string | undefined;
    readonly passwordFile: string | undefined;
    readonly database: string;
    readonly localPort: number;
  };
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
  readonly logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  readonly apiToken: string | undefined;
  readonly apiTokenName: string;
  /** Lower-case host names (no port) a request's Host may name. */
  readonly allowedHosts: ReadonlySet<string>;
  readonly requestDeadlineMs: number;
  readonly readRatePerMinute: number;
  readonly loadSample: boolean;
  readonly maxArticleBytes: number;
  readonly queryTimeoutMs: number;
  readonly cypherRatePerMinute: number;
  /** The NLP sidecar: the server's own, and those CLIs share (spread into connectSharedSidecar). */
  readonly nlp: NlpSettings;
  readonly production: boolean;
}

/** A host name as a Host header carries it, without the port: `[::1]:3000` → `::1`, `Example.org:80` → `example.org`. */
export function hostName(host: string): string {
  const h = host.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']') === -1 ? undefined : h.indexOf(']'));
  const colon = h.indexOf(':');
  // NOTE: a bare IPv6 address (more than one colon) has no port to strip.
  return colon === -1 || h.indexOf(':', colon + 1) !== -1 ? h : h.slice(0, colon);
}

function allowedHosts(host: string, extra: string): ReadonlySet<string> {
  const names = new Set([...LOOPBACK, hostName(host)]);
  for (const item of extra.split(',')) if (item.trim() !== '') names.add(hostName(item));
  // NOTE: a wildcard bind address is not a name anyone reaches the server by.
  for (const any of ['0.0.0.0', '::']) names.delete(any);
  return Object.freeze(names);
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly code = 'CONFIG_INVALID';
}

/** Validates the environment; throws ConfigError with every problem listed. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  if (!LOOPBACK.has(e.HOST) && e.API_TOKEN === undefined) {
    throw new ConfigError(`HOST=${e.HOST} is not loopback: set API_TOKEN so that write endpoints are not open to the network`);
  }
  return Object.freeze({
    neo4j: Object.freeze({
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      passwordFile: e.NEO4J_PASSWORD_FILE === undefined ? undefined : path.resolve(e.NEO4J_PASSWORD_FILE),
      database: e.NEO4J_DATABASE,
      localPort: e.NEO4J_LOCAL_PORT,
    }),
    host: e.HOST,
    port: e.PORT,
    dataDir: path.resolve(e.DATA_DIR),
    logLevel: e.LOG_LEVEL,
    apiToken: e.API_TOKEN,
    apiTokenName: e.API_TOKEN_NAME,
    allowedHosts: allowedHosts(e.HOST, e.ALLOWED_HOSTS),
    requestDeadlineMs: e.REQUEST_DEADLINE_MS,
    readRatePerMinute: e.READ_RATE_PER_MINUTE,
    loadSample: e.LOAD_SAMPLE === 'true',
    maxArticleBytes: e.MAX_ARTICLE_BYTES,
    queryTimeoutMs: e.QUERY_TIMEOUT_MS,
    cypherRatePerMinute: e.CYPHER_RATE_PER_MINUTE,
    nlp: Object.freeze({
      heap: e.NLP_HEAP,
      threads: e.NLP_THREADS,
      port: e.NLP_PORT,
      idleExitSeconds: e.NLP_IDLE_EXIT_SECONDS,
      requestTimeoutMs: e.NLP_REQUEST_TIMEOUT_MS,
      shared: e.NLP_SHARED === 'true',
    }),
    production: e.NODE_ENV === 'production',
  });
}
