import { ok } from './support/gql';
import { createThread, world, World } from './support/factories';
import { TestApp, createTestApp } from './support/test-app';

const NOTIFICATIONS = `query($after: String) { notifications(first: 1, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;

/**
 * A time cursor carries milliseconds (what a JavaScript Date holds). Rows whose times differ below a
 * millisecond must still be walked one by one: each once, none skipped. The columns a time cursor reads are
 * therefore timestamptz(3).
 */
describe('walking a list one row a page sees every row once, also within one millisecond', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
  });
  afterAll(() => t.close());

  it('notifications', async () => {
    const thread = await createThread(t, w.manager, w.pub.id);
    const ids: string[] = [];
    for (const us of ['100', '200', '300', '400']) {
      const [row] = await t.sql<{ id: string }>(
        `INSERT INTO notifications (recipient_id, kind, actor_id, thread_id, created_at) VALUES ($1, 'REPLY', $2, $3, $4) RETURNING id`,
        [w.member.id, w.manager.id, thread.id, `2026-06-01 10:00:00.123${us}+00`],
      );
      ids.push(row.id);
    }
    const walked: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const {
        notifications,
      }: { notifications: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } = await ok(
        t,
        NOTIFICATIONS,
        { after },
        w.member.token,
      );
      walked.push(...notifications.edges.map((e) => e.node.id));
      if (!notifications.pageInfo.hasNextPage) break;
      after = notifications.pageInfo.endCursor;
    }
    expect(walked.sort()).toEqual([...ids].sort());
  });
});
