import type { NextFunction, Request, Response } from 'express';
import { RateLimitStore, clientKey, retryAfterSeconds } from '@waardenet/core/rate-limit';
import { AppConfig, logger } from '@waardenet/core';
import { FEDERATION_PATHS } from './federation.app';
import { FederationRuntime } from './federation.runtime';

/** The host named by a request's HTTP signature (keyId), lower case; null without one. */
function signerHost(req: Request): string | null {
  const header = String(req.headers.signature ?? req.headers['signature-input'] ?? '');
  const keyId = /keyid="([^"]+)"/i.exec(header)?.[1];
  try {
    return keyId ? new URL(keyId).host.toLowerCase() : null;
  } catch {
    return null;
  }
}

/**
 * Mounts Fedify on Express for its own paths only (WebFinger, NodeInfo, /ap/…): the request is handed
 * over as a fetch Request, its answer written back. Before the JSON body parser, so signatures are
 * checked on the exact bytes sent. Inbox POSTs count against FEDERATION_INBOX_RATE_LIMIT per signing
 * server (or client address without a signature): HTTP 429 with Retry-After past it.
 */
export function federationMiddleware(runtime: FederationRuntime, rateLimits: RateLimitStore, config: AppConfig) {
  const rule = config.federation.inboxPerHost;
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    if (!FEDERATION_PATHS.test(req.path)) return next();
    try {
      const signer = req.method === 'POST' ? signerHost(req) : null;
      // A blocked server is refused at the door (its activities are also dropped should one get through by another signer).
      if (signer && (await runtime.isBlockedHost(signer))) {
        res.status(403).type('text/plain').send('This server does not federate with yours.');
        return;
      }
      if (req.method === 'POST' && rule.limit) {
        const key = `federation:inbox:${signer ?? clientKey(req.ip)}`;
        const hit = await rateLimits.hit(key, rule.limit, rule.windowMs);
        if (!hit.allowed) {
          res.setHeader('retry-after', String(retryAfterSeconds(hit.retryAfterMs)));
          res.status(429).type('text/plain').send('Too many activities: try again later.');
          return;
        }
      }
      const chunks: Buffer[] = [];
      let size = 0;
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        for await (const chunk of req) {
          size += (chunk as Buffer).length;
          if (size > 1_000_000) {
            res.status(413).type('text/plain').send('Too large.');
            return;
          }
          chunks.push(chunk as Buffer);
        }
      }
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (Array.isArray(value)) for (const v of value) headers.append(name, v);
        else if (value !== undefined) headers.set(name, value);
      }
      const url = new URL(req.originalUrl, runtime.parts.origin);
      const request = new Request(url, { method: req.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined });
      let passed = false;
      const response = await runtime.federation.fetch(request, {
        contextData: undefined,
        onNotFound: async () => new Response('Not found.', { status: 404, headers: { 'content-type': 'text/plain' } }),
        onNotAcceptable: async () => {
          passed = true;
          return new Response(null, { status: 406 });
        },
      });
      // A browser asking for an actor's or object's page: the web client answers.
      if (passed && req.method === 'GET') return next();
      res.status(response.status);
      response.headers.forEach((value, name) => res.setHeader(name, value));
      res.send(Buffer.from(await response.arrayBuffer()));
    } catch (err) {
      logger.warn({ err }, 'federation: request failed');
      if (!res.headersSent) res.status(500).type('text/plain').send('Federation error.');
    }
  };
}
