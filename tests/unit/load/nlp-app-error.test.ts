// Every failure of the NLP sidecar maps to one AppError code and HTTP status,
// keeps the NlpError as its cause, and never puts the sidecar's words (its
// port) in the message the client sees.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../server/errors.ts';
import { nlpAppError } from '../../../server/load/nlp-app-error.ts';
import { NlpError, type NlpErrorCode } from '../../../server/nlp/nlp-error.ts';

describe('nlpAppError', () => {
  it.each([
    ['NLP_UNAVAILABLE', undefined, 'NLP_UNAVAILABLE', 503],
    ['NLP_EXITED', undefined, 'NLP_UNAVAILABLE', 503],
    ['NLP_START_TIMEOUT', undefined, 'NLP_UNAVAILABLE', 503],
    ['NLP_BUILD_FAILED', undefined, 'NLP_UNAVAILABLE', 503],
    ['JAVA_MISSING', undefined, 'NLP_UNAVAILABLE', 503],
    ['JAVA_TOO_OLD', undefined, 'NLP_UNAVAILABLE', 503],
    ['NLP_TIMEOUT', undefined, 'NLP_TIMEOUT', 504],
    ['NLP_REFUSED', 413, 'ARTICLE_TOO_LONG', 413],
    ['NLP_REFUSED', 401, 'NLP_FAILED', 502],
    ['NLP_FAILED', 500, 'NLP_FAILED', 502],
    ['NLP_BAD_RESPONSE', 200, 'NLP_FAILED', 502],
  ] as const)('maps %s (sidecar status %s) to %s, HTTP %d', (nlpCode: NlpErrorCode, status, code, http) => {
    const cause = new NlpError(nlpCode, 'the NLP sidecar on 127.0.0.1:41234 said no', status === undefined ? undefined : { status });
    const e = nlpAppError(cause, 'report.txt');
    expect(e).toBeInstanceOf(AppError);
    expect(e?.code).toBe(code);
    expect(e?.status).toBe(http);
    expect(e?.cause).toBe(cause);
    expect(e?.details).toEqual({ reason: nlpCode });
    expect(e?.message).toMatch(/^report\.txt: /);
    expect(e?.message).not.toContain('41234');
  });

  it('leaves other errors alone', () => {
    expect(nlpAppError(new Error('boom'), 'x')).toBeUndefined();
    expect(nlpAppError(new AppError('INTERNAL', 'x'), 'x')).toBeUndefined();
  });
});
