// The one error middleware: maps AppError codes to HTTP statuses and a plain
// {code, message} body; never sends a stack trace. Errors of body-parser and
// multer become AppErrors first (the NLP sidecar's already are: the load
// service maps them, server/load/nlp-app-error.ts).
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ApiError } from '../api/contract.ts';
import { AppError, isAppError } from '../errors.ts';
import type { Logger } from '../logger.ts';

/** Errors that body-parser and friends raise carry an HTTP status and a type. */
interface HttpishError {
  readonly name?: string;
  readonly code?: string;
  readonly status?: number;
  readonly type?: string;
  readonly message?: string;
}

function fromHttpish(e: HttpishError): AppError | undefined {
  if (e.name === 'MulterError') {
    return e.code === 'LIMIT_FILE_SIZE' ? new AppError('PAYLOAD_TOO_LARGE', 'uploaded file is too large') : new AppError('BAD_REQUEST', `upload: ${e.message ?? e.code ?? 'invalid'}`);
  }
  if (e.type === 'entity.too.large') return new AppError('PAYLOAD_TOO_LARGE', 'request body is too large');
  if (e.type === 'entity.parse.failed') return new AppError('BAD_REQUEST', 'request body is not valid JSON');
  if (e.status !== undefined && e.status >= 400 && e.status < 500) return new AppError('BAD_REQUEST', e.message ?? 'bad request');
  return undefined;
}

export function errorMiddleware(log: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    // NOTE: anything thrown is an object or a primitive; fromHttpish only reads optional fields.
    const httpish = typeof err === 'object' && err !== null ? fromHttpish(err) : undefined;
    const appError = isAppError(err) ? err : (httpish ?? new AppError('INTERNAL', 'internal error', { cause: err }));
    if (appError.status >= 500) log.error({ err, cause: appError.cause, path: req.path }, appError.message);
    else log.debug({ code: appError.code, path: req.path }, appError.message);
    const body: ApiError = { code: appError.code, message: appError.message, ...(appError.details === undefined ? {} : { details: appError.details }) };
    res.status(appError.status).json(body);
  };
}

export const notFound: RequestHandler = (req, _res, next) => {
  next(new AppError('NOT_FOUND', `no route ${req.method} ${req.path}`));
};
