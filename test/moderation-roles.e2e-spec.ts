import { errorCode, ok } from './support/gql';
import { TestUser, join, registerUser, world, World } from './support/factories';
import { TestApp, createTestApp } from './support/test-app';

const SET_ROLE = `mutation($input: SetMemberRoleInput!) { setMemberRole(input: $input) { role state } }`;

describe('community roles: moderators make experts, owners and staff make moderators', () => {
  let t: TestApp;
  let w: World;
  let moderator: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
    moderator = await registerUser(t);
    await join(t, moderator, w.pub.id);
    await ok(t, SET_ROLE, { input: { communityId: w.pub.id, userId: moderator.id, role: 'MODERATOR' } }, w.manager.token);
  });
  afterAll(() => t.close());

  const member = async () => {
    const u = await registerUser(t);
    await join(t, u, w.pub.id);
    return u;
  };
  const roleOf = async (u: TestUser) =>
    (await t.sql<{ role: string }>(`SELECT role FROM memberships WHERE community_id = $1 AND user_id = $2`, [w.pub.id, u.id]))[0]?.role;

  it('library staff make a member a moderator, and it is logged', async () => {
    expect(await roleOf(moderator)).toBe('MODERATOR');
    const [line] = await t.sql<{ action: string; details: string }>(`SELECT action, details FROM moderation_actions WHERE target_id = $1`, [
      moderator.id,
    ]);
    expect(line).toEqual({ action: 'SET_MEMBER_ROLE', details: 'MEMBER → MODERATOR' });
  });

  it('a moderator makes a member an expert and back, but cannot make or unmake moderators', async () => {
    const u = await member();
    expect(
      (await ok(t, SET_ROLE, { input: { communityId: w.pub.id, userId: u.id, role: 'EXPERT' } }, moderator.token)).setMemberRole.role,
    ).toBe('EXPERT');
    expect(
      (await ok(t, SET_ROLE, { input: { communityId: w.pub.id, userId: u.id, role: 'MEMBER' } }, moderator.token)).setMemberRole.role,
    ).toBe('MEMBER');
    expect(await errorCode(t, SET_ROLE, { input: { communityId: w.pub.id, userId: u.id, role: 'MODERATOR' } }, moderator.token)).toBe(
      'FORBIDDEN',
    );
    expect(await roleOf(u)).toBe('MEMBER');
  });

  it('an owner keeps their role, ownership is not handed out this way, and nobody changes their own role', async () => {
    expect(await errorCode(t, SET_ROLE, { input: { communityId: w.pub.id, userId: w.manager.id, role: 'MEMBER' } }, w.admin.token)).toBe(
      'CONFLICT',
    );
    expect(
      await errorCode(t, SET_ROLE, { input: { communityId: w.pub.id, userId: (await member()).id, role: 'OWNER' } }, w.manager.token),
    ).toBe('BAD_USER_INPUT');
    expect(await errorCode(t, SET_ROLE, { input: { communityId: w.pub.id, userId: moderator.id, role: 'MEMBER' } }, moderator.token)).toBe(
      'BAD_USER_INPUT',
    );
    expect(await roleOf(w.manager)).toBe('OWNER');
  });

  it('answers NOT_FOUND for someone who is not an active member, and writes nothing', async () => {
    const outsider = await registerUser(t);
    const before = await t.sql(`SELECT 1 FROM moderation_actions`);
    expect(await errorCode(t, SET_ROLE, { input: { communityId: w.pub.id, userId: outsider.id, role: 'EXPERT' } }, w.manager.token)).toBe(
      'NOT_FOUND',
    );
    expect(await t.sql(`SELECT 1 FROM moderation_actions`)).toHaveLength(before.length);
  });
});
