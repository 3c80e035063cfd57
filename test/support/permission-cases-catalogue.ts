import { randomBytes } from 'node:crypto';
import { createThread } from './factories';
import { Case, sqlValue } from './permission-cases-kit';
import type { PermissionWorld } from './permission-cases';

/** A fresh catalogue item, written straight into the database (the import has its own tests). */
export async function freshItem(w: PermissionWorld, over: { isbn13?: string } = {}): Promise<string> {
  const [row] = await w.t.sql<{ id: string }>(`INSERT INTO collection_items (title, isbn13) VALUES ($1, $2) RETURNING id`, [
    `Titel ${randomBytes(4).toString('hex')}`,
    over.isbn13 ?? null,
  ]);
  return row.id;
}

const linkedBy = (w: PermissionWorld, threadId: string, itemId: string) =>
  sqlValue(w, `SELECT linked_by_id FROM thread_items WHERE thread_id = $1 AND item_id = $2`, [threadId, itemId]);

/** How each catalogue operation of docs/permissions.md is tried (see FOUNDATION_CASES). */
export const CATALOGUE_CASES: Record<string, Case> = {
  linkItem: async (w) => {
    const thread = await createThread(w.t, w.author, w.communities.pub.id);
    const itemId = await freshItem(w);
    return {
      query: `mutation($input: ThreadItemInput!) { linkItem(input: $input) { id } }`,
      variables: { input: { threadId: thread.id, itemId } },
      verify: async ({ viewer }) => expect(await linkedBy(w, thread.id, itemId)).toBe(viewer?.id),
    };
  },
  unlinkItem: async (w) => {
    const thread = await createThread(w.t, w.author, w.communities.pub.id);
    const itemId = await freshItem(w);
    await w.t.sql(`INSERT INTO thread_items (thread_id, item_id) VALUES ($1, $2)`, [thread.id, itemId]);
    return {
      query: `mutation($input: ThreadItemInput!) { unlinkItem(input: $input) { id } }`,
      variables: { input: { threadId: thread.id, itemId } },
      verify: async () => expect(await linkedBy(w, thread.id, itemId)).toBeUndefined(),
    };
  },
};
