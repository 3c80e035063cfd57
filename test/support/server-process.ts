import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { waitFor } from './wait';
export { freePort } from '@waardenet/core';

export const MAIN = join(__dirname, '../../dist/apps/api/src/main.js');

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Runs the built api (`node dist/apps/api/src/main.js`) as `npm start` does, with the given environment. */
export async function startServer(env: Record<string, string>): Promise<ServerProcess> {
  if (!existsSync(MAIN)) throw new Error('run `npm run build` first: the process tests start the built api');
  const port = Number(env.PORT);
  const clean = { ...process.env };
  delete clean.DATABASE_URL;
  delete clean.TEST_DATABASE_URL;
  delete clean.REDIS_URL;
  const child = spawn(process.execPath, [MAIN], {
    env: { ...clean, NODE_ENV: 'development', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const ready = async () => {
    if (child.exitCode !== null) throw new Error(`the api exited with ${child.exitCode}:\n${out}`);
    try {
      return (await fetch(`${url}/ready`)).ok;
    } catch {
      return false; // not listening yet
    }
  };
  await waitFor(ready, { timeout: 60_000, interval: 200, what: 'the api to become ready' }).catch((err: Error) => {
    if (child.exitCode !== null) throw err;
    child.kill('SIGKILL');
    throw new Error(`the api did not become ready:\n${out}`);
  });
  return {
    url,
    child,
    output: () => out,
    stop: async () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Runs the built api expecting it to refuse to start; resolves with its exit code and output. */
export function runToExit(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [MAIN], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

export async function post(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] }; // eslint-disable-line @typescript-eslint/no-explicit-any
}
