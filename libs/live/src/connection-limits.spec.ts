import type { IncomingMessage } from 'node:http';
import { ConnectionLimits, clientAddressOf } from './connection-limits';

const request = (remoteAddress: string, forwardedFor?: string) =>
  ({ socket: { remoteAddress }, headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} }) as unknown as IncomingMessage;

describe('clientAddressOf: the address Express would give req.ip', () => {
  it('believes no X-Forwarded-For when no proxy is trusted', () => {
    expect(clientAddressOf(request('127.0.0.1', '203.0.113.7'), () => false)).toBe('127.0.0.1');
  });

  it('walks back through trusted hops only', () => {
    const oneHop = (_address: string, index: number) => index < 1;
    expect(clientAddressOf(request('10.0.0.5', '198.51.100.1, 203.0.113.7'), oneHop)).toBe('203.0.113.7');
    const everyHop = () => true;
    expect(clientAddressOf(request('10.0.0.5', '198.51.100.1, 203.0.113.7'), everyHop)).toBe('198.51.100.1');
  });

  it('counts IPv6 per /64 and IPv4-mapped addresses as IPv4, as the HTTP limits do', () => {
    expect(clientAddressOf(request('2001:db8:1:2:aaaa::1'), () => false)).toBe('2001:db8:1:2::/64');
    expect(clientAddressOf(request('::ffff:192.0.2.4'), () => false)).toBe('192.0.2.4');
  });
});

describe('ConnectionLimits', () => {
  const limits = () =>
    new ConnectionLimits({
      socketsPerIp: 2,
      anonymousSocketsPerIp: 1,
      socketsPerUser: 1,
      subscriptionsPerIp: 4,
      anonymousSubscriptionsPerIp: 3,
      documentsPerChannelPerIp: 2,
      replaysPerSocket: 1,
      replaysPerIp: 2,
      replayMaxEvents: 10,
      eventsRetentionMs: 60_000,
    });

  it('caps sockets per address and gives a place back when one closes', () => {
    const l = limits();
    expect([l.socketOpened('a'), l.socketOpened('a'), l.socketOpened('a'), l.socketOpened('b')]).toEqual([true, true, false, true]);
    l.socketClosed('a');
    expect(l.socketOpened('a')).toBe(true);
  });

  it('refuses replays past the socket and address caps with LIVE_REPLAY_LIMIT; each ends once', () => {
    const l = limits();
    expect(() => l.replayStarted('a', 1)).toThrow(
      expect.objectContaining({ code: 'RATE_LIMITED', extensions: expect.objectContaining({ reason: 'LIVE_REPLAY_LIMIT' }) }),
    );
    const first = l.replayStarted('a', 0);
    l.replayStarted('a', 0);
    expect(() => l.replayStarted('a', 0)).toThrow(/from this address/);
    first();
    first();
    l.replayStarted('a', 0);
    expect(() => l.replayStarted('a', 0)).toThrow(/from this address/);
  });

  it('caps subscriptions per address (anonymous tighter) and distinct documents per channel with LIVE_SUBSCRIPTION_LIMIT; each ends once', () => {
    const l = limits();
    const doc1 = l.subscriptionStarted('a', true, 'thread:1', 'q1');
    l.subscriptionStarted('a', true, 'thread:1', 'q2');
    expect(() => l.subscriptionStarted('a', true, 'thread:1', 'q3')).toThrow(
      expect.objectContaining({ code: 'RATE_LIMITED', extensions: expect.objectContaining({ reason: 'LIVE_SUBSCRIPTION_LIMIT' }) }),
    );
    expect(() => l.subscriptionStarted('a', true, 'thread:1', 'q3')).toThrow(/different subscriptions/);
    // A signed-in neighbour on the same address has documents of its own.
    l.subscriptionStarted('a', false, 'thread:1', 'q3', 'user-1')();
    l.subscriptionStarted('b', true, 'thread:1', 'q3');
    l.subscriptionStarted('a', true, 'thread:1', 'q1');
    expect(() => l.subscriptionStarted('a', true, 'thread:2', 'q1')).toThrow(/without an account/);
    const signedIn = l.subscriptionStarted('a', false, 'thread:2', 'q1');
    expect(() => l.subscriptionStarted('a', false, 'thread:2', 'q1')).toThrow(/from this address \(at most 4\)/);
    signedIn();
    signedIn();
    l.subscriptionStarted('a', false, 'thread:2', 'q1');
    doc1();
    expect(() => l.subscriptionStarted('a', true, 'thread:1', 'q3')).toThrow(/different subscriptions/);
  });
});
