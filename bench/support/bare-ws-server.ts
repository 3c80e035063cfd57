import { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { cursorCodec, cursorPart } from '@waardenet/core';

/** The live cursor, as the api writes it. */
const LIVE_CURSOR = cursorCodec<[number]>('live', [cursorPart.int(0, Number.MAX_SAFE_INTEGER)]);

/**
 * The baseline of `npm run bench:live`: a bare `ws` server that does nothing but broadcast. Each
 * frame is serialized once and the same bytes are written to every socket; no protocol, no
 * per-subscriber work. What a socket and a frame cost by themselves.
 */
export interface BareServer {
  url: string;
  readonly clients: number;
  /** Writes one text frame to every open socket. */
  broadcast(frame: Buffer): void;
  close(): Promise<void>;
}

export async function startBareServer(): Promise<BareServer> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false, maxPayload: 64 * 1024 });
  await new Promise<void>((resolve, reject) => {
    wss.once('listening', resolve);
    wss.once('error', reject);
  });
  // A socket error (a client gone mid-write) must not take the bench down.
  wss.on('connection', (ws) => ws.on('error', () => undefined));
  const { port } = wss.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}/`,
    get clients() {
      return wss.clients.size;
    },
    broadcast(frame: Buffer) {
      for (const ws of wss.clients) if (ws.readyState === ws.OPEN) ws.send(frame, { binary: false });
    },
    close: async () => {
      for (const ws of wss.clients) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

/** The fields of a post that the live subscription selects (at least these; the web client's document selects more). */
export interface LivePost {
  id: string;
  seq: number;
  bodyHtml: string | null;
  createdAt: string;
  author: { displayName: string };
  [field: string]: unknown;
}

/**
 * A frame shaped and sized like the one graphql-ws sends for a threadEvents POST_ADDED event,
 * for post `seq`, with the other fields (in their order) taken from a real post, and the thread's
 * fields when the subscription selects them.
 */
export function bareFrame(seq: number, like: LivePost, thread?: Record<string, unknown>): string {
  return JSON.stringify({
    id: '1',
    type: 'next',
    payload: {
      data: {
        threadEvents: {
          type: 'POST_ADDED',
          cursor: LIVE_CURSOR.encode([seq]),
          post: { ...like, seq },
          ...(thread ? { thread } : {}),
        },
      },
    },
  });
}
