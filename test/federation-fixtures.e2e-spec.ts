import { signRequest } from '@fedify/fedify';
import { readFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { join } from 'node:path';
import { generateKeyPairSync, webcrypto } from 'node:crypto';
import { createThread, registerAdmin, world, World } from './support/factories';
import { ok } from './support/gql';
import { freePort } from './support/server-process';
import { TestApp, createTestApp } from './support/test-app';
import { waitFor } from './support/wait';

/**
 * Real Mastodon and Lemmy activities (test/fixtures/federation) posted to a community's inbox, signed
 * (draft-cavage HTTP signatures, as both send) with a key the fixture actors publish from a tiny local server.
 */
const FIXTURES = join(__dirname, 'fixtures/federation');
/** The key type Fedify's signRequest takes (the DOM's CryptoKey when that lib is in the program). */
type SigningKey = Parameters<typeof signRequest>[1];
let n = 0;
function fixture(name: string, vars: Record<string, string>): string {
  const text = readFileSync(join(FIXTURES, `${name}.json`), 'utf8');
  return text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => (key === 'N' ? String(++n) : (vars[key] ?? `{{${key}}}`)));
}

function keyPair() {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { pem: publicKey.export({ type: 'spki', format: 'pem' }).toString(), pkcs8: privateKey.export({ type: 'pkcs8', format: 'der' }) };
}

describe('federation: Mastodon and Lemmy activities posted to a community inbox', () => {
  let a: TestApp;
  let w: World;
  let server: Server;
  let base: string;
  const received: { path: string; body: Record<string, unknown> }[] = [];
  const alice = keyPair();
  const bob = keyPair();
  const stranger = keyPair();
  let group: string;
  let page: string;
  let threadId: string;

  const actor = (who: 'alice' | 'bob') => (who === 'alice' ? `${base}/users/alice` : `${base}/u/bob`);
  /** Posts an activity to the community's inbox, signed with `signer`'s key under `who`'s key id. */
  async function deliver(body: string, who: 'alice' | 'bob', signer = who === 'alice' ? alice : bob): Promise<number> {
    const key = await webcrypto.subtle.importKey('pkcs8', signer.pkcs8, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, true, ['sign']);
    const request = new Request(`${group}/inbox`, { method: 'POST', headers: { 'content-type': 'application/activity+json' }, body });
    const signed = await signRequest(request, key as unknown as SigningKey, new URL(`${actor(who)}#main-key`));
    return (await fetch(signed)).status;
  }
  const vars = (who: 'alice' | 'bob', extra: Record<string, string> = {}) => ({
    ACTOR: actor(who),
    BASE: base,
    GROUP: group,
    PAGE: page,
    ...extra,
  });
  const postsBy = (text: string) =>
    a.sql<{ id: string; state: string; body: string; deleted: boolean; author: string }>(
      `SELECT p.id, p.state, p.body, p.deleted_at IS NOT NULL AS deleted, u.display_name AS author FROM posts p JOIN users u ON u.id = p.author_id WHERE p.body LIKE $1`,
      [`%${text}%`],
    );

  beforeAll(async () => {
    const port = await freePort();
    const fixturePort = await freePort();
    base = `http://127.0.0.1:${fixturePort}`;
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (d: Buffer) => (body += d.toString()));
      req.on('end', () => {
        const path = (req.url ?? '').split('#')[0];
        if (req.method === 'POST') {
          received.push({ path, body: JSON.parse(body) as Record<string, unknown> });
          res.writeHead(202).end();
        } else if (path === '/users/alice' || path === '/u/bob') {
          const who = path === '/users/alice' ? 'alice' : 'bob';
          const doc = fixture(who === 'alice' ? 'mastodon-person' : 'lemmy-person', {
            ACTOR: actor(who),
            BASE: base,
            PEM: (who === 'alice' ? alice : bob).pem.replace(/\n/g, '\\n'),
          });
          res.writeHead(200, { 'content-type': 'application/activity+json' }).end(doc);
        } else res.writeHead(404).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(fixturePort, '127.0.0.1', resolve));
    a = await createTestApp(
      {
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        WAARDENET_FEDERATION_ALLOW_PRIVATE_ADDRESSES: '1',
        FEDERATION_POLL_MS: '50',
        FEDERATION_INBOX_RATE_LIMIT: '40/1m',
      },
      { port },
    );
    w = await world(a);
    await ok(
      a,
      `mutation($input: SetCommunityFederationInput!) { setCommunityFederation(input: $input) { enabled } }`,
      { input: { communityId: w.pub.id, enabled: true } },
      w.manager.token,
    );
    group = `${a.config.email.publicUrl}/ap/actors/c-${w.pub.id}`;
    const thread = await createThread(a, w.member, w.pub.id, { title: 'Wie leest er mee?', body: 'Deze maand: Max Havelaar.' });
    threadId = thread.id;
    page = `${a.config.email.publicUrl}/ap/threads/${thread.id}`;
  });
  afterAll(async () => {
    await a?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('Mastodon Follow: the follower is stored and counted, and an Accept goes to its inbox', async () => {
    expect(await deliver(fixture('mastodon-follow', vars('alice')), 'alice')).toBe(202);
    await waitFor(async () => (await a.sql(`SELECT 1 FROM federation_followers WHERE community_id = $1`, [w.pub.id])).length === 1, {
      what: 'the follower',
    });
    const accept = await waitFor(() => received.find((r) => r.body.type === 'Accept'), { what: 'the Accept', timeout: 20_000 });
    expect(accept.body.actor).toBe(group);
    const status = await ok(a, `query($id: ID!) { communityFederation(communityId: $id) { remoteFollowers } }`, { id: w.pub.id });
    expect(status.communityFederation.remoteFollowers).toBe(1);
  });

  it('a request without a valid signature is refused (401) and writes nothing', async () => {
    const body = fixture('mastodon-create-note', vars('alice', { NOTE: `${base}/users/alice/statuses/forged`, TEXT: 'Vervalst bericht' }));
    const unsigned = await fetch(`${group}/inbox`, { method: 'POST', headers: { 'content-type': 'application/activity+json' }, body });
    expect(unsigned.status).toBe(401);
    expect(await deliver(body, 'alice', stranger)).toBe(401);
    expect(await postsBy('Vervalst bericht')).toEqual([]);
  });

  it('Mastodon Create(Note): the reply enters the thread as a marked remote account, through the same moderation', async () => {
    const note = `${base}/users/alice/statuses/1`;
    expect(
      await deliver(fixture('mastodon-create-note', vars('alice', { NOTE: note, TEXT: 'Ik lees Multatuli *opnieuw*.' })), 'alice'),
    ).toBe(202);
    const [post] = await waitFor(
      async () => {
        const rows = await postsBy('Multatuli');
        return rows.length ? rows : null;
      },
      { what: 'the reply on A', timeout: 20_000 },
    );
    expect(post.state).toBe('VISIBLE');
    // Remote text stays text: the mention kept, markdown characters escaped.
    expect(post.body).toContain('Ik lees Multatuli \\*opnieuw\\*.');
    expect(post.author).toMatch(/^Alice Lezer \(@alice@127\.0\.0\.1:\d+\)$/);
    const [remote] = await a.sql(
      `SELECT a.handle, u.email FROM federation_remote_actors a JOIN users u ON u.id = a.user_id WHERE a.uri = $1`,
      [actor('alice')],
    );
    expect(remote.email).toMatch(/@remote\.invalid$/);
    const thread = await ok(a, `query($id: ID!) { thread(id: $id) { replyCount posts { edges { node { author { remoteHandle } } } } } }`, {
      id: threadId,
    });
    expect(thread.thread.replyCount).toBe(1);
    // The opening post's author is of this server; the reply's is marked remote.
    expect(thread.thread.posts.edges.map((e: { node: { author: { remoteHandle: string | null } } }) => e.node.author.remoteHandle)).toEqual(
      [null, `alice@${new URL(base).host}`],
    );
  });

  it("Mastodon Update and Delete of the Note edit and delete the post here; someone else's Update changes nothing", async () => {
    const note = `${base}/users/alice/statuses/1`;
    expect(await deliver(fixture('mastodon-update-note', vars('bob', { NOTE: note, TEXT: 'Overgenomen door Bob' })), 'bob')).toBe(202);
    expect(await deliver(fixture('mastodon-update-note', vars('alice', { NOTE: note, TEXT: 'Toch liever Hella Haasse.' })), 'alice')).toBe(
      202,
    );
    await waitFor(async () => (await postsBy('Hella Haasse')).length === 1, { what: 'the edit', timeout: 20_000 });
    expect(await postsBy('Overgenomen door Bob')).toEqual([]);
    expect(await deliver(fixture('mastodon-delete-note', vars('alice', { NOTE: note })), 'alice')).toBe(202);
    await waitFor(async () => (await postsBy('Hella Haasse'))[0]?.deleted, { what: 'the deletion', timeout: 20_000 });
  });

  it('Lemmy Like and Undo(Like) of the thread add and take back a LIKE reaction', async () => {
    const [opening] = await a.sql<{ id: string }>(`SELECT id FROM posts WHERE thread_id = $1 AND seq = 1`, [threadId]);
    const like = fixture('lemmy-like', vars('bob'));
    const likeN = String(n);
    expect(await deliver(like, 'bob')).toBe(202);
    await waitFor(async () => (await a.sql(`SELECT 1 FROM reactions WHERE post_id = $1 AND kind = 'LIKE'`, [opening.id])).length === 1, {
      what: 'the like',
      timeout: 20_000,
    });
    expect(await deliver(fixture('lemmy-undo-like', vars('bob', { LIKE: likeN })), 'bob')).toBe(202);
    await waitFor(async () => (await a.sql(`SELECT 1 FROM reactions WHERE post_id = $1`, [opening.id])).length === 0, {
      what: 'the undo',
      timeout: 20_000,
    });
  });

  it('a remote person banned here cannot reply; a watched word that blocks applies to them too', async () => {
    await deliver(fixture('lemmy-create-note', vars('bob', { NOTE: `${base}/comment/1`, TEXT: 'Eerste reactie van Bob.' })), 'bob');
    await waitFor(async () => (await postsBy('Eerste reactie van Bob')).length === 1, { what: "Bob's first reply", timeout: 20_000 });
    const [bobUser] = await a.sql<{ user_id: string }>(`SELECT user_id FROM federation_remote_actors WHERE uri = $1`, [actor('bob')]);
    await ok(
      a,
      `mutation($input: BanMemberInput!) { banMember(input: $input) { state } }`,
      { input: { communityId: w.pub.id, userId: bobUser.user_id, reason: 'Spam vanaf elders' } },
      w.manager.token,
    );
    await ok(
      a,
      `mutation($input: AddWatchedWordInput!) { addWatchedWord(input: $input) { id } }`,
      { input: { communityId: w.pub.id, phrase: 'goedkope horloges', action: 'BLOCK' } },
      w.manager.token,
    );
    await deliver(fixture('lemmy-create-note', vars('bob', { NOTE: `${base}/comment/2`, TEXT: 'Tweede reactie van Bob.' })), 'bob');
    await deliver(
      fixture('mastodon-create-note', vars('alice', { NOTE: `${base}/users/alice/statuses/2`, TEXT: 'Koop goedkope horloges!' })),
      'alice',
    );
    // A marker afterwards: once it is in, the two before it were handled (the inbox queue keeps order per instance).
    await deliver(
      fixture('mastodon-create-note', vars('alice', { NOTE: `${base}/users/alice/statuses/3`, TEXT: 'Markering van Alice.' })),
      'alice',
    );
    await waitFor(async () => (await postsBy('Markering van Alice')).length === 1, { what: 'the marker', timeout: 20_000 });
    expect(await postsBy('Tweede reactie van Bob')).toEqual([]);
    expect(await postsBy('horloges')).toEqual([]);
  });

  it('an admin blocks the fixture server: its activities are dropped and its followers removed (audited)', async () => {
    const admin = await registerAdmin(a);
    const host = new URL(base).host;
    await ok(
      a,
      `mutation($input: BlockInstanceInput!) { blockInstance(input: $input) { host } }`,
      { input: { host, reason: 'Test van de blokkeerlijst' } },
      admin.token,
    );
    expect(await a.sql(`SELECT 1 FROM federation_followers WHERE community_id = $1`, [w.pub.id])).toEqual([]);
    const [line] = await a.sql(`SELECT action, details FROM moderation_actions WHERE action = 'BLOCK_INSTANCE'`);
    expect(line).toEqual({ action: 'BLOCK_INSTANCE', details: host });
    expect(
      await deliver(
        fixture('mastodon-create-note', vars('alice', { NOTE: `${base}/users/alice/statuses/4`, TEXT: 'Na de blokkade.' })),
        'alice',
      ),
    ).toBe(403);
    await ok(a, `mutation($host: String!) { unblockInstance(host: $host) }`, { host }, admin.token);
    await deliver(
      fixture('mastodon-create-note', vars('alice', { NOTE: `${base}/users/alice/statuses/5`, TEXT: 'Weer welkom.' })),
      'alice',
    );
    await waitFor(async () => (await postsBy('Weer welkom')).length === 1, { what: 'the reply after unblocking', timeout: 20_000 });
    expect(await postsBy('Na de blokkade')).toEqual([]);
  });

  it('the inbox is rate-limited per sending server (HTTP 429 with Retry-After)', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 45; i++) {
      const key = await webcrypto.subtle.importKey('pkcs8', alice.pkcs8, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, true, ['sign']);
      const body = fixture('mastodon-follow', vars('alice'));
      const signed = await signRequest(
        new Request(`${group}/inbox`, { method: 'POST', headers: { 'content-type': 'application/activity+json' }, body }),
        key as unknown as SigningKey,
        new URL(`${actor('alice')}#main-key`),
      );
      const res = await fetch(signed);
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers.get('retry-after');
    }
    expect(statuses).toContain(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });
});
