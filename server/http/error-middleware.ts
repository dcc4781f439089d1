// The one error middleware: maps AppError codes to HTTP statuses and a plain
// {code, message} body; never sends a stack trace. Errors of body-parser and
// multer become AppErrors first (the upload route maps every error of its
// parser with uploadError; the NLP sidecar's are mapped by the load service,
// server/load/nlp-app-error.ts).
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

/** Multer's codes of a part over its size limit (413); its other codes are a malformed or unexpected upload (400). */
const UPLOAD_SIZE_LIMITS: Readonly<Record<string, string>> = { LIMIT_FILE_SIZE: 'uploaded file is too large', LIMIT_FIELD_VALUE: 'a form field of the upload is too long' };

/**
 * The AppError of a failed multipart upload: every error the upload
 * middleware passes on is about the client's body. NOTE: busboy, under
 * multer, fails with plain Errors ("Multipart: Boundary not found",
 * "Unexpected end of form", "Malformed part header", "Unsupported content
 * type: …"), so the upload route hands each of its errors here rather than
 * this module guessing from messages which errors are busboy's.
 */
export function uploadError(e: unknown): AppError {
  if (isAppError(e)) return e;
  const err: HttpishError = typeof e === 'object' && e !== null ? e : {};
  if (err.name === 'MulterError') {
    const tooLarge = UPLOAD_SIZE_LIMITS[err.code ?? ''];
    if (tooLarge !== undefined) return new AppError('PAYLOAD_TOO_LARGE', tooLarge, { cause: e });
    return new AppError('BAD_REQUEST', `upload: ${err.message ?? err.code ?? 'invalid'}`, { cause: e });
  }
  return new AppError('BAD_REQUEST', `malformed multipart/form-data body: ${err.message ?? String(e)}`, { cause: e });
}

function fromHttpish(e: HttpishError): AppError | undefined {
  if (e.name === 'MulterError') return uploadError(e);
  if (e.type === 'entity.too.large') return new AppError('PAYLOAD_TOO_LARGE', 'request body is too large');
  if (e.type === 'entity.parse.failed') return new AppError('BAD_REQUEST', 'request body is not valid JSON');
  // body-parser: a charset or Content-Encoding it does not decode.
  if (e.status === 415) return new AppError('UNSUPPORTED_MEDIA_TYPE', e.message ?? 'unsupported media type');
  if (e.status !== undefined && e.status >= 400 && e.status < 500) return new AppError('BAD_REQUEST', e.message ?? 'bad request');
  return undefined;
}

export function errorMiddleware(log: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    // NOTE: the deadline (deadline.ts) may have answered already; the handler's late error is only logged.
    if (res.headersSent) {
      log.debug({ err, path: req.path }, 'error after the response was sent');
      return;
    }
    // NOTE: anything thrown is an object or a primitive; fromHttpish only reads optional fields.
    const httpish = typeof err === 'object' && err !== null ? fromHttpish(err) : undefined;
    const appError = isAppError(err) ? err : (httpish ?? new AppError('INTERNAL', 'internal error', { cause: err }));
    // NOTE: a service that is down or stalled (503) is reported once per request, without a stack: an outage under load would flood the log.
    if (appError.status === 503) log.warn({ code: appError.code, path: req.path }, appError.message);
    else if (appError.status >= 500) log.error({ err, cause: appError.cause, path: req.path }, appError.message);
    else log.debug({ code: appError.code, path: req.path }, appError.message);
    const body: ApiError = { code: appError.code, message: appError.message, ...(appError.details === undefined ? {} : { details: appError.details }) };
    res.status(appError.status).json(body);
  };
}

export const notFound: RequestHandler = (req, _res, next) => {
  next(new AppError('NOT_FOUND', `no route ${req.method} ${req.path}`));
};
