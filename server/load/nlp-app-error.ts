// Maps a failure of the NLP sidecar (an NlpError from the annotator) to the
// server's AppError, so that the API answers with a stable code and status
// (503 down, 504 too slow, 413 too long, 502 failed) and the CLIs and the
// sample seed see one error type. The NlpError stays as the cause: the error
// middleware logs it, the client never sees the sidecar's port or its own words.
import { AppError, assertNever } from '../errors.ts';
import { NlpError } from '../nlp/nlp-error.ts';

/** The AppError for a failure of the annotator, or undefined when `e` is not an NlpError. */
export function nlpAppError(e: unknown, where: string): AppError | undefined {
  if (!(e instanceof NlpError)) return undefined;
  const options = { cause: e, details: { reason: e.code } };
  switch (e.code) {
    case 'NLP_UNAVAILABLE':
    case 'NLP_EXITED':
    case 'NLP_START_TIMEOUT':
    case 'NLP_BUILD_FAILED':
    case 'JAVA_MISSING':
    case 'JAVA_TOO_OLD':
      return new AppError('NLP_UNAVAILABLE', `${where}: the NLP sidecar is not available (it may be restarting); try again shortly`, options);
    case 'NLP_TIMEOUT':
      return new AppError('NLP_TIMEOUT', `${where}: the NLP sidecar did not parse the article in time`, options);
    case 'NLP_REFUSED':
      // NOTE: the sidecar's 413 is its character limit (--max-chars); any other
      // refusal (token, Host, body) is a fault of this server, not of the article.
      if (e.status === 413) return new AppError('ARTICLE_TOO_LONG', `${where}: the article is longer than the NLP sidecar parses`, options);
      return new AppError('NLP_FAILED', `${where}: the NLP sidecar refused the request`, options);
    case 'NLP_FAILED':
    case 'NLP_BAD_RESPONSE':
      return new AppError('NLP_FAILED', `${where}: the NLP sidecar failed to parse the article`, options);
    default:
      return assertNever(e.code, 'NLP error code');
  }
}
