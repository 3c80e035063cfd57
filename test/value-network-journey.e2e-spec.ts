import request from 'supertest';
import { addStaff, createCommunity, createLibrary, join, registerAdmin, registerUser } from './support/factories';
import { ok } from './support/gql';
import { TestApp, createTestApp } from './support/test-app';

/**
 * Issue #5's "done when", as one story through the api: a library imports its catalogue, a member
 * starts a thread about a book, a verified expert answers it, the chapter syndicates it to the national
 * theme community, and it shows there with its provenance — one thread, replies from both places.
 */
describe('value network, end to end: catalogue → thread → verified expert → syndication → national feed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  }, 60_000);
  afterAll(() => t.close());

  it('works as a new library would use it', async () => {
    const admin = await registerAdmin(t);
    const national = await createLibrary(t, admin, { kind: 'NATIONAL' });
    const local = await createLibrary(t, admin);
    const editor = await registerUser(t, { displayName: 'Landelijke redacteur' });
    const librarian = await registerUser(t, { displayName: 'Bibliothecaris Delft' });
    await addStaff(t, admin, national.id, editor, 'COMMUNITY_MANAGER');
    await addStaff(t, admin, local.id, librarian, 'ADMIN');

    // 1. The local library imports its catalogue over HTTP.
    const csv = 'isbn,title,creators,year,subjects\n978-90-450-4731-7,De klimaatcrisis in 100 vragen,"Jansen, Marieke",2021,Klimaat\n';
    const imported = await request(t.url)
      .post(`/api/libraries/${local.slug}/catalogue`)
      .set('authorization', `Bearer ${librarian.token}`)
      .set('content-type', 'text/csv')
      .send(csv);
    expect(imported.status).toBe(200);
    expect(imported.body).toMatchObject({ created: 1 });
    const item = (await ok(t, `query { item(isbn: "9789045047317") { id title holdings { library { id } } } }`)).item;
    expect(item).toMatchObject({ title: 'De klimaatcrisis in 100 vragen', holdings: [{ library: { id: local.id } }] });

    // 2. A national theme community, and the local library's chapter of it.
    const theme = await createCommunity(t, editor, national.id, 'PUBLIC');
    const chapter = (
      await ok(
        t,
        `mutation($input: CreateChapterInput!) { createChapter(input: $input) { id slug } }`,
        { input: { nationalCommunityId: theme.id, libraryId: local.id } },
        librarian.token,
      )
    ).createChapter;

    // 3. A member asks a question about the book, linked to the item.
    const reader = await registerUser(t, { displayName: 'Lezer' });
    await join(t, reader, chapter.id);
    const thread = (
      await ok(
        t,
        `mutation($input: CreateThreadInput!) { createThread(input: $input) { id items { id } } }`,
        {
          input: {
            communityId: chapter.id,
            kind: 'QUESTION',
            title: 'Is dit boek geschikt voor scholieren?',
            body: 'Ik zoek iets voor mijn klas.',
            itemIds: [item.id],
          },
        },
        reader.token,
      )
    ).createThread;
    expect(thread.items).toEqual([{ id: item.id }]);

    // 4. An expert claims expertise, the library verifies it, the expert joins as EXPERT and answers.
    const expert = await registerUser(t, { displayName: 'Klimaatwetenschapper' });
    const claim = (
      await ok(
        t,
        `mutation($input: ClaimExpertiseInput!) { claimExpertise(input: $input) { id } }`,
        { input: { topic: 'Klimaatwetenschap', evidence: 'Onderzoeker bij het KNMI', libraryId: local.id } },
        expert.token,
      )
    ).claimExpertise;
    await ok(
      t,
      `mutation($input: VerifyExpertiseInput!) { verifyExpertise(input: $input) { state } }`,
      { input: { expertiseId: claim.id, libraryId: local.id } },
      librarian.token,
    );
    expect(
      (await ok(t, `mutation($id: ID!) { joinAsExpert(communityId: $id) { role } }`, { id: chapter.id }, expert.token)).joinAsExpert.role,
    ).toBe('EXPERT');
    const answer = (
      await ok(
        t,
        `mutation($input: CreatePostInput!) { createPost(input: $input) { id authorExpertise { topic } } }`,
        { input: { threadId: thread.id, body: 'Ja, hoofdstuk 3 is heel geschikt voor de bovenbouw.' } },
        expert.token,
      )
    ).createPost;
    expect(answer.authorExpertise).toEqual([{ topic: 'Klimaatwetenschap' }]);
    await ok(t, `mutation($id: ID!) { acceptAnswer(postId: $id) { id } }`, { id: answer.id }, reader.token);

    // 5. The chapter proposes the thread nationally; the national editor accepts it.
    const proposal = (
      await ok(t, `mutation($id: ID!) { proposeSyndication(threadId: $id) { id state } }`, { id: thread.id }, librarian.token)
    ).proposeSyndication;
    expect(proposal.state).toBe('PROPOSED');
    await ok(t, `mutation($id: ID!) { acceptSyndication(syndicationId: $id) { state } }`, { id: proposal.id }, editor.token);

    // 6. The national feed shows it with its provenance, the answer accepted; the item page lists it with its expert.
    const feed = (
      await ok(
        t,
        `query($slug: String!) { community(slug: $slug) { feed(first: 10) { edges { node {
        thread { id acceptedAnswer { id } provenance { fromLibrary { id } fromCommunity { id } } } } } } } }`,
        { slug: theme.slug },
      )
    ).community.feed;
    const entry = feed.edges.find((e: { node: { thread: { id: string } } }) => e.node.thread.id === thread.id).node.thread;
    expect(entry).toEqual({
      id: thread.id,
      acceptedAnswer: { id: answer.id },
      provenance: { fromLibrary: { id: local.id }, fromCommunity: { id: chapter.id } },
    });
    const page = (
      await ok(t, `query($id: ID!) { item(id: $id) { threads(first: 10) { edges { node { id } } } experts { id } } }`, { id: item.id })
    ).item;
    expect(page.threads.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([thread.id]);
    expect(page.experts).toEqual([{ id: expert.id }]);

    // 7. A member of the national community who is not in the chapter replies: it lands in the one thread.
    const nationalMember = await registerUser(t, { displayName: 'Landelijk lid' });
    await join(t, nationalMember, theme.id);
    await ok(
      t,
      `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`,
      { input: { threadId: thread.id, body: 'Ook bij ons op school gebruikt!' } },
      nationalMember.token,
    );
    expect((await ok(t, `query($id: ID!) { thread(id: $id) { replyCount community { id } } }`, { id: thread.id })).thread).toEqual({
      replyCount: 2,
      community: { id: chapter.id },
    });
  });
});
