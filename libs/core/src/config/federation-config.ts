/** ActivityPub federation (libs/federation): who may be reached and how fast the inbox may be written to. */
export interface FederationConfig {
  /**
   * WAARDENET_FEDERATION_ALLOW_PRIVATE_ADDRESSES: fetch and deliver to loopback and private addresses over
   * plain HTTP too (two instances on one machine, in tests). Refused when NODE_ENV=production: a remote
   * actor could otherwise make the server call into its own network.
   */
  allowPrivateAddresses: boolean;
  /** FEDERATION_INBOX_RATE_LIMIT: activities a remote server (or client address) may post to the inboxes. */
  inboxPerHost: { limit: number; windowMs: number };
  /** FEDERATION_POLL_MS: how often each instance looks for content changes to federate and deliveries due. */
  pollMs: number;
  /** FEDERATION_DELIVERY_ATTEMPTS: tries per delivery (exponential back-off from 1 s, at most 12 h apart) before it is dropped. */
  deliveryAttempts: number;
}

export interface FederationConfigHelpers {
  production: boolean;
  int(name: string, fallback: number, min: number, max: number): number;
  flag(name: string): boolean;
  rule(name: string, fallback: string): { limit: number; windowMs: number };
  fail(variable: string, problem: string): Error;
}

export function federationConfig(h: FederationConfigHelpers): FederationConfig {
  const allowPrivateAddresses = h.flag('WAARDENET_FEDERATION_ALLOW_PRIVATE_ADDRESSES');
  if (allowPrivateAddresses && h.production) {
    throw h.fail(
      'WAARDENET_FEDERATION_ALLOW_PRIVATE_ADDRESSES',
      'cannot be on when NODE_ENV=production: it lets remote servers make this one call into private networks',
    );
  }
  return {
    allowPrivateAddresses,
    inboxPerHost: h.rule('FEDERATION_INBOX_RATE_LIMIT', '300/1m'),
    pollMs: h.int('FEDERATION_POLL_MS', 1000, 10, 60_000),
    deliveryAttempts: h.int('FEDERATION_DELIVERY_ATTEMPTS', 10, 1, 30),
  };
}
