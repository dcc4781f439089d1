// Failed uploads become 4xx AppErrors, whatever multer or busboy threw.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../server/errors.ts';
import { uploadError } from '../../../server/http/error-middleware.ts';

/** An error shaped as multer's MulterError (name and code). */
const multerError = (code: string, message: string): Error => Object.assign(new Error(message), { name: 'MulterError', code });

describe('uploadError', () => {
  it.each([
    [multerError('LIMIT_FILE_SIZE', 'File too large'), 'PAYLOAD_TOO_LARGE', 413],
    [multerError('LIMIT_FIELD_VALUE', 'Field value too long'), 'PAYLOAD_TOO_LARGE', 413],
    [multerError('LIMIT_UNEXPECTED_FILE', 'Unexpected file field'), 'BAD_REQUEST', 400],
    [multerError('LIMIT_FIELD_COUNT', 'Too many fields'), 'BAD_REQUEST', 400],
    [new Error('Multipart: Boundary not found'), 'BAD_REQUEST', 400],
    [new Error('Unexpected end of form'), 'BAD_REQUEST', 400],
    [new Error('Malformed part header'), 'BAD_REQUEST', 400],
    [new Error('Unsupported content type: multipart/mixed'), 'BAD_REQUEST', 400],
    ['a string', 'BAD_REQUEST', 400],
  ] as const)('maps %s to %s (%d)', (e, code, status) => {
    const mapped = uploadError(e);
    expect(mapped.code).toBe(code);
    expect(mapped.status).toBe(status);
    expect(mapped.cause).toBe(e);
  });

  it('keeps an AppError as it is', () => {
    const e = new AppError('VALIDATION_FAILED', 'x');
    expect(uploadError(e)).toBe(e);
  });
});
