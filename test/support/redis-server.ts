import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { connect } from 'node:net';
import { waitFor } from './wait';

export const redisServerAvailable = () => spawnSync('redis-server', ['--version']).status === 0;

/** Whether a Redis answers PING on the port (not just anything listening there). */
function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const done = (ok: boolean) => (socket.destroy(), resolve(ok));
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (d) => done(String(d).startsWith('+PONG')));
    socket.once('error', () => done(false));
    socket.once('close', () => done(false));
  });
}

/** A throw-away redis-server on its own port, which a test can stop and start again (the fault tests). */
export class TestRedis {
  private child?: ChildProcess;
  constructor(
    readonly port: number,
    private readonly command = 'redis-server',
  ) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Starts redis-server and resolves once it answers; rejects (never hangs, never skips) when it cannot. */
  async start(timeout = 5_000): Promise<void> {
    const child = spawn(this.command, ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let output = '';
    child.stdout?.on('data', (d) => (output = (output + d).slice(-2000)));
    child.stderr?.on('data', (d) => (output = (output + d).slice(-2000)));
    let failed: string | undefined;
    child.once('error', (err) => (failed = err.message));
    child.once('exit', (code, signal) => (failed ??= `it exited (${signal ?? `code ${code}`})`));
    try {
      await waitFor(async () => failed !== undefined || (await answers(this.port)), {
        timeout,
        what: `${this.command} to answer on port ${this.port}`,
      });
    } catch (err) {
      failed ??= (err as Error).message;
    }
    if (failed !== undefined) {
      child.kill('SIGKILL');
      throw new Error(`${this.command} did not start on port ${this.port}: ${failed}${output ? `\n${output.trim()}` : ''}`);
    }
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
  }
}
