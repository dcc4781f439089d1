// Safety at the edge: security headers with a strict CSP, a Host allow-list
// (DNS rebinding), same-origin for every state-changing request (cross-site
// forms and fetches), a bearer token on write endpoints (when API_TOKEN is
// set), and rate limits on costly routes.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { hostName } from '../config.ts';
import { AppError } from '../errors.ts';

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // NOTE: Cytoscape and CodeMirror set element styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
}

// NOTE: both sides hashed first, so that the comparison takes the same time whatever the lengths.
const digest = (s: string): Buffer => createHash('sha256').update(s).digest();
const same = (a: string, b: string): boolean => timingSafeEqual(digest(a), digest(b));

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Refuses a request whose Host is not one of the names the server is reached by: a rebound DNS name points elsewhere. */
export function allowedHostsOnly(allowed: ReadonlySet<string>): RequestHandler {
  return (req, _res, next) => {
    const host = req.get('host');
    if (host === undefined || !allowed.has(hostName(host))) {
      return next(new AppError('HOST_NOT_ALLOWED', `Host ${JSON.stringify(host ?? '')} is not one this server answers to (ALLOWED_HOSTS adds names)`));
    }
    next();
  };
}

/**
 * Refuses a state-changing request that a browser marks as coming from another
 * site: Sec-Fetch-Site other than same-origin/none, or an Origin that is not
 * this server's own. Requests with neither header (curl, the CLIs) pass: no
 * web page can send a POST without an Origin.
 */
export function sameOriginWrites(): RequestHandler {
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const site = req.get('sec-fetch-site');
    if (site !== undefined && site !== 'same-origin' && site !== 'none') {
      return next(new AppError('CROSS_SITE_REFUSED', `a ${site} request may not change anything here`));
    }
    const origin = req.get('origin');
    if (origin !== undefined && !sameOrigin(origin, req.get('host'))) {
      return next(new AppError('CROSS_SITE_REFUSED', `requests from ${origin} may not change anything here`));
    }
    next();
  };
}

function sameOrigin(origin: string, host: string | undefined): boolean {
  if (host === undefined) return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // "null" (sandboxed frames, file: pages) and junk
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.host === new URL(`http://${host}`).host;
}

/** Requires `Authorization: Bearer <token>` when a token is configured. */
export function requireToken(token: string | undefined): RequestHandler {
  return (req, _res, next) => {
    if (token === undefined) return next();
    const header = req.get('authorization') ?? '';
    const m = /^Bearer\s+(.+)$/i.exec(header);
    if (!m?.[1] || !same(m[1].trim(), token)) return next(new AppError('UNAUTHORIZED', 'this endpoint needs Authorization: Bearer <API_TOKEN>'));
    next();
  };
}

/** A per-client rate limit that answers 429 with the API's error body. */
export function limitRate(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) => next(new AppError('RATE_LIMITED', `too many requests: at most ${perMinute} a minute`)),
  });
}
