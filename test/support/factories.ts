import { randomBytes } from 'node:crypto';
import { gql, ok } from './gql';
import { TEST_ADMIN_EMAIL, TEST_PASSWORD, TestApp } from './test-app';

export interface TestUser {
  id: string;
  email: string;
  token: string;
  refreshToken: string;
}

const unique = () => randomBytes(4).toString('hex');

export const REGISTER = `mutation Register($input: RegisterInput!) {
  register(input: $input) { accessToken refreshToken user { id email displayName isPlatformAdmin } }
}`;

export async function registerUser(t: TestApp, over: { email?: string; displayName?: string } = {}): Promise<TestUser> {
  const email = over.email ?? `user-${unique()}@test.waardenet.nl`;
  const data = await ok(t, REGISTER, { input: { email, password: TEST_PASSWORD, displayName: over.displayName ?? `Lezer ${unique()}` } });
  return { id: data.register.user.id, email, token: data.register.accessToken, refreshToken: data.register.refreshToken };
}

/** The platform admin of the test config (created on first use in each test database). */
export async function registerAdmin(t: TestApp): Promise<TestUser> {
  const res = await gql(t, REGISTER, { input: { email: TEST_ADMIN_EMAIL, password: TEST_PASSWORD, displayName: 'Platformbeheer' } });
  const payload = res.data?.register ?? (await ok(t, LOGIN, { input: { email: TEST_ADMIN_EMAIL, password: TEST_PASSWORD } })).login;
  return { id: payload.user.id, email: TEST_ADMIN_EMAIL, token: payload.accessToken, refreshToken: payload.refreshToken };
}

export const LOGIN = `mutation Login($input: LoginInput!) {
  login(input: $input) { accessToken refreshToken user { id email displayName isPlatformAdmin } }
}`;

export async function createLibrary(t: TestApp, admin: TestUser, over: { kind?: 'LOCAL' | 'NATIONAL'; slug?: string } = {}) {
  const slug = over.slug ?? `bieb-${unique()}`;
  const data = await ok(
    t,
    `mutation($input: CreateLibraryInput!) { createLibrary(input: $input) { id slug name kind } }`,
    { input: { slug, name: `Bibliotheek ${slug}`, kind: over.kind ?? 'LOCAL' } },
    admin.token,
  );
  return data.createLibrary as { id: string; slug: string; name: string; kind: string };
}

export async function addStaff(t: TestApp, by: TestUser, libraryId: string, user: TestUser, role: 'COMMUNITY_MANAGER' | 'ADMIN') {
  await ok(
    t,
    `mutation($input: LibraryStaffInput!) { addLibraryStaff(input: $input) { role } }`,
    { input: { libraryId, userId: user.id, role } },
    by.token,
  );
}

export type VisibilityName = 'PUBLIC' | 'RESTRICTED' | 'PRIVATE';

export async function createCommunity(t: TestApp, by: TestUser, libraryId: string, visibility: VisibilityName = 'PUBLIC') {
  const name = `Gemeenschap ${unique()}`;
  const data = await ok(
    t,
    `mutation($input: CreateCommunityInput!) { createCommunity(input: $input) { id slug name visibility } }`,
    { input: { libraryId, name, description: 'Over boeken en buurt', theme: 'lezen', visibility } },
    by.token,
  );
  return data.createCommunity as { id: string; slug: string; name: string; visibility: VisibilityName };
}

export async function join(t: TestApp, user: TestUser, communityId: string): Promise<string> {
  const data = await ok(t, `mutation($id: ID!) { joinCommunity(communityId: $id) { state } }`, { id: communityId }, user.token);
  return data.joinCommunity.state;
}

export async function createThread(
  t: TestApp,
  by: TestUser,
  communityId: string,
  over: { title?: string; body?: string; kind?: string } = {},
) {
  const data = await ok(
    t,
    `mutation($input: CreateThreadInput!) { createThread(input: $input) { id title kind replyCount } }`,
    {
      input: {
        communityId,
        title: over.title ?? `Onderwerp ${unique()}`,
        body: over.body ?? 'Wat vinden jullie?',
        kind: over.kind ?? 'DISCUSSION',
      },
    },
    by.token,
  );
  return data.createThread as { id: string; title: string; kind: string; replyCount: number };
}

export async function createPost(t: TestApp, by: TestUser, threadId: string, body = 'Een antwoord', replyToId?: string) {
  const data = await ok(
    t,
    `mutation($input: CreatePostInput!) { createPost(input: $input) { id seq body bodyHtml } }`,
    { input: { threadId, body, replyToId } },
    by.token,
  );
  return data.createPost as { id: string; seq: number; body: string; bodyHtml: string };
}

/**
 * A small world most tests start from: a platform admin, a local library with a community manager,
 * one community of each visibility owned by that manager, a member, and an outsider.
 */
export async function world(t: TestApp) {
  const admin = await registerAdmin(t);
  const library = await createLibrary(t, admin);
  const manager = await registerUser(t, { displayName: 'Bibliothecaris' });
  await addStaff(t, admin, library.id, manager, 'COMMUNITY_MANAGER');
  const pub = await createCommunity(t, manager, library.id, 'PUBLIC');
  const restricted = await createCommunity(t, manager, library.id, 'RESTRICTED');
  const priv = await createCommunity(t, manager, library.id, 'PRIVATE');
  const member = await registerUser(t, { displayName: 'Lid' });
  await join(t, member, pub.id);
  const outsider = await registerUser(t, { displayName: 'Buitenstaander' });
  return { admin, library, manager, pub, restricted, priv, member, outsider };
}
export type World = Awaited<ReturnType<typeof world>>;

export { TEST_PASSWORD };
