import { gql, ok } from './support/gql';
import { createPost, createThread, join, registerUser } from './support/factories';
import { ModWorld, modWorld } from './support/moderation';
import { TestApp, createTestApp } from './support/test-app';

const EDIT = `mutation($input: EditPostInput!) { editPost(input: $input) { id } }`;
const REVISIONS = `query($id: ID!) { postRevisions(postId: $id) { id version body redactedAt } }`;
const FIELD = `query($id: ID!) { thread(id: $id) { posts(first: 5) { edges { node { id editedAt revisionCount revisions { version body } } } } } }`;
const REDACT = `mutation($input: RedactRevisionInput!) { redactRevision(input: $input) { id version body redactedAt } }`;
const ADDRESS = 'Ik woon op Dorpsstraat 12, 1234 AB Ergens';

/** The first error's code and reason (null when it has none). */
async function refusal(t: TestApp, query: string, variables: Record<string, unknown>, token?: string): Promise<[unknown, unknown]> {
  const res = await gql(t, query, variables, token);
  return [res.errors?.[0]?.extensions?.code, res.errors?.[0]?.extensions?.reason ?? null];
}

describe('edit history: for the author and moderators; a moderator redacts a revision for good', () => {
  let t: TestApp;
  let w: ModWorld;
  let threadId: string;
  let postId: string;

  const revisionRows = () =>
    t.sql<{ id: string; version: number; body: string; redacted_at: Date | null }>(
      `SELECT id, version, body, redacted_at FROM post_revisions WHERE post_id = $1 ORDER BY version`,
      [postId],
    );

  beforeAll(async () => {
    t = await createTestApp();
    w = await modWorld(t);
    threadId = (await createThread(t, w.manager, w.pub.id)).id;
    // A member pasted their address, then edited it out: the old text lives on in revision 1.
    postId = (await createPost(t, w.member, threadId, ADDRESS)).id;
    await ok(t, EDIT, { input: { postId, body: 'Stuur me een bericht' } }, w.member.token);
  });
  afterAll(() => t.close());

  it('visitors, outsiders and other members only see that the post was edited: postRevisions is FORBIDDEN (REVISIONS_PRIVATE), Post.revisions empty', async () => {
    const otherMember = await registerUser(t);
    await join(t, otherMember, w.pub.id);
    for (const token of [undefined, w.outsider.token, otherMember.token, w.otherMod.token]) {
      expect(await refusal(t, REVISIONS, { id: postId }, token)).toEqual(['FORBIDDEN', 'REVISIONS_PRIVATE']);
      const node = (await ok(t, FIELD, { id: threadId }, token)).thread.posts.edges
        .map((e: { node: { id: string } }) => e.node)
        .find((n: { id: string }) => n.id === postId);
      expect(node).toEqual({ id: postId, editedAt: expect.any(String), revisionCount: 2, revisions: [] });
      expect(JSON.stringify(await gql(t, FIELD, { id: threadId }, token))).not.toContain('Dorpsstraat');
    }
  });

  it("the post's author and the community's moderators (and staff) read every version", async () => {
    for (const token of [w.member.token, w.moderator.token, w.manager.token, w.admin.token]) {
      expect((await ok(t, REVISIONS, { id: postId }, token)).postRevisions.map((r: { body: string }) => r.body)).toEqual([
        ADDRESS,
        'Stuur me een bericht',
      ]);
    }
  });

  it('a member, the author, a moderator of another community or other staff cannot redact: nothing changes', async () => {
    const [first] = await revisionRows();
    const input = { revisionId: first.id, reason: 'Privacy' };
    const before = await t.sql(`SELECT count(*)::int AS n FROM moderation_actions`);
    expect(await refusal(t, REDACT, { input }, w.member.token)).toEqual(['FORBIDDEN', 'ONLY_MODERATORS']);
    expect(await refusal(t, REDACT, { input }, w.otherMod.token)).toEqual(['FORBIDDEN', 'ONLY_MODERATORS']);
    expect(await refusal(t, REDACT, { input }, w.otherStaff.token)).toEqual(['FORBIDDEN', 'ONLY_MODERATORS']);
    expect(await refusal(t, REDACT, { input })).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
    expect(await refusal(t, REDACT, { input: { ...input, reason: ' ' } }, w.moderator.token)).toEqual(['BAD_USER_INPUT', 'INVALID_INPUT']);
    expect((await revisionRows())[0]).toEqual(first);
    expect(await t.sql(`SELECT count(*)::int AS n FROM moderation_actions`)).toEqual(before);
  });

  it('the current version is edited, not redacted (CONFLICT, REVISION_IS_CURRENT)', async () => {
    const [, current] = await revisionRows();
    expect(await refusal(t, REDACT, { input: { revisionId: current.id, reason: 'Privacy' } }, w.moderator.token)).toEqual([
      'CONFLICT',
      'REVISION_IS_CURRENT',
    ]);
    expect((await revisionRows())[1]).toEqual(current);
  });

  it('a moderator redacts a revision: the text is gone from the database, the redaction logged with its reason', async () => {
    const [first] = await revisionRows();
    const redacted = (await ok(t, REDACT, { input: { revisionId: first.id, reason: 'Adres van een lid' } }, w.moderator.token))
      .redactRevision;
    expect(redacted).toEqual({ id: first.id, version: 1, body: '', redactedAt: expect.any(String) });
    // Straight from the database: the row keeps that it existed, and no byte of the address.
    expect(await revisionRows()).toEqual([
      { id: first.id, version: 1, body: '', redacted_at: expect.any(Date) },
      expect.objectContaining({ version: 2, body: 'Stuur me een bericht' }),
    ]);
    // Nowhere else either: no table holds a row with the address (the search index follows the post's current text).
    const tables = await t.sql<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    const holding = [];
    for (const { name } of tables) {
      const [{ n }] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM "${name}" r WHERE r::text ILIKE '%dorpsstra%'`);
      if (n) holding.push(name);
    }
    expect(holding).toEqual([]);
    expect(
      await t.sql(`SELECT action, actor_id, target_type, community_id, reason, details FROM moderation_actions WHERE target_id = $1`, [
        first.id,
      ]),
    ).toEqual([
      {
        action: 'REDACT_REVISION',
        actor_id: w.moderator.id,
        target_type: 'REVISION',
        community_id: w.pub.id,
        reason: 'Adres van een lid',
        details: `post ${postId}, version 1`,
      },
    ]);
    expect((await ok(t, REVISIONS, { id: postId }, w.member.token)).postRevisions[0]).toEqual({
      id: first.id,
      version: 1,
      body: '',
      redactedAt: expect.any(String),
    });
    expect(await refusal(t, REDACT, { input: { revisionId: first.id, reason: 'Nog eens' } }, w.moderator.token)).toEqual([
      'CONFLICT',
      'REVISION_REDACTED',
    ]);
  });
});
