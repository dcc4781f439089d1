// The HTTP client of one running NLP sidecar: POST /annotate and GET /health
// on 127.0.0.1 with the bearer token, a timeout per request, answers checked
// with zod. Every failure is an NlpError with a stable code.
import { z } from 'zod';
import { AnnotationSchema, type Annotation, type Annotator } from './annotation.ts';
import { NlpError } from './nlp-error.ts';
import { NLP_DEFAULTS } from './nlp-defaults.ts';

export const SidecarHealthSchema = z.object({
  ok: z.literal(true),
  pid: z.number().int().positive(),
  version: z.string(),
  /** Fingerprint of the annotators and their options: a key for caches of parses. */
  pipeline: z.string(),
});
export type SidecarHealth = z.infer<typeof SidecarHealthSchema>;

const RefusalSchema = z.object({ code: z.string(), message: z.string() });

export interface SidecarEndpoint {
  readonly port: number;
  readonly token: string;
}

export interface SidecarClientOptions {
  /** Longest wait for one annotation; default NLP_DEFAULTS.requestTimeoutMs. */
  readonly timeoutMs?: number;
  /** Longest wait for /health; default 5 s. */
  readonly healthTimeoutMs?: number;
}

const describe = (e: unknown): string => {
  const cause = e instanceof Error && e.cause instanceof Error ? e.cause : e;
  return cause instanceof Error ? cause.message : String(cause);
};

const isTimeout = (e: unknown): boolean => e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError');

export class SidecarClient implements Annotator {
  readonly port: number;
  // NOTE: a private field, so that logging or inspecting the client never shows the token.
  readonly #token: string;
  private readonly timeoutMs: number;
  private readonly healthTimeoutMs: number;

  constructor(endpoint: SidecarEndpoint, opts: SidecarClientOptions = {}) {
    this.port = endpoint.port;
    this.#token = endpoint.token;
    this.timeoutMs = opts.timeoutMs ?? NLP_DEFAULTS.requestTimeoutMs;
    this.healthTimeoutMs = opts.healthTimeoutMs ?? 5_000;
  }

  async annotate(text: string): Promise<Annotation> {
    const body = await this.request('POST', '/annotate', JSON.stringify({ text }), this.timeoutMs);
    const parsed = AnnotationSchema.safeParse(body);
    if (!parsed.success) {
      throw new NlpError('NLP_BAD_RESPONSE', `the NLP sidecar on port ${this.port} answered something that is not an annotation: ${parsed.error.message}`, { cause: parsed.error });
    }
    return parsed.data;
  }

  async health(): Promise<SidecarHealth> {
    const body = await this.request('GET', '/health', undefined, this.healthTimeoutMs);
    const parsed = SidecarHealthSchema.safeParse(body);
    if (!parsed.success) {
      throw new NlpError('NLP_BAD_RESPONSE', `the NLP sidecar on port ${this.port} answered /health with ${JSON.stringify(body)}`, { cause: parsed.error });
    }
    return parsed.data;
  }

  private async request(method: 'GET' | 'POST', path: string, body: string | undefined, timeoutMs: number): Promise<unknown> {
    const where = `the NLP sidecar on 127.0.0.1:${this.port}`;
    const headers: Record<string, string> = { authorization: `Bearer ${this.#token}` };
    if (body !== undefined) headers['content-type'] = 'application/json; charset=utf-8';
    let text: string;
    let status: number;
    try {
      const res = await fetch(`http://127.0.0.1:${this.port}${path}`, { method, headers, body, signal: AbortSignal.timeout(timeoutMs) });
      status = res.status;
      text = await res.text();
    } catch (e) {
      if (isTimeout(e)) throw new NlpError('NLP_TIMEOUT', `${where} did not answer ${method} ${path} within ${timeoutMs} ms`, { cause: e });
      throw new NlpError('NLP_UNAVAILABLE', `${where} did not answer ${method} ${path}: ${describe(e)}`, { cause: e });
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new NlpError('NLP_BAD_RESPONSE', `${where} answered ${method} ${path} (${status}) with non-JSON: ${text.slice(0, 200)}`, { cause: e, status });
    }
    if (status >= 200 && status < 300) return json;
    const refusal = RefusalSchema.safeParse(json);
    const sidecarCode = refusal.success ? refusal.data.code : undefined;
    const message = refusal.success ? refusal.data.message : text.slice(0, 200);
    throw new NlpError(status >= 500 ? 'NLP_FAILED' : 'NLP_REFUSED', `${where} answered ${method} ${path} with ${status} ${sidecarCode ?? ''}: ${message}`, {
      status,
      ...(sidecarCode === undefined ? {} : { sidecarCode }),
    });
  }
}
