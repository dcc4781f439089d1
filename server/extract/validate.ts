// Validation of article text at the edge: a result union, never a throw, so the
// CLI, the loader and the API can each report the problem their own way.

export type ArticleTextErrorCode = 'EMPTY' | 'BINARY' | 'NOT_UTF8' | 'TOO_LARGE';

export type ArticleTextResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly code: ArticleTextErrorCode; readonly message: string };

export interface ValidateOptions {
  /** Largest accepted input, in bytes of UTF-8. */
  readonly maxBytes: number;
  /** Share of control characters (besides tab, CR, LF) above which text counts as binary. */
  readonly maxControlRatio?: number;
}

const DEFAULT_CONTROL_RATIO = 0.05;

function fail(code: ArticleTextErrorCode, message: string): ArticleTextResult {
  return { ok: false, code, message };
}

/** Checks that `input` is non-empty, textual, valid UTF-8 and not over `maxBytes`. */
export function validateArticleText(input: string | Uint8Array, opts: ValidateOptions): ArticleTextResult {
  const bytes = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
  if (bytes > opts.maxBytes) return fail('TOO_LARGE', `input is ${bytes} bytes, over the limit of ${opts.maxBytes}`);
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    if (input.includes(0)) return fail('BINARY', 'input contains NUL bytes');
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      return fail('NOT_UTF8', 'input is not valid UTF-8');
    }
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (text.includes('\u0000')) return fail('BINARY', 'input contains NUL characters');
  if (text.trim().length === 0) return fail('EMPTY', 'input is empty');
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0x7f || c === 0xfffd) control++;
  }
  const ratio = opts.maxControlRatio ?? DEFAULT_CONTROL_RATIO;
  if (control / text.length > ratio) return fail('BINARY', 'input has too many control characters to be text');
  return { ok: true, text };
}
