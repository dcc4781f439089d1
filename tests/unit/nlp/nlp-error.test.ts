import { describe, expect, it } from 'vitest';
import { NlpError, nlpJavaError, type NlpErrorCode } from '../../../server/nlp/nlp-error.ts';

describe('NlpError', () => {
  it.each<[NlpErrorCode, boolean]>([
    ['NLP_UNAVAILABLE', true],
    ['NLP_TIMEOUT', true],
    ['NLP_REFUSED', false],
    ['NLP_FAILED', false],
    ['NLP_BAD_RESPONSE', false],
    ['NLP_EXITED', false],
  ])('%s is retriable: %s', (code, retriable) => {
    expect(new NlpError(code, 'x').retriable).toBe(retriable);
  });

  it('keeps the cause and the status and code of the sidecar', () => {
    const cause = new Error('socket hang up');
    const e = new NlpError('NLP_REFUSED', 'refused', { cause, status: 413, sidecarCode: 'TOO_LARGE' });
    expect(e).toMatchObject({ name: 'NlpError', code: 'NLP_REFUSED', status: 413, sidecarCode: 'TOO_LARGE', cause });
  });

  it.each([
    ['java-missing', 'JAVA_MISSING'],
    ['java-too-old', 'JAVA_TOO_OLD'],
    ['build-failed', 'NLP_BUILD_FAILED'],
    ['start-timeout', 'NLP_START_TIMEOUT'],
    ['exited', 'NLP_EXITED'],
  ] as const)('maps the Java failure %s to %s', (failure, code) => {
    expect(nlpJavaError(failure, 'm')).toMatchObject({ code });
  });
});
