// Validation at the edge: unknown input is narrowed by a zod schema, and a
// failure becomes a 400 with every problem listed.
import type { z } from 'zod';
import { AppError } from '../errors.ts';

function parse<S extends z.ZodType>(schema: S, input: unknown, where: string): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    const summary = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
    throw new AppError('VALIDATION_FAILED', `invalid ${where}: ${summary}`, { details: issues });
  }
  return parsed.data;
}

export const parseQuery = <S extends z.ZodType>(schema: S, input: unknown): z.infer<S> => parse(schema, input, 'query string');
export const parseBody = <S extends z.ZodType>(schema: S, input: unknown): z.infer<S> => parse(schema, input, 'request body');
export const parseParams = <S extends z.ZodType>(schema: S, input: unknown): z.infer<S> => parse(schema, input, 'path');
