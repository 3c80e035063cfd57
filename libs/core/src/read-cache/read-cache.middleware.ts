import { createHash } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { AnonymousReadCache } from './read-cache.service';
import { READ_RECORD, ReadRecord } from './read-record';

/** The refresh-token cookie of the web client (libs/accounts web-session.ts): a signed-in browser. */
const SESSION_COOKIE = /(?:^|;\s*)wn_refresh=/;

/**
 * The cache key of a GraphQL request: a hash of its operation name, its document and its variables, or
 * null when it is not a plain request the cache can key (no document, a persisted query, odd variables).
 * The document is folded to single spaces only when it holds no string and no comment, where
 * whitespace never changes the meaning.
 */
export function readCacheKey(params: {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
  extensions?: unknown;
}): string | null {
  const { query, operationName, extensions } = params;
  if (typeof query !== 'string' || extensions !== undefined) return null;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return null;
  let variables: unknown = params.variables ?? null;
  if (typeof variables === 'string') {
    try {
      variables = JSON.parse(variables) as unknown;
    } catch {
      return null;
    }
  }
  if (variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) return null;
  const document = /["#\\]/.test(query) ? query : query.replace(/\s+/g, ' ').trim();
  let written: string;
  try {
    written = JSON.stringify(variables);
  } catch {
    // Nested too deep to write back (JSON.parse takes more depth than JSON.stringify): never a page
    // read, so not cached; Apollo refuses it as bad input.
    return null;
  }
  return createHash('sha256')
    .update(`${operationName ?? ''}\n${document}\n${written}`)
    .digest('base64url');
}

/** Apollo's CSRF rule for GET (csrfPrevention): a preflight-forcing header; otherwise Apollo answers (and refuses) it. */
function preflighted(req: Request): boolean {
  return Boolean(req.headers['apollo-require-preflight'] || req.headers['x-apollo-operation-name']);
}

/**
 * In front of Apollo on /graphql: answers an anonymous read from the cache with the stored bytes, with
 * no GraphQL work at all, and otherwise lets it run with a ReadRecord and stores its answer when the
 * record allows (see ReadRecord, readCachePlugin). A request with an Authorization header or the web
 * client's session cookie never reads or fills the cache.
 */
export function readCacheMiddleware(service: AnonymousReadCache) {
  const cache = service.cache;
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!cache.enabled || (req.method !== 'POST' && req.method !== 'GET')) return next();
    if (req.headers.authorization !== undefined || SESSION_COOKIE.test(req.headers.cookie ?? '')) return next();
    if (req.method === 'GET' ? !preflighted(req) : !req.is('application/json')) return next();
    // Stored answers are application/json: a client that asks for another type gets Apollo's answer.
    const accept = req.headers.accept;
    if (accept && !/application\/json|application\/\*|\*\/\*/.test(accept)) return next();
    const key = readCacheKey((req.method === 'GET' ? req.query : (req.body as Parameters<typeof readCacheKey>[0] | undefined)) ?? {});
    if (!key || !service.usable()) return next();
    const hit = cache.get(key);
    if (hit) {
      res.statusCode = 200;
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.setHeader('content-length', hit.length);
      res.setHeader('x-read-cache', 'hit');
      res.end(hit);
      return;
    }
    const record = new ReadRecord(cache.begin());
    (req as { [READ_RECORD]?: ReadRecord })[READ_RECORD] = record;
    res.setHeader('x-read-cache', 'miss');
    // Called with the response as `this` (apply below), as Node calls it.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const end = res.end;
    res.end = function (this: Response, ...args: unknown[]) {
      res.end = end;
      const [chunk, encoding] = args;
      if (res.statusCode === 200 && (typeof chunk === 'string' || Buffer.isBuffer(chunk)) && record.refusal() === null) {
        const type = res.getHeader('content-type');
        if (typeof type === 'string' && type.startsWith('application/json')) {
          const body =
            typeof chunk === 'string'
              ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
              : Buffer.from(chunk);
          cache.set(key, body, record.tags(), record.startSeq);
        }
      }
      return (end as (...a: unknown[]) => Response).apply(this, args);
    } as Response['end'];
    next();
  };
}
