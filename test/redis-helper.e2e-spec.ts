import { once } from 'node:events';
import { createServer } from 'node:net';
import { freePort } from './support/server-process';
import { TestRedis, redisServerAvailable } from './support/redis-server';
import { describeIf } from './support/requires';

/** The Redis fault tests stand on TestRedis: when Redis cannot start, it says why at once, never hangs or skips. */
describeIf(redisServerAvailable(), 'redis-server on the PATH')('the test Redis helper', () => {
  it('starts a Redis that answers, and stops it', async () => {
    const redis = new TestRedis(await freePort());
    await redis.start();
    await redis.stop();
  });

  it('fails with the reason when the port is taken by something that is not Redis', async () => {
    const blocker = createServer((socket) => socket.on('data', () => undefined)).listen(0, '127.0.0.1');
    await once(blocker, 'listening');
    const port = (blocker.address() as { port: number }).port;
    try {
      await expect(new TestRedis(port).start()).rejects.toThrow(
        new RegExp(`redis-server did not start on port ${port}: it exited \\(code 1\\)[^]*in use`, 'i'),
      );
    } finally {
      blocker.close();
    }
  });

  it('fails with the reason when there is no such program', async () => {
    await expect(new TestRedis(await freePort(), 'redis-server-that-is-not-there').start()).rejects.toThrow(
      /redis-server-that-is-not-there did not start on port \d+: spawn redis-server-that-is-not-there ENOENT/,
    );
  });
});
