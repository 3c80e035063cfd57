/**
 * Invitations by email (issue 18): to a community (its moderators) and to a library's staff (its admins). A real SMTP
 * server receives the mails. An address with an account and one without get the same answer; the link lands the
 * (new) account in the community or on the staff; refusals change nothing.
 */
import { errorCode, gql, ok } from './support/gql';
import { TestUser, addStaff, registerUser, world, World } from './support/factories';
import { mailbox } from './support/mail-links';
import { TestSmtpServer, startSmtpServer } from './support/smtp-server';
import { TestApp, createTestApp } from './support/test-app';

const INVITE = `mutation($input: InviteByEmailInput!) { inviteByEmail(input: $input) }`;
const INVITE_STAFF = `mutation($input: InviteStaffByEmailInput!) { inviteStaffByEmail(input: $input) }`;
const PREVIEW = `query($token: String!) { emailInvitation(token: $token) { communityName communitySlug libraryName librarySlug staffRole } }`;
const ACCEPT = `mutation($token: String!) { acceptEmailInvitation(token: $token) { communitySlug librarySlug staffRole } }`;
const COMMUNITY = `query($slug: String!) { community(slug: $slug) { id viewerMembership { state role } } }`;
const BAN = `mutation($input: BanMemberInput!) { banMember(input: $input) { state } }`;

describe('invitations by email', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let w: World;
  let mail: ReturnType<typeof mailbox>;
  let libAdmin: TestUser;
  const unique = () => Math.random().toString(36).slice(2, 10);

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({ SMTP_URL: smtp.url, EMAIL_POLL_MS: '30', PUBLIC_URL: 'https://waardenet.example' });
    w = await world(t);
    mail = mailbox(smtp);
    libAdmin = await registerUser(t, { displayName: 'Beheerder' });
    await addStaff(t, w.admin, w.library.id, libAdmin, 'ADMIN');
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const tokenIn = async (to: string) => {
    const m = await mail.next(to);
    const token = /\/email-invite\/([A-Za-z0-9_-]+)/.exec(m.body)?.[1];
    if (!token) throw new Error(`no invitation link in the mail to ${to}:\n${m.body}`);
    return { token, mail: m };
  };
  const counts = async () =>
    (
      await t.sql<{ i: number; o: number }>(
        `SELECT (SELECT count(*)::int FROM email_invitations) AS i, (SELECT count(*)::int FROM email_outbox) AS o`,
      )
    )[0];

  it('an unknown address gets a mail whose link lands the new account in the PRIVATE community', async () => {
    const email = `nieuw-${unique()}@voorbeeld.nl`;
    expect((await ok(t, INVITE, { input: { communityId: w.priv.id, email: email.toUpperCase() } }, w.manager.token)).inviteByEmail).toBe(
      true,
    );
    const { token, mail: m } = await tokenIn(email);
    expect(m.subject).toContain('Uitnodiging');
    expect(m.body).toContain('https://waardenet.example/email-invite/');
    expect((await ok(t, PREVIEW, { token })).emailInvitation).toEqual({
      communityName: expect.any(String),
      communitySlug: w.priv.slug,
      libraryName: expect.any(String),
      librarySlug: w.library.slug,
      staffRole: null,
    });
    const newcomer = await registerUser(t, { email });
    expect((await ok(t, ACCEPT, { token }, newcomer.token)).acceptEmailInvitation.communitySlug).toBe(w.priv.slug);
    expect((await ok(t, COMMUNITY, { slug: w.priv.slug }, newcomer.token)).community.viewerMembership).toEqual({
      state: 'ACTIVE',
      role: 'MEMBER',
    });
    // Once only.
    const again = await gql(t, ACCEPT, { token }, newcomer.token);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'EMAIL_INVITATION_INVALID' });
    expect(await errorCode(t, PREVIEW, { token })).toBe('NOT_FOUND');
  });

  it('an address with an account gets the same answer, the invitation on the community page and the same kind of mail', async () => {
    const known = await registerUser(t, { displayName: 'Bekende' });
    const unknown = `onbekend-${unique()}@voorbeeld.nl`;
    const a = await gql(t, INVITE, { input: { communityId: w.priv.id, email: known.email } }, w.manager.token);
    const b = await gql(t, INVITE, { input: { communityId: w.priv.id, email: unknown } }, w.manager.token);
    expect(a).toEqual(b);
    const [k, u] = [await tokenIn(known.email), await tokenIn(unknown)];
    expect(k.mail.subject).toBe(u.mail.subject);
    // The account sees the PRIVATE community now (invited) and can join from its page; the link works too.
    expect((await ok(t, COMMUNITY, { slug: w.priv.slug }, known.token)).community.viewerMembership).toBeNull();
    await ok(t, ACCEPT, { token: k.token }, known.token);
    expect((await ok(t, COMMUNITY, { slug: w.priv.slug }, known.token)).community.viewerMembership.state).toBe('ACTIVE');
  });

  it('a banned account or a member is sent nothing, and the inviter is told the same', async () => {
    const banned = await registerUser(t);
    await ok(t, `mutation($id: ID!) { joinCommunity(communityId: $id) { state } }`, { id: w.pub.id }, banned.token);
    await ok(t, BAN, { input: { communityId: w.pub.id, userId: banned.id, reason: 'spam' } }, w.manager.token);
    const live = async () => (await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM email_invitations WHERE expires_at > now()`))[0].n;
    const [before, liveBefore] = [await counts(), await live()];
    for (const email of [banned.email, w.member.email]) {
      expect((await ok(t, INVITE, { input: { communityId: w.pub.id, email } }, w.manager.token)).inviteByEmail).toBe(true);
    }
    // No mail and no usable invitation (the rows kept count towards the daily cap, expired at once: test/red-team-invitations).
    expect((await counts()).o).toBe(before.o);
    expect(await live()).toBe(liveBefore);
  });

  it('refuses an outsider, a visitor and a bad address, and changes nothing', async () => {
    const before = await counts();
    const input = { communityId: w.pub.id, email: `x-${unique()}@voorbeeld.nl` };
    expect(await errorCode(t, INVITE, { input }, w.outsider.token)).toBe('FORBIDDEN');
    expect(await errorCode(t, INVITE, { input }, w.member.token)).toBe('FORBIDDEN');
    expect(await errorCode(t, INVITE, { input })).toBe('UNAUTHENTICATED');
    expect(await errorCode(t, INVITE, { input: { ...input, email: 'geen-adres' } }, w.manager.token)).toBe('BAD_USER_INPUT');
    expect(
      await errorCode(t, INVITE_STAFF, { input: { libraryId: w.library.id, email: input.email, role: 'ADMIN' } }, w.manager.token),
    ).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
    expect(await errorCode(t, ACCEPT, { token: 'nietsbestaands' }, w.outsider.token)).toBe('NOT_FOUND');
  });

  it('a library admin invites staff by email: the new account joins the staff with the role, logged; a known address reads the same', async () => {
    const email = `collega-${unique()}@voorbeeld.nl`;
    const known = await registerUser(t);
    const a = await gql(t, INVITE_STAFF, { input: { libraryId: w.library.id, email, role: 'COMMUNITY_MANAGER' } }, libAdmin.token);
    const b = await gql(
      t,
      INVITE_STAFF,
      { input: { libraryId: w.library.id, email: known.email, role: 'COMMUNITY_MANAGER' } },
      libAdmin.token,
    );
    expect(a).toEqual(b);
    expect(a.data).toEqual({ inviteStaffByEmail: true });
    const { token } = await tokenIn(email);
    await tokenIn(known.email);
    expect((await ok(t, PREVIEW, { token })).emailInvitation).toMatchObject({
      librarySlug: w.library.slug,
      staffRole: 'COMMUNITY_MANAGER',
    });
    // A forwarded staff invitation gives someone else nothing: refused with its reason, the link still good for the address.
    const staffBefore = await t.sql(`SELECT user_id, role FROM library_staff WHERE library_id = $1 ORDER BY user_id`, [w.library.id]);
    const forwarded = await gql(t, ACCEPT, { token }, known.token);
    expect(forwarded.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'EMAIL_INVITATION_OTHER_ADDRESS' });
    expect(await t.sql(`SELECT user_id, role FROM library_staff WHERE library_id = $1 ORDER BY user_id`, [w.library.id])).toEqual(
      staffBefore,
    );
    expect((await ok(t, PREVIEW, { token })).emailInvitation.staffRole).toBe('COMMUNITY_MANAGER');
    const colleague = await registerUser(t, { email: email.toUpperCase() });
    await ok(t, ACCEPT, { token }, colleague.token);
    const [row] = await t.sql<{ role: string }>(`SELECT role FROM library_staff WHERE library_id = $1 AND user_id = $2`, [
      w.library.id,
      colleague.id,
    ]);
    expect(row.role).toBe('COMMUNITY_MANAGER');
    const [line] = await t.sql<{ action: string; actor_id: string }>(
      `SELECT action, actor_id FROM moderation_actions WHERE library_id = $1 AND target_id = $2 ORDER BY id DESC LIMIT 1`,
      [w.library.id, colleague.id],
    );
    expect(line).toEqual({ action: 'ADD_LIBRARY_STAFF', actor_id: libAdmin.id });
  });

  it('refuses an inviter over 100 email invitations in 24 hours, whatever the address, and sends nothing', async () => {
    const busy = await registerUser(t, { displayName: 'Drukke beheerder' });
    await addStaff(t, w.admin, w.library.id, busy, 'ADMIN');
    await t.sql(
      `INSERT INTO email_invitations (token_hash, email, community_id, invited_by_id, expires_at)
         SELECT md5(random()::text || g), 'oud' || g || '@voorbeeld.nl', $1, $2, now() + interval '14 days' FROM generate_series(1, 100) g`,
      [w.pub.id, busy.id],
    );
    const before = await counts();
    for (const email of [w.outsider.email, `vreemd-${unique()}@voorbeeld.nl`]) {
      const res = await gql(t, INVITE, { input: { communityId: w.pub.id, email } }, busy.token);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'EMAIL_INVITATIONS_PER_DAY', limit: 100 });
      expect(res.errors?.[0]?.extensions?.retryAfter).toBeGreaterThan(86_000);
    }
    expect(
      await errorCode(t, INVITE_STAFF, { input: { libraryId: w.library.id, email: 'x@voorbeeld.nl', role: 'ADMIN' } }, busy.token),
    ).toBe('RATE_LIMITED');
    expect(await counts()).toEqual(before);
  });
});
