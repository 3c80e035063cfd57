import { Server, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import { cursorCodec, cursorPart } from '@waardenet/core';

/** The posts list's cursor, as the api writes it. */
const POSTS_CURSOR = cursorCodec<[number]>('posts', [cursorPart.int()]);

const PAGE = 50;
const TIME = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * The baseline: the thread page the web client asks for (apps/web/src/api/operations.ts THREAD: the
 * thread, its community with the viewer's membership, 50 posts with author, reaction counts, accepted
 * answer, the author's verified expertise and the viewer's own reactions), for one viewer or none, by
 * one hand-written statement, served as JSON by a bare node http server. No framework, no policy
 * checks, no schema: what the data costs by itself, with HTTP and JSON on top. It knows the bench's
 * world (a PUBLIC community, no pending or deleted posts); the bench checks that both answers agree.
 * $1 is the thread, $2 the viewer (null for a visitor).
 */
export const RAW_QUERY = `
  WITH t AS (SELECT * FROM threads WHERE id = $1),
       m AS (SELECT ms.state FROM memberships ms JOIN t ON ms.community_id = t.community_id WHERE ms.user_id = $2::uuid),
       page AS (SELECT * FROM posts WHERE thread_id = $1 AND (state <> 'PENDING' OR author_id = $2::uuid) ORDER BY seq LIMIT ${PAGE + 1})
  SELECT json_build_object(
    'id', t.id, 'title', t.title, 'kind', t.kind, 'pinned', t.pinned, 'locked', t.locked, 'replyCount', t.reply_count,
    'viewerCanReply', coalesce((SELECT state = 'ACTIVE' FROM m), false) AND NOT t.locked,
    'viewerFollows', EXISTS (SELECT 1 FROM follows f WHERE f.user_id = $2::uuid AND f.target_type = 'THREAD' AND f.target_id = t.id),
    'community', (SELECT json_build_object('id', c.id, 'slug', c.slug, 'name', c.name, 'viewerMembership', (SELECT json_build_object('state', m.state) FROM m))
                    FROM communities c WHERE c.id = t.community_id),
    'posts', coalesce((SELECT json_agg(json_build_object(
      'id', p.id, 'seq', p.seq, 'state', p.state, 'isDeleted', p.deleted_at IS NOT NULL, 'bodyHtml', p.body_html,
      'createdAt', ${TIME('p.created_at')}, 'editedAt', ${TIME('p.edited_at')}, 'replyToId', p.reply_to_id,
      'author', json_build_object('id', u.id, 'displayName', u.display_name,
        'avatarUrl', (SELECT '/media/' || a.id FROM media a WHERE a.owner_id = u.id AND a.purpose = 'AVATAR' ORDER BY a.created_at DESC LIMIT 1)),
      'reactionCounts', coalesce((SELECT json_agg(json_build_object('kind', k.kind, 'count', k.n) ORDER BY k.kind)
                                    FROM (SELECT kind, count(*)::int AS n FROM reactions r WHERE r.post_id = p.id GROUP BY kind) k), '[]'),
      'isAcceptedAnswer', EXISTS (SELECT 1 FROM questions q WHERE q.thread_id = t.id AND q.accepted_post_id = p.id),
      'authorExpertise', coalesce((SELECT json_agg(json_build_object('id', e.id, 'topic', e.topic, 'library', (SELECT json_build_object('name', l.name) FROM libraries l WHERE l.id = e.library_id))
                                     ORDER BY e.topic_key, e.id) FROM expertise e WHERE e.user_id = p.author_id AND e.state = 'VERIFIED'), '[]'),
      -- Link previews come from the markdown's links (parsed in the api, not in SQL): the bench's posts have none.
      'linkPreviews', '[]'::json,
      'viewerReactions', coalesce((SELECT json_agg(r.kind ORDER BY r.kind) FROM reactions r WHERE r.post_id = p.id AND r.user_id = $2::uuid), '[]')
    ) ORDER BY p.seq) FROM page p JOIN users u ON u.id = p.author_id), '[]')
  ) AS thread
  FROM t`;

export interface RawPost {
  id: string;
  seq: number;
  [field: string]: unknown;
}

export interface RawThread {
  posts: RawPost[];
  [field: string]: unknown;
}

/** The rows in the shape of the GraphQL answer: the posts as a connection, with the api's cursors. */
export function asThreadPage(thread: RawThread): Record<string, unknown> {
  const { posts, ...rest } = thread;
  const edges = posts.slice(0, PAGE).map((node) => ({ cursor: POSTS_CURSOR.encode([node.seq]), node }));
  return { thread: { ...rest, posts: { edges, pageInfo: { hasNextPage: posts.length > PAGE, endCursor: edges.at(-1)?.cursor ?? null } } } };
}

export interface RawServer {
  /** Answers the page as a visitor sees it. */
  url: string;
  /** Answers the page as `viewerId` sees it. */
  urlFor(viewerId: string): string;
  close(): Promise<void>;
}

/** Listens on a free port of 127.0.0.1; every request answers the thread page, for the viewer in `?viewer=` or none. */
export async function startRawServer(databaseUrl: string, threadId: string, poolSize: number): Promise<RawServer> {
  const pool = new Pool({ connectionString: databaseUrl, max: poolSize, application_name: 'waardenet-bench-raw' });
  const server: Server = createServer((req, res) => {
    // Drain the request body (autocannon may send one) before answering.
    req.resume();
    req.on('end', () => {
      const viewer = new URL(req.url ?? '/', 'http://raw').searchParams.get('viewer');
      pool.query<{ thread: RawThread }>(RAW_QUERY, [threadId, viewer]).then(
        ({ rows }) => {
          const body = JSON.stringify({ data: asThreadPage(rows[0].thread) });
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
  const url = `http://127.0.0.1:${port}/thread`;
  return {
    url,
    urlFor: (viewerId) => `${url}?viewer=${viewerId}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
    },
  };
}
