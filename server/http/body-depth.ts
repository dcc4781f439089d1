// Rejects JSON bodies nested deeper than a limit before anything recurses
// over them (validation, the driver's packer): 400, never a stack overflow.
import type { RequestHandler } from 'express';
import { AppError } from '../errors.ts';

export const MAX_BODY_DEPTH = 32;

/** Depth of a JSON value, computed without recursion. */
export function jsonDepth(value: unknown, stopAt = Infinity): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, d] = stack.pop() ?? [null, 0];
    if (v === null || typeof v !== 'object') continue;
    if (d > max) max = d;
    if (max > stopAt) return max;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}

export function limitBodyDepth(maxDepth = MAX_BODY_DEPTH): RequestHandler {
  return (req, _res, next) => {
    if (jsonDepth(req.body, maxDepth) > maxDepth) return next(new AppError('BAD_REQUEST', `request body is nested deeper than ${maxDepth} levels`));
    next();
  };
}
