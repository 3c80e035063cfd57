import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import type { Request } from 'express';
import { ExecutionResult, GraphQLError, GraphQLSchema, OperationTypeNode, execute } from 'graphql';
import { RequestContext, formatError } from '@waardenet/core';
import { DEMO_PASSWORD } from '../apps/api/src/demo/demo-content';
import { seedDemoIfEmpty } from '../apps/api/src/demo/seed-demo';
import { JitExecution } from '../apps/api/src/jit-executor';
import { THREAD } from '../apps/web/src/api/operations';
import { firstDifference, webOperationNames } from './support/differential';
import { LOGIN } from './support/factories';
import { gql, ok } from './support/gql';
import { NO_ID } from './support/moderation';
import { TestApp, createTestApp } from './support/test-app';

/**
 * Differential: every query the web client sends gives the same `data` and `errors` (message, path,
 * extensions) on the compiled path (graphql-jit, what the api runs) as on graphql-js. The api's
 * executor is wrapped so that each HTTP query also runs on graphql-js, on the same schema and
 * document with the same variables and a fresh context for the same request; both results go through
 * the api's own error formatting, which the two paths share after execution.
 */

/**
 * Every `query Name` document the web client's operations modules (apps/web/src/api/operations*.ts) export,
 * by operation name, as the text the client sends (the generated document, fragments included).
 */
const API = join(__dirname, '../apps/web/src/api');
const WEB_QUERIES = new Map<string, string>(
  readdirSync(API)
    .filter((file) => /^operations.*\.ts$/.test(file))
    .flatMap((file) => Object.values(require(join(API, file)) as Record<string, unknown>)) // eslint-disable-line @typescript-eslint/no-require-imports
    .filter((v) => (typeof v === 'string' || v instanceof String) && /^\s*query \w+/.test(String(v)))
    .map((v) => String(v))
    .map((q) => [/^\s*query (\w+)/.exec(q)![1], q]),
);

interface Run {
  jit: ExecutionResult;
  js: ExecutionResult;
}
type Execute = (rc: GatewayGraphQLRequestContext) => Promise<ExecutionResult>;
const jitProto = JitExecution.prototype as unknown as { execute: Execute; schema?: GraphQLSchema };

/** What a client sees of the errors: the api's formatting of each (message, path, extensions). */
function shown(result: ExecutionResult) {
  const errors = (result.errors ?? []).map((e: GraphQLError) => {
    const out = formatError({ message: e.message, locations: e.locations, path: e.path, extensions: e.extensions }, e, () => undefined);
    return { message: out.message, path: out.path, extensions: out.extensions };
  });
  // A document refused whole (data null): with several root fields refused at once (ManageWork's lists, to a
  // member), the first non-null one to fail ends the document, and which of them that is, and which others have
  // failed by then, depends on when their resolvers settle, on either path. So a whole refusal is compared by
  // what it says (each distinct error once), not by which field said it first.
  const refusedWhole = !result.data && errors.length > 0;
  const compared = refusedWhole
    ? [...new Map(errors.map(({ message, extensions }) => [JSON.stringify({ message, extensions }), { message, extensions }])).values()]
    : errors;
  // Through JSON, as the client receives it: graphql-js builds its objects without a prototype, graphql-jit with one.
  return JSON.parse(
    JSON.stringify({
      data: result.data ?? null,
      errors: compared.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    }),
  ) as { data: unknown; errors: { message: string; path?: unknown; extensions?: { code?: unknown } }[] };
}

describe("JIT differential: the compiled path answers the web client's queries as graphql-js does", () => {
  let t: TestApp;
  const runs: Run[] = [];
  const compiled = jitProto.execute;

  beforeAll(async () => {
    jitProto.execute = async function (this: typeof jitProto, rc) {
      const jit = await compiled.call(this, rc);
      if (rc.operation.operation === OperationTypeNode.QUERY) {
        const context = rc.context as { req: Request };
        const js = await execute({
          schema: this.schema!,
          document: rc.document,
          operationName: rc.operationName ?? undefined,
          variableValues: rc.request.variables ?? {},
          contextValue: { ...context, rc: new RequestContext(context.req) },
        });
        runs.push({ jit, js });
      }
      return jit;
    };
    t = await createTestApp();
    expect(await seedDemoIfEmpty(t.databaseUrl)).toBe(true);
  }, 60_000);
  afterAll(async () => {
    jitProto.execute = compiled;
    await t.close();
  });

  it('knows every query document of the web client', () => {
    expect(WEB_QUERIES.size).toBeGreaterThan(25);
    expect(webOperationNames('query').filter((n) => !WEB_QUERIES.has(n))).toEqual([]);
  });

  it('gives the same data and errors for every web query, as a visitor, a member, an expert, library staff and a platform admin', async () => {
    const one = async <T>(sql: string, params: unknown[] = []) => (await t.sql<T & Record<string, unknown>>(sql, params))[0];
    const login = async (email: string) => (await ok(t, LOGIN, { input: { email, password: DEMO_PASSWORD } })).login.accessToken as string;
    const viewers: Record<string, string | undefined> = {
      visitor: undefined,
      member: await login('lezer@waardenet.demo'),
      expert: await login('expert@waardenet.demo'),
      staff: await login('beheerder@waardenet.demo'),
      admin: await login('admin@waardenet.demo'),
    };
    const utrecht = await one<{ id: string }>(`SELECT id FROM libraries WHERE slug = 'bibliotheek-utrecht'`);
    const history = await one<{ id: string }>(`SELECT id FROM communities WHERE slug = 'utrechtse-geschiedenis'`);
    const question = await one<{ id: string }>(`SELECT id FROM threads WHERE title LIKE 'Wie weet meer over de Bijlhouwerstraat%'`);
    const restricted = await one<{ id: string }>(
      `SELECT t.id FROM threads t JOIN communities c ON c.id = t.community_id WHERE c.slug = 'leesclub-thrillers'`,
    );
    const item = await one<{ id: string }>(`SELECT id FROM collection_items WHERE year = 1900`);
    const national = await one<{ id: string }>(`SELECT id FROM communities WHERE slug = 'klimaat-en-duurzaamheid'`);
    const contentItem = await one<{ id: string } | undefined>(`SELECT id FROM content_items ORDER BY created_at LIMIT 1`);
    const course = await one<{ id: string } | undefined>(`SELECT id FROM academy_courses ORDER BY created_at LIMIT 1`);
    const events = await t.sql<{ id: string }>(`SELECT id FROM library_events ORDER BY starts_at`);
    // Something in every list: a reaction (viewerReactions), an edit (editedAt), a reply to a post, a report, a claim, a notification.
    // The web client's own typed document: the answer's type comes from the schema.
    const posts = (await ok(t, THREAD, { id: question.id }, viewers.member)).thread.posts.edges.map((e) => e.node.id);
    await ok(
      t,
      `mutation($input: ReactInput!) { react(input: $input) { id } }`,
      { input: { postId: posts[1], kind: 'THANKS' } },
      viewers.member,
    );
    await ok(
      t,
      `mutation($input: EditPostInput!) { editPost(input: $input) { id } }`,
      { input: { postId: posts[0], body: 'Bewerkt: de **smederij**' } },
      viewers.member,
    );
    await ok(
      t,
      `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`,
      { input: { threadId: question.id, body: 'Een antwoord op het antwoord', replyToId: posts[1] } },
      viewers.expert,
    );
    await ok(
      t,
      `mutation($input: ReportContentInput!) { reportContent(input: $input) { id } }`,
      { input: { postId: posts[2], reason: 'OFF_TOPIC' } },
      viewers.expert,
    );
    await gql(
      t,
      `mutation($input: ClaimExpertiseInput!) { claimExpertise(input: $input) { id } }`,
      { input: { topic: 'Smeedkunst', evidence: 'Smid sinds 1990', libraryId: utrecht.id } },
      viewers.member,
    );
    await gql(
      t,
      `mutation($input: ClaimExpertiseInput!) { claimExpertise(input: $input) { id } }`,
      { input: { topic: 'Smeedkunst', evidence: 'Smid sinds 1990' } },
      viewers.member,
    );

    const ordinary: [string, Record<string, unknown>][] = [
      ['Home', {}],
      ['MyCommunities', {}],
      ['LibraryPage', { slug: 'bibliotheek-utrecht' }],
      ['LibraryCommunities', { libraryId: utrecht.id }],
      ['CommunityPage', { slug: 'utrechtse-geschiedenis' }],
      ['CommunityPage', { slug: 'klimaat-en-duurzaamheid', threads: false }],
      ['CommunityThreads', { slug: 'utrechtse-geschiedenis' }],
      ['ThreadPage', { id: question.id }],
      ['ThreadPosts', { id: question.id }],
      ['ThreadViewer', { id: question.id }],
      ['ThreadExtras', { id: question.id }],
      ['PreviewMarkdown', { body: '**vet**, _schuin_ en [een link](https://example.org)' }],
      ['Me', {}],
      ['ItemPage', { id: item.id }],
      ['ItemThreads', { id: item.id }],
      ['ManageCommunity', { slug: 'utrechtse-geschiedenis' }],
      ['Queue', { communityId: history.id }],
      ['Reports', { communityId: history.id }],
      ['ModLog', { communityId: history.id }],
      ['Members', { slug: 'utrechtse-geschiedenis' }],
      ['Members', { slug: 'utrechtse-geschiedenis', state: 'ACTIVE' }],
      ['Figures', { communityId: history.id, weeks: 4 }],
      ['CommunityFeed', { slug: 'klimaat-en-duurzaamheid' }],
      ['UnreadCount', {}],
      ['Notifications', { unreadOnly: true }],
      ['Search', { query: 'Utrecht' }],
      ['Search', { query: 'smederij', filter: { kind: 'POST' } }],
      ['Preferences', {}],
      ['OwnProfile', {}],
      ['StaffLibrary', { slug: 'bibliotheek-utrecht' }],
      ['LibraryFigures', { libraryId: utrecht.id, weeks: 4 }],
      ['NationalDashboard', { weeks: 4 }],
      ['ExpertiseClaims', { libraryId: utrecht.id }],
      ['ExpertiseLog', { libraryId: utrecht.id }],
      ['MySessions', {}],
      ['MyTwoFactor', {}],
      ['ProfileSettings', {}],
      ['PublicProfile', { handle: 'joostjansen' }],
      // Community management, moderation, federation, push and single sign-on screens.
      ['NewCommunityLibrary', { slug: 'bibliotheek-utrecht' }],
      ['NationalCommunities', {}],
      ['CommunitySettings', { slug: 'utrechtse-geschiedenis', communityId: history.id }],
      ['FindUser', { handle: 'joostjansen' }],
      ['InviteLinks', { communityId: history.id }],
      ['InviteLinkPreview', { token: 'geen-geldige-uitnodiging' }],
      ['CommunityFederation', { communityId: history.id }],
      ['RemoteCommunities', {}],
      ['RemoteCommunityThreads', { id: NO_ID }],
      ['MoveTargets', { libraryId: utrecht.id }],
      ['ThreadLibrary', { id: question.id }],
      ['PostSource', { postId: posts[0] }],
      ['ProfileAdmin', { handle: 'joostjansen' }],
      ['PublicLogCommunity', { slug: 'utrechtse-geschiedenis' }],
      ['PublicModLog', { communityId: history.id }],
      ['PushSettings', {}],
      ['SsoLibraries', {}],
      ['LibrarySsoLogin', { slug: 'bibliotheek-utrecht' }],
      ['LibrarySsoSettings', { slug: 'bibliotheek-utrecht' }],
      ['LibraryAdmin', { slug: 'bibliotheek-utrecht' }],
      ['ManageWork', { communityId: history.id, slug: 'utrechtse-geschiedenis' }],
      // Catalogue item links, syndication and the content database.
      ['ItemSearch', { query: 'Utrecht' }],
      ['ConversationCommunities', {}],
      ['ThreadSyndications', { id: question.id }],
      ['SyndicationCommunity', { slug: 'klimaat-en-duurzaamheid' }],
      ['SyndicationInbox', { communityId: national.id }],
      ['SyndicationInbox', { communityId: national.id, state: 'ACCEPTED' }],
      ['ContentLibrary', { slug: 'bibliotheek-utrecht' }],
      ['ContentItems', {}],
      ['ContentItems', { filter: { query: 'zomer', includeArchived: true } }],
      ['ContentItemPage', { id: contentItem?.id ?? NO_ID, slug: 'bibliotheek-utrecht' }],
      ['PublishTargets', { libraryId: utrecht.id }],
      // Expertise at a library and invitations by email.
      ['MyExpertise', {}],
      ['EmailInvitation', { token: 'geen-geldige-uitnodiging' }],
      // The onboarding wizard and the national templates (libs/templates).
      ['LibraryOnboarding', { slug: 'bibliotheek-utrecht' }],
      ['OnboardingState', { libraryId: utrecht.id }],
      ['CommunityTemplates', {}],
      ['TemplateAdoption', {}],
      ['NationalLibraries', {}],
      ['NationalThemeCommunities', { libraryId: utrecht.id }],
      ['CommunityChapters', { slug: 'klimaat-en-duurzaamheid' }],
      // The Academy and the programme's figures.
      ['AcademyAccess', {}],
      ['AcademyCourses', {}],
      ['AcademyCourse', { id: course?.id ?? NO_ID }],
      ['NationalProgramme', { weeks: 8 }],
      // Library events (one in a PUBLIC community, one in a RESTRICTED one).
      ['CommunityEventList', { slug: 'utrechtse-geschiedenis' }],
      ['CommunityEventList', { slug: 'leesclub-thrillers' }],
      ['LibraryEventList', { slug: 'bibliotheek-utrecht' }],
      ...events.flatMap((e): [string, Record<string, unknown>][] => [
        ['EventPage', { id: e.id }],
        ['EventIcs', { id: e.id }],
      ]),
      // Federation: syndication to another Waardenet, the viewer's rights, the blocklist.
      ['RemoteSyndication', { id: question.id }],
      ['FederationViewer', {}],
      ['BlockedInstances', {}],
    ];
    const refusals: [string, Record<string, unknown>][] = [
      ['ThreadPage', { id: NO_ID }], // not found
      ['ThreadPage', { id: restricted.id }], // a RESTRICTED community's thread: forbidden to outsiders
      ['ThreadPage', { id: 'geen-uuid' }], // a malformed id (PostgreSQL 22P02)
      ['CommunityPage', { slug: 'schrijfgroep-utrecht' }], // PRIVATE: not found to outsiders
      ['Members', { slug: 'utrechtse-geschiedenis', state: 'GEHEIM' }], // not an enum value
      ['Figures', { communityId: history.id, weeks: 'veel' }], // not an Int
      ['ThreadPage', {}], // a required variable left out
    ];
    // Every web query has a case; a case whose query the client no longer sends is left out.
    const covered = new Set(ordinary.map(([name]) => name));
    expect([...WEB_QUERIES.keys()].filter((n) => !covered.has(n))).toEqual([]);
    const sent = (cases: [string, Record<string, unknown>][]) => cases.filter(([name]) => WEB_QUERIES.has(name));

    const diffs: unknown[] = [];
    const codes = new Set<unknown>();
    let withData = 0;
    for (const [viewer, token] of Object.entries(viewers)) {
      for (const [name, variables] of sent([...ordinary, ...refusals])) {
        const before = runs.length;
        const res = await gql(t, WEB_QUERIES.get(name)!, variables, token);
        const run = runs[before];
        if (!run) {
          // Refused before execution (variables), so neither executor ran.
          codes.add(res.errors?.[0]?.extensions?.code);
          continue;
        }
        const [jit, js] = [shown(run.jit), shown(run.js)];
        const differs = firstDifference(jit, js);
        if (differs) diffs.push({ viewer, name, variables, at: differs.at, jit: differs.live, js: differs.http });
        jit.errors.forEach((e) => codes.add(e.extensions?.code));
        if (jit.data && !jit.errors.length) withData++;
      }
    }
    expect(diffs).toEqual([]);
    // The comparison saw real answers and each kind of refusal, not a run of identical failures.
    expect(withData).toBeGreaterThan(ordinary.length * 2);
    expect([...codes]).toEqual(expect.arrayContaining(['NOT_FOUND', 'FORBIDDEN', 'BAD_USER_INPUT', 'UNAUTHENTICATED']));
  });
});
