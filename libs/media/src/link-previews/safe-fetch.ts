import { lookup as dnsLookup } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { BlockList, LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import { forbiddenAddress } from './address-guard';

/** Resolves a host name to its addresses (dns.lookup with all: true); tests put in their own. */
export type Resolver = (hostname: string) => Promise<{ address: string; family: number }[]>;

export const systemResolver: Resolver = (hostname) =>
  new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true, verbatim: true }, (err, addresses) => (err ? reject(err) : resolve(addresses))),
  );

export interface SafeFetchOptions {
  /** Content types accepted (checked before any body byte is read), e.g. `text/html`, `image/`. A prefix ending in `/` matches a family. */
  accept: string[];
  /** Bytes read at most. `truncate`: stop streaming there and keep what came (HTML: the head is what matters); otherwise fail. */
  maxBytes: number;
  truncate: boolean;
  /** The whole fetch, redirects included. */
  timeoutMs: number;
  maxRedirects?: number;
  /** Addresses allowed although private, on any port and over plain HTTP (LINK_PREVIEW_ALLOW_ADDRESSES; tests only). */
  allowed?: BlockList | null;
  resolver?: Resolver;
  userAgent?: string;
}

export interface Fetched {
  url: string;
  contentType: string;
  body: Buffer;
}

/** Why a fetch was refused or failed: recorded with the negative cache entry, never shown to readers. */
export class FetchRefused extends Error {}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const DEFAULT_PORT: Record<string, string> = { 'http:': '80', 'https:': '443' };

/**
 * GET with server-side request forgery protection. The address the socket connects to is the one checked:
 * host names resolve in the agent's own `lookup` (every address a name has must be public, or the fetch is
 * refused), so no DNS answer can change between the check and the connection; an IP literal in the address is
 * checked before connecting; and the connected socket's remote address once more. Only http and https on their
 * default ports (80, 443) unless the address is in the test allowlist; every redirect (at most 3) is checked
 * again the same way. The content type is checked from the headers before the body is read; the body streams
 * in up to `maxBytes` and the connection is closed there; one deadline covers the whole fetch. No cookies, no
 * credentials, no compression (`accept-encoding: identity`).
 */
export async function safeFetch(address: string, options: SafeFetchOptions): Promise<Fetched> {
  const deadline = Date.now() + options.timeoutMs;
  let url = parse(address);
  for (let hop = 0; ; hop++) {
    const answer = await fetchOnce(url, options, deadline);
    if ('location' in answer) {
      if (hop >= (options.maxRedirects ?? 3)) throw new FetchRefused('too many redirects');
      url = parse(new URL(answer.location, url).href);
      continue;
    }
    return answer;
  }
}

function parse(address: string): URL {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new FetchRefused('not an address');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchRefused(`scheme ${url.protocol} is not fetched`);
  if (url.username || url.password) throw new FetchRefused('addresses with credentials are not fetched');
  return url;
}

function fetchOnce(url: URL, options: SafeFetchOptions, deadline: number): Promise<Fetched | { location: string }> {
  const allowed = options.allowed ?? null;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const defaultPort = (url.port || DEFAULT_PORT[url.protocol]) === DEFAULT_PORT[url.protocol];
  /** Refuses an address, or a non-default port on an address outside the test allowlist. */
  const check = (addr: string): string | null => {
    const why = forbiddenAddress(addr, allowed);
    if (why) return `${addr} is ${why}`;
    if (!defaultPort && !allowed?.check(addr, isIP(addr) === 6 ? 'ipv6' : 'ipv4')) return `port ${url.port} is not fetched`;
    return null;
  };
  if (isIP(host)) {
    const why = check(host);
    if (why) return Promise.reject(new FetchRefused(why));
  }
  const resolver = options.resolver ?? systemResolver;
  const lookup: LookupFunction = (hostname, lookupOptions, callback) => {
    resolver(hostname).then(
      (addresses) => {
        const usable = addresses.filter((a) => !lookupOptions.family || a.family === lookupOptions.family);
        if (!usable.length) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 4);
        // Every address of the name must be public: the socket may try any of them.
        for (const a of usable) {
          const why = check(a.address);
          if (why) return callback(new FetchRefused(`${hostname} resolves to ${why}`), '', 4);
        }
        if (lookupOptions.all) (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, usable);
        else callback(null, usable[0].address, usable[0].family);
      },
      (err: Error) => callback(Object.assign(err, { code: (err as NodeJS.ErrnoException).code ?? 'ENOTFOUND' }), '', 4),
    );
  };
  const remaining = deadline - Date.now();
  if (remaining <= 0) return Promise.reject(new FetchRefused('took too long'));
  const agentOptions = { keepAlive: false, lookup };
  const agent = url.protocol === 'https:' ? new https.Agent(agentOptions) : new http.Agent(agentOptions);
  const get = url.protocol === 'https:' ? https.get : http.get;
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      agent.destroy();
      reject(err instanceof FetchRefused ? err : new FetchRefused(err.message));
    };
    const done = (value: Fetched | { location: string }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      agent.destroy();
      resolve(value);
    };
    const req = get(
      url,
      {
        agent,
        lookup,
        headers: {
          'user-agent': options.userAgent ?? 'Waardenet link preview',
          accept: 'text/html,application/xhtml+xml;q=0.9,image/*;q=0.8',
          'accept-encoding': 'identity',
        },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        if (REDIRECTS.has(status)) {
          const location = res.headers.location;
          res.resume();
          if (!location) return fail(new FetchRefused(`redirect ${status} without a location`));
          return done({ location });
        }
        if (status !== 200) {
          res.resume();
          return fail(new FetchRefused(`answered ${status}`));
        }
        const contentType = (res.headers['content-type'] ?? '').toLowerCase();
        const mime = contentType.split(';')[0].trim();
        if (!options.accept.some((a) => (a.endsWith('/') ? mime.startsWith(a) : mime === a)))
          return fail(new FetchRefused(`content type ${mime || 'none'} is not fetched`));
        const encoding = (res.headers['content-encoding'] ?? 'identity').toLowerCase();
        if (encoding !== 'identity') return fail(new FetchRefused(`content encoding ${encoding} is not read`));
        const declared = Number(res.headers['content-length'] ?? NaN);
        if (!options.truncate && declared > options.maxBytes) return fail(new FetchRefused(`larger than ${options.maxBytes} bytes`));
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          if (settled) return;
          const room = options.maxBytes - size;
          if (chunk.length >= room && (chunk.length > room || !options.truncate)) {
            if (!options.truncate) return fail(new FetchRefused(`larger than ${options.maxBytes} bytes`));
            chunks.push(chunk.subarray(0, room));
            size += room;
            // Enough: the rest is never read (the socket is closed).
            return done({ url: url.href, contentType, body: Buffer.concat(chunks, size) });
          }
          chunks.push(chunk);
          size += chunk.length;
        });
        res.on('end', () => done({ url: url.href, contentType, body: Buffer.concat(chunks, size) }));
        res.on('error', fail);
      },
    );
    req.on('socket', (socket) => {
      // The address actually connected to, checked once more (an IP literal skips lookup; a name was checked in lookup).
      socket.once('connect', () => {
        const why = socket.remoteAddress ? check(socket.remoteAddress) : 'no remote address';
        if (why) fail(new FetchRefused(`connected to ${why}`));
      });
    });
    req.on('error', fail);
    const timer = setTimeout(() => fail(new FetchRefused('took too long')), remaining);
  });
}
