import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import helmet from 'helmet';

/** CSP hashes ('sha256-…') of the inline <script> and <style> blocks of the web client's HTML files. */
export function inlineHashes(webDir: string): { script: string[]; style: string[] } {
  const out = { script: new Set<string>(), style: new Set<string>() };
  if (!existsSync(webDir)) return { script: [], style: [] };
  for (const file of readdirSync(webDir).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(webDir, file), 'utf8');
    for (const [, tag, attrs, body] of html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi)) {
      if (tag.toLowerCase() === 'script' && /\bsrc\s*=/i.test(attrs)) continue;
      if (!body.trim()) continue;
      out[tag.toLowerCase() as 'script' | 'style'].add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
    }
  }
  return { script: [...out.script], style: [...out.style] };
}

const HOST = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** The live socket of this very host (ws: or wss:), which not every browser counts as 'self'. */
const sameHostSockets = (req: IncomingMessage): string => {
  const host = req.headers.host ?? '';
  return HOST.test(host) ? `ws://${host} wss://${host}` : "'self'";
};

/**
 * helmet on every response: a Content-Security-Policy that allows the web client's own scripts and
 * styles (same origin, and its inline blocks by hash), its fetches and its graphql-ws socket to this
 * host, and nothing else; no framing; nosniff; no referrer; HSTS (ignored by browsers over plain
 * HTTP). `upgrade-insecure-requests` is left out: a library running Waardenet on plain HTTP on its
 * own network would otherwise get a client whose requests all go to an https:// that is not there.
 */
export function securityHeaders(webDir: string) {
  const pages = pageHeaders(webDir);
  // A GraphQL answer is JSON, never a document: the strictest policy, written once (the pages' policy names the
  // request's own host for the live socket, so helmet builds it again for every request).
  const api = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
    xFrameOptions: { action: 'deny' },
  });
  return (req: IncomingMessage & { path?: string }, res: ServerResponse, next: (err?: unknown) => void) =>
    req.method === 'POST' && req.path === '/graphql' ? api(req, res, next) : pages(req, res, next);
}

function pageHeaders(webDir: string) {
  const inline = inlineHashes(webDir);
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'", ...inline.script],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", ...inline.style],
        // Libraries host their house-style logos themselves (https only, checked when it is set).
        // blob: the composer's preview of a picked image, and members' images of private communities fetched with their token.
        imgSrc: ["'self'", 'data:', 'blob:', 'https:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'", sameHostSockets],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
    },
    xFrameOptions: { action: 'deny' },
  });
}
