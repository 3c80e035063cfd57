import { randomBytes } from 'node:crypto';
import { createThread } from './factories';
import type { Attempt, PermissionWorld } from './permission-cases';

/** A fresh catalogue item, written straight into the database (the import has its own tests). */
async function freshItem(w: PermissionWorld): Promise<string> {
  const [row] = await w.t.sql<{ id: string }>(`INSERT INTO collection_items (title) VALUES ($1) RETURNING id`, [`Titel ${randomBytes(4).toString('hex')}`]);
  return row.id;
}

/** How each catalogue operation of docs/permissions.md is tried (see FOUNDATION_CASES). */
export const CATALOGUE_CASES: Record<string, (w: PermissionWorld) => Promise<Attempt>> = {
  linkItem: async (w) => ({
    query: `mutation($input: ThreadItemInput!) { linkItem(input: $input) { id } }`,
    variables: { input: { threadId: (await createThread(w.t, w.author, w.communities.pub.id)).id, itemId: await freshItem(w) } },
  }),
  unlinkItem: async (w) => {
    const thread = await createThread(w.t, w.author, w.communities.pub.id);
    const itemId = await freshItem(w);
    await w.t.sql(`INSERT INTO thread_items (thread_id, item_id) VALUES ($1, $2)`, [thread.id, itemId]);
    return { query: `mutation($input: ThreadItemInput!) { unlinkItem(input: $input) { id } }`, variables: { input: { threadId: thread.id, itemId } } };
  },
};
