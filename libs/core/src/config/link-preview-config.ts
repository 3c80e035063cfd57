import { BlockList, isIP } from 'node:net';

/** Link previews of addresses in posts (libs/media/src/link-previews; docs/limits.md "Link previews"). */
export interface LinkPreviewConfig {
  /** LINK_PREVIEWS: fetch previews at all (on by default). */
  enabled: boolean;
  /**
   * LINK_PREVIEW_ALLOW_ADDRESSES: addresses or ranges (`127.0.0.1`, `10.0.0.0/8`, `::1`) the fetcher may reach although
   * they are private, on any port and over plain HTTP (tests start a local server). Refused when NODE_ENV=production.
   */
  allowAddresses: string[];
  /** LINK_PREVIEW_TIMEOUT_MS: the whole fetch of one page (redirects included), and of its image, at most. */
  timeoutMs: number;
  /** LINK_PREVIEW_MAX_BYTES: bytes of HTML read at most (the rest is never streamed in); an image may be 4× as large. */
  maxBytes: number;
  /** LINK_PREVIEW_TTL_HOURS: a fetched preview is kept this long; a failed fetch an hour (LINK_PREVIEW_FAILED_TTL_MINUTES). */
  ttlHours: number;
  failedTtlMinutes: number;
}

export interface LinkPreviewConfigHelpers {
  production: boolean;
  int(name: string, fallback: number, min: number, max: number): number;
  raw(name: string): string | undefined;
  fail(variable: string, problem: string): Error;
}

export function linkPreviewConfig(h: LinkPreviewConfigHelpers): LinkPreviewConfig {
  const enabled = !/^(0|off|false|no)$/i.test((h.raw('LINK_PREVIEWS') ?? '').trim());
  const allowAddresses = (h.raw('LINK_PREVIEW_ALLOW_ADDRESSES') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (allowAddresses.length && h.production) {
    throw h.fail(
      'LINK_PREVIEW_ALLOW_ADDRESSES',
      'cannot be set when NODE_ENV=production: it lets anyone who posts a link make the server call into private networks',
    );
  }
  const test = new BlockList();
  for (const entry of allowAddresses) {
    const [address, bits] = entry.split('/');
    const family = isIP(address);
    const prefix = bits === undefined ? (family === 6 ? 128 : 32) : Number(bits);
    if (!family || !Number.isInteger(prefix) || prefix < 0 || prefix > (family === 6 ? 128 : 32)) {
      throw h.fail(
        'LINK_PREVIEW_ALLOW_ADDRESSES',
        `must be a comma-separated list of addresses or ranges such as 127.0.0.1 or 10.0.0.0/8 (got "${entry}")`,
      );
    }
    test.addSubnet(address, prefix, family === 6 ? 'ipv6' : 'ipv4');
  }
  return {
    enabled,
    allowAddresses,
    timeoutMs: h.int('LINK_PREVIEW_TIMEOUT_MS', 3000, 100, 30_000),
    maxBytes: h.int('LINK_PREVIEW_MAX_BYTES', 512 * 1024, 16 * 1024, 4 * 1024 * 1024),
    ttlHours: h.int('LINK_PREVIEW_TTL_HOURS', 24, 1, 24 * 90),
    failedTtlMinutes: h.int('LINK_PREVIEW_FAILED_TTL_MINUTES', 60, 1, 24 * 60),
  };
}
