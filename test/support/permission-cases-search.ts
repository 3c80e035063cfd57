import { randomBytes } from 'node:crypto';
import { createThread } from './factories';
import type { Case } from './permission-cases-kit';
import type { PermissionWorld } from './permission-cases';

const unique = () => randomBytes(4).toString('hex');
type Connection<T> = { edges: { node: T }[] };
const nodes = <T>(connection: Connection<T>): T[] => connection.edges.map((e) => e.node);

/** A thread whose title holds a word found nowhere else, for search. */
async function searchable(w: PermissionWorld, communityId: string) {
  const word = `zoekwoord${unique()}`;
  const thread = await createThread(w.t, w.author, communityId, { title: `Over ${word}` });
  return { word, threadId: thread.id };
}

const searchCase =
  (community: (w: PermissionWorld) => { id: string }): Case =>
  async (w) => {
    const { word, threadId } = await searchable(w, community(w).id);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    type Answer = Record<string, any>;
    const hits = (data: Answer) => nodes<{ thread: { id: string } | null }>(data.search).filter((n) => n.thread?.id === threadId);
    return {
      query: `query($q: String!) { search(query: $q) { edges { node { kind thread { id } } } } }`,
      variables: { q: word },
      verify: ({ data }) => expect(hits(data).length).toBeGreaterThan(0),
      value: hits,
    };
  };

/** How each search operation of docs/permissions.md is tried (see FOUNDATION_CASES). */
export const SEARCH_CASES: Record<string, Case> = {
  search: searchCase((w) => w.communities.pub),
  // A PRIVATE community's thread is found only by those who may read it (`empty`: no hit).
  searchPrivate: searchCase((w) => w.communities.priv),
};
