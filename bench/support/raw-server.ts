import { Server, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { Pool } from 'pg';

/**
 * The baseline: the same 50 posts, authors and reaction counts as the GraphQL thread page, fetched
 * by one hand-written query and served as JSON by a bare node http server. No framework, no
 * policy checks, no schema: what the data costs by itself, with HTTP and JSON on top.
 */
export const RAW_QUERY = `
  SELECT p.id, p.seq, p.body_html AS "bodyHtml", p.created_at AS "createdAt",
         json_build_object('id', u.id, 'displayName', u.display_name) AS author,
         coalesce(rc.counts, '[]'::json) AS "reactionCounts"
    FROM posts p
    JOIN users u ON u.id = p.author_id
    LEFT JOIN LATERAL (
      SELECT json_agg(json_build_object('kind', k.kind, 'count', k.n) ORDER BY k.kind) AS counts
        FROM (SELECT kind, count(*)::int AS n FROM reactions r WHERE r.post_id = p.id GROUP BY kind) k
    ) rc ON true
   WHERE p.thread_id = $1 AND p.state <> 'PENDING'
   ORDER BY p.seq
   LIMIT 50`;

export interface RawPost {
  id: string;
  seq: number;
  bodyHtml: string;
  createdAt: string;
  author: { id: string; displayName: string };
  reactionCounts: { kind: string; count: number }[];
}

export interface RawServer {
  url: string;
  close(): Promise<void>;
}

/** Listens on a free port of 127.0.0.1; every request, whatever its path, answers the thread page. */
export async function startRawServer(databaseUrl: string, threadId: string, poolSize: number): Promise<RawServer> {
  const pool = new Pool({ connectionString: databaseUrl, max: poolSize, application_name: 'waardenet-bench-raw' });
  const server: Server = createServer((req, res) => {
    // Drain the request body (autocannon may send one) before answering.
    req.resume();
    req.on('end', () => {
      pool.query(RAW_QUERY, [threadId]).then(
        ({ rows }) => {
          const body = JSON.stringify({ data: { posts: rows } });
          res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
          res.end(body);
        },
        (e: unknown) => {
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(e instanceof Error ? e.message : String(e));
        },
      );
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/thread`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
    },
  };
}
