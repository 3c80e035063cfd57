import { createPost, createThread, world, World } from './support/factories';
import { TestApp, createTestApp } from './support/test-app';
import { BEHIND_LOOPBACK_PROXY, RawAnswer, ask, freshIp, stillAnswers } from './security/helpers';

const PREVIEW = `query($body: String!) { previewMarkdown(body: $body) }`;
const CREATE_THREAD = `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`;
const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`;
const EDIT_POST = `mutation($input: EditPostInput!) { editPost(input: $input) { id } }`;

/** Issue #13's bomb: ten small tables whose rows are a lone `|`, 17 KB that rendered to 23 MB of HTML in 6 s. */
const TABLE_BOMB = `|${'a|'.repeat(148)}\n|${':-:|'.repeat(148)}\n${'|\n'.repeat(442)}\n`.repeat(10);
/** One long URL defined once and used 3,000 times at 3 characters a use: 19 KB that rendered to 15 MB. */
const REFERENCE_BOMB = `[x]: https://e.nl/${'a'.repeat(9_000)}\n\n${'[x]'.repeat(3_000)}`;

const refusal = (res: RawAnswer) => {
  const error = res.body.errors?.[0];
  return { code: error?.extensions?.code, reason: error?.extensions?.reason, message: error?.message };
};

describe('markdown limits: a body over a limit is refused, the same way wherever markdown is written', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp({ ...BEHIND_LOOPBACK_PROXY, RATE_LIMIT_PREVIEW: '3/1m' });
    w = await world(t);
  });
  afterAll(() => t.close());

  const count = async (sql: string, params: unknown[]) => Number((await t.sql<{ n: string }>(sql, params))[0].n);

  it.each([
    ['the table bomb', 'MARKDOWN_TOO_MANY_TABLE_CELLS', TABLE_BOMB, /^The tables are too large: at most 2,000 cells/],
    ['the reference-link bomb', 'MARKDOWN_TOO_MANY_LINKS', REFERENCE_BOMB, /^The text has too many links: at most 200\.$/],
    ['quotes nested 11 deep', 'MARKDOWN_TOO_DEEP', `${'> '.repeat(11)}x`, /^Quotes and lists are nested too deeply: at most 10 levels\.$/],
    [
      'a long URL in 150 links',
      'MARKDOWN_OUTPUT_TOO_LARGE',
      `[x]: https://e.nl/${'a'.repeat(20_000)}\n\n${'[x] '.repeat(150)}`,
      /^The text would be too large once formatted/,
    ],
    ['32,001 characters', 'MARKDOWN_TOO_LONG', 'a'.repeat(32_001), /^The text is too long: at most 32,000 characters\.$/],
  ])('previewMarkdown refuses %s with BAD_USER_INPUT and reason %s', async (_, reason, body, message) => {
    const res = await ask(t, PREVIEW, { body }, { ip: freshIp() });
    expect(refusal(res)).toEqual({ code: 'BAD_USER_INPUT', reason, message: expect.stringMatching(message) });
    expect(res.body.errors![0].extensions).toMatchObject({ limit: expect.any(Number) });
  });

  it('createThread refuses the table bomb and writes no thread, post or revision', async () => {
    const written = async () => ({
      threads: await count('SELECT count(*) AS n FROM threads WHERE author_id = $1', [w.member.id]),
      posts: await count('SELECT count(*) AS n FROM posts', []),
      revisions: await count('SELECT count(*) AS n FROM post_revisions', []),
      events: await count('SELECT count(*) AS n FROM live_events', []),
    });
    const before = await written();
    const res = await ask(
      t,
      CREATE_THREAD,
      { input: { communityId: w.pub.id, title: 'Een tabel', body: TABLE_BOMB, kind: 'DISCUSSION' } },
      { token: w.member.token },
    );
    expect(refusal(res)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MARKDOWN_TOO_MANY_TABLE_CELLS' });
    expect(await written()).toEqual(before);
  });

  it('createPost refuses the reference bomb and writes no post; editPost refuses it and leaves the post and its history as they were', async () => {
    const thread = await createThread(t, w.member, w.pub.id);
    const post = await createPost(t, w.member, thread.id, 'Eerste versie');
    const snapshot = () =>
      t.sql(
        `SELECT p.body, p.body_html, p.edited_at, (SELECT count(*) FROM post_revisions r WHERE r.post_id = p.id) AS revisions,
              (SELECT count(*) FROM posts q WHERE q.thread_id = p.thread_id) AS posts, t.reply_count
         FROM posts p JOIN threads t ON t.id = p.thread_id WHERE p.id = $1`,
        [post.id],
      );
    const before = await snapshot();

    const created = await ask(t, CREATE_POST, { input: { threadId: thread.id, body: REFERENCE_BOMB } }, { token: w.member.token });
    expect(refusal(created)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MARKDOWN_TOO_MANY_LINKS' });
    const edited = await ask(t, EDIT_POST, { input: { postId: post.id, body: TABLE_BOMB } }, { token: w.member.token });
    expect(refusal(edited)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MARKDOWN_TOO_MANY_TABLE_CELLS' });

    expect(await snapshot()).toEqual(before);
  });

  it('a body over 32,000 characters is refused by validation with the same reason, for every mutation', async () => {
    const thread = await createThread(t, w.member, w.pub.id);
    const post = await createPost(t, w.member, thread.id);
    const body = 'x'.repeat(32_001);
    const answers = [
      await ask(
        t,
        CREATE_THREAD,
        { input: { communityId: w.pub.id, title: 'Te lang', body, kind: 'DISCUSSION' } },
        { token: w.member.token },
      ),
      await ask(t, CREATE_POST, { input: { threadId: thread.id, body } }, { token: w.member.token }),
      await ask(t, EDIT_POST, { input: { postId: post.id, body } }, { token: w.member.token }),
    ];
    for (const res of answers) {
      // The same sentence as renderMarkdown's refusal: one reason, one message (docs/errors.md).
      expect(refusal(res)).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'MARKDOWN_TOO_LONG',
        message: 'The text is too long: at most 32,000 characters.',
      });
      expect(res.body.errors![0].extensions!.fields).toEqual({ body: ['must be between 1 and 32000 characters long'] });
    }
    expect(await count(`SELECT count(*) AS n FROM posts WHERE length(body) > 32000`, [])).toBe(0);
  });

  it('what is within the limits is shown as before, and the server still answers after the bombs', async () => {
    const body = `> Wat lezen jullie?\n\n| titel | jaar |\n| :-- | --: |\n| [Max Havelaar](https://bieb.nl/mh) | 1860 |`;
    const res = await ask(t, PREVIEW, { body }, { ip: freshIp() });
    expect(res.body.data!.previewMarkdown).toContain(
      '<td style="text-align:left"><a href="https://bieb.nl/mh" rel="nofollow ugc noopener">Max Havelaar</a></td>',
    );
    await stillAnswers(t);
  });

  it('previewMarkdown without an account: 3 a minute per client address (as configured), then RATE_LIMITED with a reason; another address has its own', async () => {
    const ip = freshIp();
    for (let i = 0; i < 3; i++)
      expect((await ask(t, PREVIEW, { body: `*${i}*` }, { ip })).body.data!.previewMarkdown).toBe(`<p><em>${i}</em></p>\n`);
    const res = await ask(t, PREVIEW, { body: '*3*' }, { ip });
    expect(refusal(res)).toEqual({
      code: 'RATE_LIMITED',
      reason: 'TOO_MANY_PREVIEWS',
      message: expect.stringMatching(/^You are asking for previews too quickly \(at most 3 previews per minute\)\. Try again in/),
    });
    expect(res.body.errors![0].extensions!.retryAfter).toBeGreaterThanOrEqual(1);
    expect(res.body.data).toBeNull();
    expect((await ask(t, PREVIEW, { body: '*5*' }, { ip: freshIp() })).body.data!.previewMarkdown).toBe('<p><em>5</em></p>\n');
  });

  it('previewMarkdown: signed in, 3 a minute per account whatever the address; others behind the same address keep theirs', async () => {
    const ip = freshIp();
    for (let i = 0; i < 3; i++)
      expect((await ask(t, PREVIEW, { body: 'x' }, { ip: freshIp(), token: w.member.token })).body.errors).toBeUndefined();
    const res = await ask(t, PREVIEW, { body: 'x' }, { ip, token: w.member.token });
    expect(refusal(res)).toEqual({
      code: 'RATE_LIMITED',
      reason: 'TOO_MANY_PREVIEWS',
      message: expect.stringMatching(/^You are asking for previews too quickly \(at most 3 previews per minute\)\./),
    });
    expect((await ask(t, PREVIEW, { body: 'x' }, { ip, token: w.manager.token })).body.errors).toBeUndefined();
    expect((await ask(t, PREVIEW, { body: 'x' }, { ip })).body.errors).toBeUndefined();
  });
});
