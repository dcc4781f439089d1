// Rejects parsed bodies that would harm the code that walks them, before any
// does (validation, the driver's packer): nested deeper than a limit (a stack
// overflow) or carrying a prototype-poisoning key (`__proto__`, or
// `constructor.prototype`, as secure-json-parse refuses them). 400, never a 500.
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
    // NOTE: Object.values, not iteration: it skips the holes of a sparse array (multer makes one of `a[999999999]`).
    for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}

const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null;

/** The path of the first prototype-poisoning key of a parsed body (`a.__proto__`), or undefined. */
export function poisonedKey(value: unknown): string | undefined {
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [v, path] = stack.pop() ?? [null, ''];
    if (!isObject(v)) continue;
    // NOTE: own keys only: JSON.parse and multer make `__proto__` an own property, never the prototype.
    for (const key of Object.keys(v)) {
      const child: unknown = (v as Record<string, unknown>)[key];
      const at = path === '' ? key : `${path}.${key}`;
      if (key === '__proto__') return at;
      if (key === 'constructor' && isObject(child) && Object.hasOwn(child, 'prototype')) return `${at}.prototype`;
      stack.push([child, at]);
    }
  }
  return undefined;
}

/** Why a parsed body is refused, as an AppError, or undefined when it may be used. */
export function bodyProblem(body: unknown, maxDepth = MAX_BODY_DEPTH): AppError | undefined {
  if (jsonDepth(body, maxDepth) > maxDepth) return new AppError('BAD_REQUEST', `request body is nested deeper than ${maxDepth} levels`);
  const poisoned = poisonedKey(body);
  if (poisoned !== undefined) return new AppError('BAD_REQUEST', `request body has the key ${poisoned}, which could change the prototype of objects`);
  return undefined;
}

export function limitBodyDepth(maxDepth = MAX_BODY_DEPTH): RequestHandler {
  return (req, _res, next) => {
    next(bodyProblem(req.body, maxDepth));
  };
}
