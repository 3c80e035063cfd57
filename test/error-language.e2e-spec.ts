import request from 'supertest';
import { World, createPost, createThread, world } from './support/factories';
import { TestApp, createTestApp } from './support/test-app';
import { connectWs, rawSocket } from './support/ws-client';

/**
 * One error language (docs/errors.md): the same refusal has the same code and reason over HTTP and over
 * the live socket, and its message in the language Accept-Language asks for, Dutch by default.
 */
const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`;
const EVENTS = `subscription($id: ID!) { threadEvents(threadId: $id) { type } }`;
const BAN = `mutation($input: BanMemberInput!) { banMember(input: $input) { state } }`;

const BANNED = { nl: 'Je bent uitgesloten van deze gemeenschap.', en: 'You are banned from this community.' };

interface Refusal {
  message: string;
  extensions: { code: string; reason: string; [k: string]: unknown };
}

describe('one error language: code, reason and a Dutch or English message over HTTP and graphql-ws', () => {
  let t: TestApp;
  let w: World;
  let thread: { id: string };

  /** An operation over HTTP with the given Accept-Language (none: the header is left out). */
  const http = async (
    query: string,
    variables: Record<string, unknown>,
    token: string,
    language?: string,
  ): Promise<Refusal[] | undefined> => {
    const req = request(t.url).post('/graphql').set('content-type', 'application/json').set('authorization', `Bearer ${token}`);
    if (language) req.set('accept-language', language);
    return (await req.send({ query, variables })).body.errors;
  };
  const postCount = async () =>
    Number((await t.sql<{ count: string }>(`SELECT count(*) FROM posts WHERE thread_id = $1`, [thread.id]))[0].count);

  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
    thread = await createThread(t, w.manager, w.pub.id);
    await createPost(t, w.member, thread.id, 'Voor de ban');
    const banned = await http(BAN, { input: { communityId: w.pub.id, userId: w.member.id, reason: 'Spam' } }, w.manager.token, 'en');
    expect(banned).toBeUndefined();
  });
  afterAll(() => t.close());

  it('over HTTP: the same code and reason, the message in Dutch without Accept-Language and in English with en; nothing written', async () => {
    const before = await postCount();
    const send = (language?: string) => http(CREATE_POST, { input: { threadId: thread.id, body: 'Na de ban' } }, w.member.token, language);
    const [dutch, english, ranked, other] = [await send(), await send('en'), await send('de-DE, en;q=0.8, nl;q=0.5'), await send('fr-FR')];
    expect(dutch?.[0]).toMatchObject({ message: BANNED.nl, extensions: { code: 'FORBIDDEN', reason: 'COMMUNITY_BANNED' } });
    expect(english?.[0]).toMatchObject({ message: BANNED.en, extensions: { code: 'FORBIDDEN', reason: 'COMMUNITY_BANNED' } });
    expect(ranked?.[0].message).toBe(BANNED.en);
    expect(other?.[0].message).toBe(BANNED.nl);
    expect(await postCount()).toBe(before);
  });

  it('over graphql-ws: the same code and reason, the language from connectionParams or else the upgrade request', async () => {
    const refusalOver = async (acceptLanguage: string | null) => {
      const ws = connectWs(t.url, w.member.token, { acceptLanguage });
      const [error] = (await ws.subscribe(EVENTS, { id: thread.id }).waitForError()) as Refusal[];
      await ws.close();
      return error;
    };
    expect(await refusalOver(null)).toMatchObject({ message: BANNED.nl, extensions: { code: 'FORBIDDEN', reason: 'COMMUNITY_BANNED' } });
    expect(await refusalOver('en')).toMatchObject({ message: BANNED.en, extensions: { code: 'FORBIDDEN', reason: 'COMMUNITY_BANNED' } });

    // No connectionParams language: the upgrade request's Accept-Language counts.
    const raw = rawSocket(t.url, { 'accept-language': 'en-GB' });
    await raw.init(w.member.token);
    raw.send({ id: '1', type: 'subscribe', payload: { query: EVENTS, variables: { id: thread.id } } });
    const frame = await raw.waitFor((m) => m.type === 'error' && m.id === '1');
    expect((frame.payload as Refusal[])[0]).toMatchObject({
      message: BANNED.en,
      extensions: { code: 'FORBIDDEN', reason: 'COMMUNITY_BANNED' },
    });
    raw.ws.close();
  });

  it("a malformed id is BAD_USER_INPUT INVALID_VALUE over the socket as over HTTP (one mapper, PostgreSQL's 22P02)", async () => {
    const ws = connectWs(t.url, w.outsider.token, { acceptLanguage: null });
    const [error] = (await ws.subscribe(EVENTS, { id: 'geen-id' }).waitForError()) as Refusal[];
    await ws.close();
    expect(error).toMatchObject({
      message: 'Een id of waarde in het verzoek is niet geldig.',
      extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_VALUE' },
    });
  });

  it('a validation refusal is INVALID_INPUT with its fields, in both languages', async () => {
    const send = (language?: string) => http(CREATE_POST, { input: { threadId: thread.id, body: ' ' } }, w.manager.token, language);
    const [dutch, english] = [await send(), await send('en')];
    for (const e of [dutch?.[0], english?.[0]])
      expect(e?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', fields: { body: ['must not be blank'] } });
    expect(dutch?.[0].message).toBe('Niet alles is goed ingevuld (body); zie de velden.');
    expect(english?.[0].message).toBe('body: must not be blank');
  });

  it('a missing thread has a specific reason, with the same message a thread one may not see gets', async () => {
    const query = `query($id: ID!) { thread(id: $id) { id } }`;
    const missing = '00000000-0000-4000-8000-000000000000';
    const [dutch, english] = [await http(query, { id: missing }, w.member.token), await http(query, { id: missing }, w.member.token, 'en')];
    for (const e of [dutch?.[0], english?.[0]]) expect(e?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'THREAD_NOT_FOUND' });
    expect(dutch?.[0].message).toBe('Deze discussie bestaat niet (meer), of je mag haar niet zien.');
    expect(english?.[0].message).toBe('This thread does not exist (any more), or you may not see it.');
  });
});
