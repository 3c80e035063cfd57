import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLField, GraphQLObjectType, GraphQLSchema, getNamedType, isNonNullType, isObjectType } from 'graphql';
import { DataSource, ObjectLiteral } from 'typeorm';
import { RequestContext, Viewer, isViewerDependent } from '@waardenet/core';
import { User } from '@waardenet/accounts';
import { Community } from '@waardenet/communities';
import { Expertise } from '@waardenet/experts';
import { Library } from '@waardenet/libraries';
import { Post, Thread } from '@waardenet/threads';
import { watchedContext } from '../libs/live/src/viewer-dependence';
import { createPost, createThread, world, World } from './support/factories';
import { TestApp, createTestApp } from './support/test-app';

/**
 * Live delivery shares one frame among the subscribers of a document unless it selects a field
 * declared @ViewerDependent (libs/core). This file keeps that declaration honest: every field with a
 * resolver of its own, on a type a subscription can reach, is either declared or reviewed here as
 * viewer-independent, with the reason. A new field resolver fails this test until someone decides.
 * (At delivery a shared execution that reads the viewer is still caught: see viewer-dependence.ts.)
 */
const REVIEWED_VIEWER_INDEPENDENT: Record<string, string> = {
  'Post.author': 'the author by id, through the user loader',
  'User.avatarUrl': "the account's avatar upload (/media/<id>), public to everyone (libs/media)",
  'User.remoteHandle': "name@host of a remote person's account (federation_remote_actors), public, the same for everyone (libs/federation)",
  'Community.bannerUrl': "the community's banner upload (/media/<id>); whoever sees the community sees the same URL (libs/media)",
  'Post.reactionCounts': 'counts per kind, the same for everyone',
  'Post.linkPreviews':
    "cards of the addresses in the post's visible body (decided per reader class before execution, as body is), from the shared link_previews cache (libs/media/src/link-previews)",
  'Post.authorExpertise': 'verified expertise only, public badges',
  'Post.isAcceptedAnswer': 'the question row of the thread',
  'Post.revisionCount': 'how many versions the body has had, the same for everyone',
  'Post.editedByModerator': 'whether someone other than the author edited it, not who',
  'Thread.author': 'the author by id, through the user loader',
  'Thread.liveCursor': 'the channel head, takes no context',
  'Thread.items': 'catalogue items linked to the thread',
  'Thread.provenance': 'the origin of a thread shown nationally: public chapters only (isShowing)',
  'Thread.contentSource': 'the published content item it came from: title, campaign, licence',
  'Thread.firstReplyAt': 'the question row of the thread',
  'Thread.answeredAt': 'the question row of the thread',
  'Thread.timeToFirstReplySeconds': 'the question row of the thread',
  'Thread.timeToAnswerSeconds': 'the question row of the thread',
  'Expertise.user': 'the expert by id',
  'Expertise.library': 'the deciding library by id',
  'Community.library': 'the library by id',
  'Community.memberCount': 'a count, the same for everyone',
  'Community.liveCursor': 'the channel head, takes no context',
  'Community.isNational': 'whether its library is NATIONAL',
  'Community.campaignBanner':
    'the banner of a running campaign the community adopted (libs/templates): the same for whoever sees the community',
  'Library.staff': 'public staff list, takes no context',
  'Library.ssoLogin':
    "the library's single sign-on button (label, start URL) while it is switched on: the same for every viewer; the context only batches the look-up (libs/sso)",
  'LibraryStaff.user': 'the staff member by id',
  'LibraryStaff.library': 'the library by id',
  'LibraryStaff.userId': 'a column, takes no context',
  'Membership.user': 'the member by id (memberships are reached only through declared fields)',
  'Notification.actor': 'who caused it, by id (notifications are delivered per recipient anyway)',
  'Notification.read': 'a column, takes no context',
  'Syndication.fromLibrary': 'the chapter’s library by id',
  'Syndication.proposedBy': 'the proposer by id',
  'Syndication.decidedBy': 'the editor by id',
  'Syndication.origin': 'where a thread from another Waardenet comes from: columns of its own row',
  'Thread.remoteProvenance': 'the accepted incoming syndication of a VISIBLE thread the viewer already reads: columns of that row',
  'ContentSource.ownerLibrary': 'the owner library by id',
  'ContentSource.publishedBy': 'the publisher by id',
  'ContentItem.ownerLibrary': 'the owner library by id',
  'ContentItem.usage': 'publication counts per library',
  'CollectionItem.holdings': 'the libraries that hold it',
  'Holding.library': 'the library by id',
  'Holding.catalogueUrl': "the library's catalogue address filled with the item's ISBN or the library's record id",
  'Library.verifiedExpertise': 'the expertise the library verified (public badges), the same for everyone',
  'LibraryEvent.community': 'the community by id (an event is reached only through a parent that checked the viewer may read it)',
  'LibraryEvent.goingCount': 'a count of answers, the same for everyone',
  'LibraryEvent.waitlistCount': 'a count of answers, the same for everyone',
  'LibraryEvent.placesLeft': 'the capacity less the GOING count, the same for everyone',
  'LibraryEvent.ics': "the event and its community's name as iCalendar text, the same for everyone who reaches it",
};

/** Reviewed fields whose resolver calls a policy, and why that call does not depend on the viewer. */
const REVIEWED_POLICY_CALLS: Record<string, string> = {
  'Community.isNational': 'NetworkPolicy.isNationalLibrary only loads the library',
};

/** What in a resolver's source would let it learn who asks. */
const VIEWER_USE = /viewer|policy|Policy|@Context|seesAll|isReviewer|canModerate|canReply|readable/;

/** Object types a subscription's payload can reach, with the fields that have a resolver of their own. */
function reachableResolverFields(schema: GraphQLSchema): { type: GraphQLObjectType; field: GraphQLField<unknown, unknown> }[] {
  const queue = Object.values(schema.getSubscriptionType()!.getFields()).map((f) => getNamedType(f.type));
  const seen = new Set<string>();
  const out: { type: GraphQLObjectType; field: GraphQLField<unknown, unknown> }[] = [];
  while (queue.length) {
    const type = queue.shift()!;
    if (!isObjectType(type) || seen.has(type.name)) continue;
    seen.add(type.name);
    for (const field of Object.values(type.getFields())) {
      queue.push(getNamedType(field.type));
      // Nest gives a plain @Field this property read; anything else is a resolver that may ask the context.
      if (field.resolve && field.resolve.name !== 'rootFieldResolver') out.push({ type, field });
    }
  }
  return out;
}

/** The source of each @ResolveField method, by "Type.field", from Nest's metadata. */
function resolverSources(): Map<string, string> {
  type FieldResolver = {
    target: { prototype: Record<string, unknown> };
    methodName: string;
    schemaName: string;
    objectTypeFn?: () => { name: string };
  };
  const storage = (
    global as unknown as {
      GqlTypeMetadataStorage: { fieldResolvers: FieldResolver[]; getObjectTypeMetadataByTarget(t: unknown): { name: string } | undefined };
    }
  ).GqlTypeMetadataStorage;
  const out = new Map<string, string>();
  for (const r of storage.fieldResolvers) {
    const target = r.objectTypeFn?.();
    if (!target) continue;
    const typeName = storage.getObjectTypeMetadataByTarget(target)?.name ?? target.name;
    out.set(`${typeName}.${r.schemaName}`, String(r.target.prototype[r.methodName]));
  }
  return out;
}

describe('viewer-dependent fields: declared where defined, or reviewed as the same for every viewer', () => {
  let t: TestApp;
  let w: World;
  let schema: GraphQLSchema;
  let fields: ReturnType<typeof reachableResolverFields>;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
    schema = t.app.get(GraphQLSchemaHost).schema;
    fields = reachableResolverFields(schema);
  });
  afterAll(() => t.close());

  const key = (f: { type: GraphQLObjectType; field: GraphQLField<unknown, unknown> }) => `${f.type.name}.${f.field.name}`;

  it('every field resolver a subscription can reach is declared @ViewerDependent or reviewed here', () => {
    const undecided = fields.filter((f) => !isViewerDependent(f.field) && !(key(f) in REVIEWED_VIEWER_INDEPENDENT)).map(key);
    expect(undecided).toEqual([]);
    // The review stays true to the code: no entry for a field that is gone or has since been declared.
    const current = new Map(fields.map((f) => [key(f), f.field]));
    const stale = Object.keys(REVIEWED_VIEWER_INDEPENDENT).filter((k) => !current.has(k) || isViewerDependent(current.get(k)!));
    expect(stale).toEqual([]);
  });

  it('the fields of finding 1 and every viewer* field are declared', () => {
    for (const k of [
      'User.email',
      'User.suspension',
      'User.expertise',
      'Expertise.evidence',
      'Expertise.rejectReason',
      'Expertise.revokeReason',
      'Post.viewerReactions',
    ]) {
      const [type, name] = k.split('.');
      expect([k, isViewerDependent((schema.getType(type) as GraphQLObjectType).getFields()[name])]).toEqual([k, true]);
    }
    const viewerFields = fields.filter((f) => f.field.name.startsWith('viewer'));
    expect(viewerFields.length).toBeGreaterThan(3);
    expect(viewerFields.filter((f) => !isViewerDependent(f.field)).map(key)).toEqual([]);
  });

  it('no reviewed resolver names the viewer, the context or a policy in its source', () => {
    const sources = resolverSources();
    expect(Object.keys(REVIEWED_VIEWER_INDEPENDENT).filter((k) => !sources.has(k))).toEqual([]);
    const suspicious = Object.keys(REVIEWED_VIEWER_INDEPENDENT).filter(
      (k) => VIEWER_USE.test(sources.get(k)!) && !(k in REVIEWED_POLICY_CALLS),
    );
    expect(suspicious).toEqual([]);
    // The scan does see: the declared ones that ask a policy about the viewer are flagged by it.
    expect(VIEWER_USE.test(sources.get('Expertise.evidence') ?? '')).toBe(true);
    expect(VIEWER_USE.test(sources.get('Thread.viewerCanReply') ?? '')).toBe(true);
  });

  it('no reviewed resolver reads the viewer when it runs, on real rows', async () => {
    const thread = await createThread(t, w.member, w.pub.id, { kind: 'QUESTION' });
    const post = await createPost(t, w.member, thread.id, 'Een antwoord om mee te meten.');
    await t.sql(`INSERT INTO expertise (user_id, topic, topic_key, evidence, state) VALUES ($1, 'Meten', 'meten', 'bewijs', 'CLAIMED')`, [
      w.member.id,
    ]);
    const db = t.app.get(DataSource);
    const one = <T extends ObjectLiteral>(entity: new () => T, where: Record<string, unknown>) =>
      db.getRepository(entity).findOneByOrFail(where as never);
    const rows: Record<string, object> = {
      Post: { ...(await one(Post, { id: post.id })), textVisible: true },
      Thread: await one(Thread, { id: thread.id }),
      User: await one(User, { id: w.member.id }),
      Community: await one(Community, { id: w.pub.id }),
      Library: await one(Library, { id: w.library.id }),
      Expertise: await one(Expertise, { userId: w.member.id }),
    };
    // For the other types: every id a resolver of them may follow, pointing at real rows.
    const any = {
      id: post.id,
      threadId: thread.id,
      postId: post.id,
      communityId: w.pub.id,
      fromCommunityId: w.pub.id,
      toCommunityId: w.pub.id,
      libraryId: w.library.id,
      ownerLibraryId: w.library.id,
      userId: w.member.id,
      authorId: w.member.id,
      actorId: w.member.id,
      proposedById: w.member.id,
      decidedById: w.manager.id,
      publishedById: w.manager.id,
      contentItemId: post.id,
      readAt: null,
      state: 'ACCEPTED',
    };
    const viewer: Viewer = { id: w.outsider.id, sessionId: 'probe', isPlatformAdmin: false };
    const reads = async (f: (typeof fields)[number]) => {
      if (f.field.args.some((a) => isNonNullType(a.type))) return null;
      const watched = watchedContext(Object.assign(new RequestContext(), { viewer }));
      const info = {
        fieldName: f.field.name,
        parentType: f.type,
        returnType: f.field.type,
        schema,
        path: { key: f.field.name, prev: undefined },
      };
      await Promise.resolve()
        .then(() => f.field.resolve!(rows[f.type.name] ?? any, {}, { rc: watched.rc, req: undefined }, info as never))
        .catch(() => undefined);
      return watched.viewerRead();
    };
    const readingUndeclared: string[] = [];
    for (const f of fields) if (!isViewerDependent(f.field) && (await reads(f))) readingUndeclared.push(key(f));
    expect(readingUndeclared).toEqual([]);
    // The probe does see: the declared fields of finding 1 read the viewer when run the same way.
    const byKey = new Map(fields.map((f) => [key(f), f]));
    for (const k of ['User.email', 'User.expertise', 'Expertise.evidence']) expect([k, await reads(byKey.get(k)!)]).toEqual([k, true]);
  });
});
