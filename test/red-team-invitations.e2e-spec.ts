/**
 * Red team (issue 18): an invitation by email never outlives its inviter's right to send it. A library admin who
 * is taken off the staff, a community's moderator who is demoted, or an inviter whose account is suspended leaves
 * links behind that would otherwise still make their holder a member of a PRIVATE community or an ADMIN of the
 * library for 14 days. Such a link reads as any link that no longer works, and accepting it changes nothing.
 */
import { gql } from './support/gql';
import { TestUser, addStaff, registerUser, world, World } from './support/factories';
import { mailbox } from './support/mail-links';
import { TestSmtpServer, startSmtpServer } from './support/smtp-server';
import { TestApp, createTestApp } from './support/test-app';

const INVITE = `mutation($input: InviteByEmailInput!) { inviteByEmail(input: $input) }`;
const INVITE_STAFF = `mutation($input: InviteStaffByEmailInput!) { inviteStaffByEmail(input: $input) }`;
const PREVIEW = `query($token: String!) { emailInvitation(token: $token) { communitySlug librarySlug staffRole } }`;
const ACCEPT = `mutation($token: String!) { acceptEmailInvitation(token: $token) { communitySlug librarySlug staffRole } }`;

describe('red team: an email invitation dies with its inviter’s right to send it', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let w: World;
  let mail: ReturnType<typeof mailbox>;
  const unique = () => Math.random().toString(36).slice(2, 10);

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({ SMTP_URL: smtp.url, EMAIL_POLL_MS: '30', PUBLIC_URL: 'https://waardenet.example' });
    w = await world(t);
    mail = mailbox(smtp);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const tokenIn = async (to: string) => {
    const m = await mail.next(to);
    const token = /\/email-invite\/([A-Za-z0-9_-]+)/.exec(m.body)?.[1];
    if (!token) throw new Error(`no invitation link in the mail to ${to}`);
    return token;
  };
  const stateOf = async (userId: string) =>
    (
      await t.sql<{ staff: number; members: number; used: number }>(
        `SELECT (SELECT count(*)::int FROM library_staff WHERE user_id = $1) AS staff,
                (SELECT count(*)::int FROM memberships WHERE user_id = $1) AS members,
                (SELECT count(*)::int FROM email_invitations WHERE accepted_by_id = $1) AS used`,
        [userId],
      )
    )[0];
  const refused = async (token: string, holder: TestUser) => {
    const preview = await gql(t, PREVIEW, { token });
    expect(preview.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'EMAIL_INVITATION_INVALID' });
    const before = await stateOf(holder.id);
    const accept = await gql(t, ACCEPT, { token }, holder.token);
    expect(accept.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'EMAIL_INVITATION_INVALID' });
    expect(await stateOf(holder.id)).toEqual(before);
  };

  it('a library admin taken off the staff: their ADMIN and PRIVATE-community links stop working', async () => {
    const admin = await registerUser(t, { displayName: 'Vertrekkende beheerder' });
    await addStaff(t, w.admin, w.library.id, admin, 'ADMIN');
    const [staffEmail, memberEmail] = [`achterdeur-${unique()}@voorbeeld.nl`, `binnen-${unique()}@voorbeeld.nl`];
    const staffInvite = await gql(t, INVITE_STAFF, { input: { libraryId: w.library.id, email: staffEmail, role: 'ADMIN' } }, admin.token);
    expect(staffInvite.data).toEqual({ inviteStaffByEmail: true });
    expect((await gql(t, INVITE, { input: { communityId: w.priv.id, email: memberEmail } }, admin.token)).data).toEqual({
      inviteByEmail: true,
    });
    const [staffToken, memberToken] = [await tokenIn(staffEmail), await tokenIn(memberEmail)];
    // Still works while the inviter holds the right.
    expect((await gql(t, PREVIEW, { token: staffToken })).data?.emailInvitation).toMatchObject({ staffRole: 'ADMIN' });

    await t.sql(`DELETE FROM library_staff WHERE library_id = $1 AND user_id = $2`, [w.library.id, admin.id]);
    await refused(staffToken, await registerUser(t, { email: staffEmail }));
    await refused(memberToken, await registerUser(t, { email: memberEmail }));
  });

  it('a community moderator demoted to member: the link to the PRIVATE community stops working', async () => {
    const moderator = await registerUser(t, { displayName: 'Oud-moderator' });
    await t.sql(
      `INSERT INTO memberships (community_id, user_id, role, state) VALUES ($1, $2, 'MODERATOR', 'ACTIVE')
         ON CONFLICT (community_id, user_id) DO UPDATE SET role = 'MODERATOR', state = 'ACTIVE'`,
      [w.priv.id, moderator.id],
    );
    const email = `vriend-${unique()}@voorbeeld.nl`;
    expect((await gql(t, INVITE, { input: { communityId: w.priv.id, email } }, moderator.token)).data).toEqual({ inviteByEmail: true });
    const token = await tokenIn(email);
    await t.sql(`UPDATE memberships SET role = 'MEMBER' WHERE community_id = $1 AND user_id = $2`, [w.priv.id, moderator.id]);
    await refused(token, await registerUser(t, { email }));
  });

  it('inviting a member’s address reads like inviting a stranger’s: the same log line, the same count towards the daily cap', async () => {
    const member = await registerUser(t, { displayName: 'Lid met adres' });
    await t.sql(`INSERT INTO memberships (community_id, user_id, role, state) VALUES ($1, $2, 'MEMBER', 'ACTIVE')`, [w.priv.id, member.id]);
    const LOG = `query($id: ID!) { modLog(communityId: $id, first: 50) { edges { node { action details } } } }`;
    /** What an inviter at 99 invitations today sees after inviting `email`: the log's lines, and whether a next invitation is refused. */
    const seenAfterInviting = async (email: string) => {
      const inviter = await registerUser(t, { displayName: `Nieuwsgierig ${unique()}` });
      await addStaff(t, w.admin, w.library.id, inviter, 'COMMUNITY_MANAGER');
      await t.sql(
        `INSERT INTO email_invitations (token_hash, email, community_id, invited_by_id, expires_at)
           SELECT md5(random()::text || g), 'eerder' || g || '@voorbeeld.nl', $1, $2, now() + interval '14 days' FROM generate_series(1, 99) g`,
        [w.pub.id, inviter.id],
      );
      const lines = async () =>
        (await gql(t, LOG, { id: w.priv.id }, inviter.token)).data?.modLog.edges.filter(
          (e: { node: { action: string } }) => e.node.action === 'INVITE_MEMBER',
        ).length as number;
      const before = await lines();
      const answer = await gql(t, INVITE, { input: { communityId: w.priv.id, email } }, inviter.token);
      const newLines = (await lines()) - before;
      const next = await gql(t, INVITE, { input: { communityId: w.priv.id, email: `daarna-${unique()}@voorbeeld.nl` } }, inviter.token);
      return { answer: answer.data, newLines, next: next.errors?.[0]?.extensions?.reason ?? 'sent' };
    };
    const stranger = await seenAfterInviting(`onbekend-${unique()}@voorbeeld.nl`);
    expect(stranger).toEqual({ answer: { inviteByEmail: true }, newLines: 1, next: 'EMAIL_INVITATIONS_PER_DAY' });
    expect(await seenAfterInviting(member.email)).toEqual(stranger);
    // And the member was sent nothing usable.
    const [{ n }] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM email_invitations WHERE email = $1 AND expires_at > now()`, [
      member.email.toLowerCase(),
    ]);
    expect(n).toBe(0);
  });

  it('an inviter whose account is suspended: their staff link does not work meanwhile', async () => {
    const admin = await registerUser(t, { displayName: 'Geschorste beheerder' });
    await addStaff(t, w.admin, w.library.id, admin, 'ADMIN');
    const email = `geschorst-${unique()}@voorbeeld.nl`;
    await gql(t, INVITE_STAFF, { input: { libraryId: w.library.id, email, role: 'COMMUNITY_MANAGER' } }, admin.token);
    const token = await tokenIn(email);
    await t.sql(`UPDATE users SET suspended_at = now() WHERE id = $1`, [admin.id]);
    await refused(token, await registerUser(t, { email }));
  });
});
