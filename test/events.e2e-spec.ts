import request from 'supertest';
import { EventReminders } from '@waardenet/events';
import { registerUser, world, World, TestUser } from './support/factories';
import { gql, ok } from './support/gql';
import { TestApp, createTestApp } from './support/test-app';

const CREATE = `mutation($input: CreateEventInput!) { createEvent(input: $input) { id title startsAt endsAt location onlineUrl capacity } }`;
const UPDATE = `mutation($input: UpdateEventInput!) { updateEvent(input: $input) { id title capacity placesLeft } }`;
const CANCEL = `mutation($input: CancelEventInput!) { cancelEvent(input: $input) { id cancelledAt cancelReason } }`;
const RSVP = `mutation($input: RsvpInput!) { rsvpEvent(input: $input) { id viewerRsvp goingCount waitlistCount placesLeft } }`;
const EVENT = `query($id: ID!) { libraryEvent(id: $id) { id title viewerRsvp viewerCanManage goingCount ics community { slug } attendees { user { id } status } } }`;
const COMMUNITY_EVENTS = `query($slug: String!) { community(slug: $slug) { events { id title } } }`;
const LIBRARY_EVENTS = `query($slug: String!) { library(slug: $slug) { events { id title } } }`;
const NOTIFICATIONS = `query { notifications(first: 50) { edges { node { kind community { id } event { id title } } } } }`;
const SEARCH = `query($q: String!) { search(query: $q) { edges { node { kind snippet } } } }`;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('library events: planned by moderators, answered with a waiting list, reminded a day before, in calendars, and never shown to anyone who may not read the community', () => {
  let t: TestApp;
  let w: World;
  let restrictedMember: TestUser;
  let privateMember: TestUser;
  const ev: Record<'pub' | 'restricted' | 'priv', { id: string; title: string }> = {} as never;
  const startsIn = (ms: number) => new Date(Date.now() + ms).toISOString();

  const member = async (communityId: string, user: TestUser) =>
    t.sql(`INSERT INTO memberships (community_id, user_id, role, state) VALUES ($1, $2, 'MEMBER', 'ACTIVE')`, [communityId, user.id]);

  const create = (communityId: string, title: string, over: Record<string, unknown> = {}) =>
    ok(
      t,
      CREATE,
      {
        input: {
          communityId,
          title,
          description: 'Samen lezen en praten.',
          startsAt: startsIn(3 * DAY),
          endsAt: startsIn(3 * DAY + 2 * HOUR),
          location: 'Bibliotheek, zaal 1',
          ...over,
        },
      },
      w.manager.token,
    ).then((d) => d.createEvent as { id: string; title: string });

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL: 'https://waardenet.example' });
    w = await world(t);
    restrictedMember = await registerUser(t, { displayName: 'Lid beperkt' });
    privateMember = await registerUser(t, { displayName: 'Lid besloten' });
    await member(w.restricted.id, restrictedMember);
    await member(w.priv.id, privateMember);
    ev.pub = await create(w.pub.id, 'Leesclub openbaar Haasse');
    ev.restricted = await create(w.restricted.id, 'Leesclub beperkt Mulisch');
    ev.priv = await create(w.priv.id, 'Leesclub besloten Hermans', { onlineUrl: 'https://meet.example/geheim' });
  }, 60_000);
  afterAll(() => t.close());

  it('moderators plan events (audited); others are refused with a reason and nothing is written; bad times and places are refused', async () => {
    expect(
      await t.sql(
        `SELECT action, target_type, community_id, details FROM moderation_actions WHERE action = 'CREATE_EVENT' ORDER BY created_at`,
      ),
    ).toEqual([
      { action: 'CREATE_EVENT', target_type: 'EVENT', community_id: w.pub.id, details: ev.pub.title },
      { action: 'CREATE_EVENT', target_type: 'EVENT', community_id: w.restricted.id, details: ev.restricted.title },
      { action: 'CREATE_EVENT', target_type: 'EVENT', community_id: w.priv.id, details: ev.priv.title },
    ]);
    const before = await t.sql(`SELECT count(*)::int AS n FROM library_events`);
    const input = { communityId: w.pub.id, title: 'Lezing', startsAt: startsIn(DAY), endsAt: startsIn(DAY + HOUR), location: 'Zaal' };
    const refused = async (token: string | undefined, over: Record<string, unknown>) =>
      (await gql(t, CREATE, { input: { ...input, ...over } }, token)).errors?.[0]?.extensions;
    expect(await refused(w.member.token, {})).toMatchObject({ code: 'FORBIDDEN', reason: 'ONLY_MODERATORS' });
    expect(await refused(undefined, {})).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await refused(w.outsider.token, { communityId: w.priv.id })).toMatchObject({ code: 'NOT_FOUND', reason: 'COMMUNITY_NOT_FOUND' });
    expect(await refused(w.manager.token, { endsAt: startsIn(DAY - HOUR) })).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      fields: { endsAt: ['must be after startsAt'] },
    });
    expect(await refused(w.manager.token, { location: null })).toMatchObject({ reason: 'EVENT_PLACE_REQUIRED' });
    expect(await refused(w.manager.token, { startsAt: startsIn(-HOUR), endsAt: startsIn(HOUR) })).toMatchObject({
      reason: 'EVENT_IN_PAST',
    });
    expect(await refused(w.manager.token, { onlineUrl: 'http://insecure.example' })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await refused(w.manager.token, { capacity: 0 })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await t.sql(`SELECT count(*)::int AS n FROM library_events`)).toEqual(before);
  });

  it('RSVP: GOING until full, then the waiting list; NOT_GOING moves the first waiting person up; more places move the list up', async () => {
    const e = await create(w.pub.id, 'Lezing met een expert', { capacity: 2 });
    const [a, b, c, d] = await Promise.all([registerUser(t), registerUser(t), registerUser(t), registerUser(t)]);
    const rsvp = async (u: TestUser, status: string) => (await ok(t, RSVP, { input: { eventId: e.id, status } }, u.token)).rsvpEvent;
    expect(await rsvp(a, 'GOING')).toMatchObject({ viewerRsvp: 'GOING', goingCount: 1, placesLeft: 1 });
    expect(await rsvp(b, 'GOING')).toMatchObject({ viewerRsvp: 'GOING', goingCount: 2, placesLeft: 0 });
    expect(await rsvp(c, 'GOING')).toMatchObject({ viewerRsvp: 'WAITLISTED', goingCount: 2, waitlistCount: 1 });
    expect(await rsvp(d, 'GOING')).toMatchObject({ viewerRsvp: 'WAITLISTED', waitlistCount: 2 });
    // Saying GOING again keeps one's place in the queue.
    expect(await rsvp(c, 'GOING')).toMatchObject({ viewerRsvp: 'WAITLISTED' });
    expect(await rsvp(a, 'NOT_GOING')).toMatchObject({ viewerRsvp: null, goingCount: 2, waitlistCount: 1 });
    expect((await ok(t, EVENT, { id: e.id }, c.token)).libraryEvent.viewerRsvp).toBe('GOING');
    // Asking for the waiting list itself is refused.
    expect((await gql(t, RSVP, { input: { eventId: e.id, status: 'WAITLISTED' } }, a.token)).errors?.[0]?.extensions).toMatchObject({
      reason: 'INVALID_INPUT',
    });
    // The moderators see who comes, in order; a member sees no list.
    const asManager = (await ok(t, EVENT, { id: e.id }, w.manager.token)).libraryEvent;
    expect(asManager.viewerCanManage).toBe(true);
    expect(asManager.attendees).toEqual([
      { user: { id: b.id }, status: 'GOING' },
      { user: { id: c.id }, status: 'GOING' },
      { user: { id: d.id }, status: 'WAITLISTED' },
    ]);
    const asMember = (await ok(t, EVENT, { id: e.id }, d.token)).libraryEvent;
    expect(asMember).toMatchObject({ viewerCanManage: false, attendees: null, viewerRsvp: 'WAITLISTED' });
    // A member may not change it; the manager gives one more place: d moves up. Logged.
    expect((await gql(t, UPDATE, { input: { eventId: e.id, capacity: 3 } }, d.token)).errors?.[0]?.extensions?.reason).toBe(
      'ONLY_MODERATORS',
    );
    expect((await ok(t, UPDATE, { input: { eventId: e.id, capacity: 3 } }, w.manager.token)).updateEvent).toMatchObject({
      capacity: 3,
      placesLeft: 0,
    });
    expect((await ok(t, EVENT, { id: e.id }, d.token)).libraryEvent.viewerRsvp).toBe('GOING');
    expect(await t.sql(`SELECT details FROM moderation_actions WHERE action = 'UPDATE_EVENT' AND target_id = $1`, [e.id])).toEqual([
      { details: 'capacity' },
    ]);
  });

  it('two people asking for the last place at once: one gets it, the other waits', async () => {
    const e = await create(w.pub.id, 'Schrijfworkshop', { capacity: 1 });
    const people = await Promise.all([registerUser(t), registerUser(t), registerUser(t)]);
    const answers = await Promise.all(people.map((u) => ok(t, RSVP, { input: { eventId: e.id, status: 'GOING' } }, u.token)));
    expect(answers.map((a) => a.rsvpEvent.viewerRsvp).sort()).toEqual(['GOING', 'WAITLISTED', 'WAITLISTED']);
  });

  describe('visibility follows the community: every path, for every kind of reader', () => {
    type Who = 'anonymous' | 'outsider' | 'publicMember' | 'restrictedMember' | 'privateMember' | 'manager';
    const token = (who: Who) =>
      ({
        anonymous: undefined,
        outsider: w.outsider.token,
        publicMember: w.member.token,
        restrictedMember: restrictedMember.token,
        privateMember: privateMember.token,
        manager: w.manager.token,
      })[who];
    /** Which of the three events each reader may see. */
    const sees: Record<Who, ('pub' | 'restricted' | 'priv')[]> = {
      anonymous: ['pub'],
      outsider: ['pub'],
      publicMember: ['pub'],
      restrictedMember: ['pub', 'restricted'],
      privateMember: ['pub', 'priv'],
      manager: ['pub', 'restricted', 'priv'],
    };
    const readers = Object.keys(sees) as Who[];
    const kinds = ['pub', 'restricted', 'priv'] as const;
    const slugOf = () => ({ pub: w.pub.slug, restricted: w.restricted.slug, priv: w.priv.slug });

    it.each(readers)('%s: libraryEvent, community.events, library.events, .ics text and RSVP', async (who) => {
      for (const k of kinds) {
        const visible = sees[who].includes(k);
        const one = await gql(t, EVENT, { id: ev[k].id }, token(who));
        expect(one.errors).toBeUndefined();
        expect(one.data?.libraryEvent?.title ?? null).toBe(visible ? ev[k].title : null);
        if (visible) expect(one.data?.libraryEvent.ics).toContain(`SUMMARY:${ev[k].title}`);
        const list = await gql(t, COMMUNITY_EVENTS, { slug: slugOf()[k] }, token(who));
        const titles = (list.data?.community?.events ?? []).map((e: { title: string }) => e.title);
        expect(titles.includes(ev[k].title)).toBe(visible);
        if (who !== 'anonymous') {
          const answer = await gql(t, RSVP, { input: { eventId: ev[k].id, status: 'GOING' } }, token(who));
          if (visible) expect(answer.errors).toBeUndefined();
          else expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'EVENT_NOT_FOUND' });
        }
      }
      const library = await ok(t, LIBRARY_EVENTS, { slug: w.library.slug }, token(who));
      const titles = library.library.events.map((e: { title: string }) => e.title);
      for (const k of kinds) expect(titles.includes(ev[k].title)).toBe(sees[who].includes(k));
    });

    it('a refused RSVP wrote nothing', async () => {
      expect(
        await t.sql(`SELECT user_id FROM event_rsvps WHERE event_id = ANY($1) AND user_id = ANY($2)`, [
          [ev.restricted.id, ev.priv.id],
          [w.outsider.id, w.member.id],
        ]),
      ).toEqual([]);
    });

    it('server-rendered pages, iCalendar files and feeds, sitemap and search: only the public event', async () => {
      const get = (path: string) => request(t.url).get(path);
      const hidden = [ev.restricted.title, ev.priv.title, 'meet.example/geheim'];
      const pages = [
        `/community/${w.pub.slug}`,
        `/community/${w.restricted.slug}`,
        `/community/${w.priv.slug}`,
        `/library/${w.library.slug}`,
        `/library/${w.library.slug}/events.ics`,
        `/community/${w.pub.slug}/events.ics`,
        `/event/${ev.pub.id}`,
        `/event/${ev.pub.id}.ics`,
        '/sitemap.xml',
      ];
      for (const path of pages) {
        const res = await get(path);
        for (const text of hidden) expect({ path, leaks: res.text.includes(text) }).toEqual({ path, leaks: false });
      }
      for (const k of ['restricted', 'priv'] as const) {
        expect((await get(`/event/${ev[k].id}`)).status).toBe(404);
        expect((await get(`/event/${ev[k].id}.ics`)).status).toBe(404);
      }
      expect((await get(`/community/${w.restricted.slug}/events.ics`)).status).toBe(404);
      expect((await get(`/community/${w.priv.slug}/events.ics`)).status).toBe(404);
      // The public one is there, with its JSON-LD Event, in Amsterdam time on the page.
      const community = await get(`/community/${w.pub.slug}`);
      expect(community.text).toContain(ev.pub.title);
      const page = await get(`/event/${ev.pub.id}`);
      expect(page.status).toBe(200);
      const ld = [...page.text.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
      expect(ld[0]).toMatchObject({
        '@type': 'Event',
        name: ev.pub.title,
        eventStatus: 'https://schema.org/EventScheduled',
        eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
        location: { '@type': 'Place', name: 'Bibliotheek, zaal 1' },
      });
      const library = await get(`/library/${w.library.slug}`);
      const libraryLd = [...library.text.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) =>
        JSON.parse(m[1]),
      );
      expect(libraryLd[0].event.map((e: { name: string }) => e.name)).toContain(ev.pub.title);
      const ics = await get(`/event/${ev.pub.id}.ics`);
      expect(ics.headers['content-type']).toMatch(/^text\/calendar/);
      expect(ics.text).toMatch(/BEGIN:VCALENDAR[\s\S]*BEGIN:VEVENT[\s\S]*END:VEVENT[\s\S]*END:VCALENDAR/);
      expect(ics.text).toContain(`SUMMARY:${ev.pub.title}`);
      expect(ics.text).toMatch(/DTSTART:\d{8}T\d{6}Z/);
      expect(ics.text).toContain(`UID:${ev.pub.id}@waardenet.example`);
      const feed = await get(`/library/${w.library.slug}/events.ics`);
      expect(feed.text).toContain(`SUMMARY:${ev.pub.title}`);
      // Events are not searchable at all (search covers threads, posts, communities and items).
      for (const who of [undefined, w.outsider.token, privateMember.token]) {
        const hits = await ok(t, SEARCH, { q: 'Hermans' }, who);
        expect(JSON.stringify(hits)).not.toContain(ev.priv.title);
      }
    });

    it('no live event is written for events: nothing reaches, or can be replayed from, a community channel', async () => {
      const logged = async () => (await t.sql(`SELECT count(*)::int AS n FROM live_events WHERE community_id = $1`, [w.priv.id]))[0];
      const before = await logged();
      const e = await create(w.priv.id, 'Besloten avond zonder live');
      await ok(t, RSVP, { input: { eventId: e.id, status: 'GOING' } }, privateMember.token);
      await ok(t, UPDATE, { input: { eventId: e.id, title: 'Besloten avond, nog steeds zonder live' } }, w.manager.token);
      await ok(t, CANCEL, { input: { eventId: e.id, reason: 'Verzet' } }, w.manager.token);
      expect(await logged()).toEqual(before);
    });
  });

  it('reminders a day before, by a clock the test moves: once, only to GOING readers; none for cancelled events; the cancellation is told', async () => {
    const reminders = t.app.get(EventReminders);
    const start = Date.now() + 5 * DAY;
    const e = await create(w.priv.id, 'Besloten lezing Nooteboom', {
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + HOUR).toISOString(),
    });
    const other = await create(w.priv.id, 'Besloten lezing die niet doorgaat', {
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + HOUR).toISOString(),
    });
    const leaver = await registerUser(t, { displayName: 'Vertrekker' });
    await member(w.priv.id, leaver);
    for (const u of [privateMember, leaver]) {
      await ok(t, RSVP, { input: { eventId: e.id, status: 'GOING' } }, u.token);
      await ok(t, RSVP, { input: { eventId: other.id, status: 'GOING' } }, u.token);
    }
    await ok(t, CANCEL, { input: { eventId: other.id, reason: 'De spreker is ziek' } }, w.manager.token);
    // The leaver leaves the private community before the reminder.
    await t.sql(`DELETE FROM memberships WHERE community_id = $1 AND user_id = $2`, [w.priv.id, leaver.id]);
    const count = async (kind: string, eventId: string) =>
      (
        await t.sql<{ recipient_id: string }>(`SELECT recipient_id FROM notifications WHERE kind = $1 AND subject_id = $2`, [kind, eventId])
      ).map((r) => r.recipient_id);

    // Two days before: nothing yet.
    await reminders.runDue(new Date(start - 2 * DAY));
    expect(await count('EVENT_REMINDER', e.id)).toEqual([]);
    // 23 hours before: the reminder, to the member still reading the community only; the cancelled event none.
    await reminders.runDue(new Date(start - 23 * HOUR));
    expect(await count('EVENT_REMINDER', e.id)).toEqual([privateMember.id]);
    expect(await count('EVENT_REMINDER', other.id)).toEqual([]);
    // Once.
    expect(await reminders.runDue(new Date(start - 22 * HOUR))).toBe(0);
    expect(await count('EVENT_REMINDER', e.id)).toEqual([privateMember.id]);
    // Both had answered GOING when it was cancelled: both told (the leaver was still a member then).
    expect((await count('EVENT_CANCELLED', other.id)).sort()).toEqual([privateMember.id, leaver.id].sort());

    const inbox = (await ok(t, NOTIFICATIONS, {}, privateMember.token)).notifications.edges.map(
      (e: { node: { kind: string; event: { title: string } | null } }) => e.node,
    );
    expect(inbox).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'EVENT_REMINDER', event: expect.objectContaining({ title: 'Besloten lezing Nooteboom' }) }),
        expect.objectContaining({
          kind: 'EVENT_CANCELLED',
          event: expect.objectContaining({ title: 'Besloten lezing die niet doorgaat' }),
        }),
      ]),
    );
    // Having left, the leaver is told nothing more about it: the notice keeps its kind, but neither the event nor the community.
    const leaverInbox = (await ok(t, NOTIFICATIONS, {}, leaver.token)).notifications.edges
      .map((e: { node: { kind: string } }) => e.node)
      .filter((n: { kind: string }) => n.kind.startsWith('EVENT_'));
    expect(leaverInbox).toEqual([{ kind: 'EVENT_CANCELLED', community: null, event: null }]);

    // A cancelled event refuses answers and changes; the cancellation was logged with its reason.
    expect(
      (await gql(t, RSVP, { input: { eventId: other.id, status: 'GOING' } }, privateMember.token)).errors?.[0]?.extensions,
    ).toMatchObject({
      code: 'CONFLICT',
      reason: 'EVENT_CANCELLED',
    });
    expect(
      (await gql(t, UPDATE, { input: { eventId: other.id, title: 'Toch wel' } }, w.manager.token)).errors?.[0]?.extensions?.reason,
    ).toBe('EVENT_CANCELLED');
    expect(await t.sql(`SELECT reason FROM moderation_actions WHERE action = 'CANCEL_EVENT' AND target_id = $1`, [other.id])).toEqual([
      { reason: 'De spreker is ziek' },
    ]);

    // Moving the start later earns a new reminder.
    await ok(
      t,
      UPDATE,
      { input: { eventId: e.id, startsAt: new Date(start + DAY).toISOString(), endsAt: new Date(start + DAY + HOUR).toISOString() } },
      w.manager.token,
    );
    expect(await reminders.runDue(new Date(start - 23 * HOUR))).toBe(0);
    await reminders.runDue(new Date(start + HOUR));
    expect(await count('EVENT_REMINDER', e.id)).toEqual([privateMember.id, privateMember.id]);
  });
});
