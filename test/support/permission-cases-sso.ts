import { createHash, randomBytes } from 'node:crypto';
import { ok } from './gql';
import { registerUser } from './factories';
import { Case, sqlValue } from './permission-cases-kit';
import type { PermissionWorld } from './permission-cases';

const unique = () => randomBytes(4).toString('hex');
const CONFIGURE = `mutation($input: ConfigureLibrarySsoInput!) { configureLibrarySso(input: $input) { label clientSecretSet } }`;

/** The library's settings as its admin saves them; the secret is one no answer may hold. */
async function configured(w: PermissionWorld, label: string): Promise<string> {
  const secret = `geheim-${unique()}`;
  await ok(
    w.t,
    CONFIGURE,
    {
      input: {
        librarySlug: w.library.slug,
        issuer: 'https://login.bieb.example',
        clientId: 'waardenet',
        clientSecret: secret,
        label,
        enabled: true,
      },
    },
    w.actors['lib admin']!.token,
  );
  return secret;
}

/** How the single sign-on operations of docs/permissions.md are tried (libs/sso). */
export const SSO_CASES: Record<string, Case> = {
  librarySso: async (w) => {
    const label = `Pas ${unique()}`;
    const secret = await configured(w, label);
    return {
      query: `query($slug: String!) { librarySso(librarySlug: $slug) { label clientId clientSecretSet enabled } }`,
      variables: { slug: w.library.slug },
      verify: ({ data }) => {
        expect(data.librarySso).toEqual({ label, clientId: 'waardenet', clientSecretSet: true, enabled: true });
        expect(JSON.stringify(data)).not.toContain(secret);
      },
    };
  },
  ssoLibraries: async (w) => {
    const label = `Pas ${unique()}`;
    await configured(w, label);
    return {
      query: `{ ssoLibraries { slug ssoLogin { label } } }`,
      variables: {},
      verify: ({ data }) => expect(data.ssoLibraries).toContainEqual({ slug: w.library.slug, ssoLogin: { label } }),
    };
  },
  configureLibrarySso: async (w) => {
    const label = `Pas ${unique()}`;
    return {
      query: CONFIGURE,
      variables: {
        input: {
          librarySlug: w.library.slug,
          issuer: 'https://login.bieb.example',
          clientId: 'waardenet',
          clientSecret: `geheim-${unique()}`,
          label,
          enabled: true,
        },
      },
      verify: async ({ data }) => {
        expect(data.configureLibrarySso).toEqual({ label, clientSecretSet: true });
        expect(await sqlValue(w, `SELECT label FROM library_sso WHERE library_id = $1`, [w.library.id])).toBe(label);
      },
    };
  },
  // A ticket the callback would have handed out, for a fresh account: whoever holds it signs in (the viewer's own token plays no part).
  completeSsoLogin: async (w) => {
    const person = await registerUser(w.t);
    const ticket = randomBytes(32).toString('base64url');
    await w.t.sql(
      `INSERT INTO sso_login_tickets (token_hash, user_id, library_id, expires_at) VALUES ($1, $2, $3, now() + interval '5 minutes')`,
      [createHash('sha256').update(ticket).digest('hex'), person.id, w.library.id],
    );
    const sessionsBefore = (await sqlValue(w, `SELECT count(*)::int FROM sessions WHERE user_id = $1`, [person.id])) as number;
    return {
      query: `mutation($input: CompleteSsoLoginInput!) { completeSsoLogin(input: $input) { accessToken user { id } } }`,
      variables: { input: { ticket } },
      verify: async ({ data }) => {
        expect(data.completeSsoLogin.user.id).toBe(person.id);
        expect(await sqlValue(w, `SELECT count(*)::int FROM sessions WHERE user_id = $1`, [person.id])).toBe(sessionsBefore + 1);
        expect(await sqlValue(w, `SELECT count(*)::int FROM sso_login_tickets WHERE user_id = $1`, [person.id])).toBe(0);
      },
    };
  },
};
