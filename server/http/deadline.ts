// Every API request has a deadline: a request still unanswered when it passes
// (Neo4j stalled, e.g. stopped by SIGSTOP, or overloaded) is answered 503
// DEADLINE_EXCEEDED, and whatever the handler does later is dropped (the
// error middleware ignores errors once a response was sent). Neo4j's own
// transaction timeouts end the work behind it.
import type { Request, RequestHandler } from 'express';
import type { ApiError } from '../api/contract.ts';
import { ERROR_STATUS } from '../errors.ts';

/** The deadline of one request, in milliseconds. */
export type DeadlineOf = (req: Request) => number;

export function deadline(deadlineOf: DeadlineOf): RequestHandler {
  return (req, res, next) => {
    const ms = deadlineOf(req);
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      const body: ApiError = { code: 'DEADLINE_EXCEEDED', message: `no answer within ${ms} ms: Neo4j is stalled or overloaded (REQUEST_DEADLINE_MS sets the deadline)` };
      res.status(ERROR_STATUS.DEADLINE_EXCEEDED).set('Retry-After', '5').json(body);
    }, ms);
    const clear = (): void => clearTimeout(timer);
    res.once('finish', clear);
    res.once('close', clear);
    next();
  };
}
