import { ok } from './gql';
import { Attempt, Case, sqlValue } from './permission-cases-kit';
import { type PermissionWorld, populatedCommunity } from './permission-cases';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = Record<string, any>;
const DAY = 86_400_000;
const CREATE = `mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`;
const EVENT = (fields: string) => `query($id: ID!) { libraryEvent(id: $id) { ${fields} } }`;

const times = (ahead = 3 * DAY) => ({
  startsAt: new Date(Date.now() + ahead).toISOString(),
  endsAt: new Date(Date.now() + ahead + 7_200_000).toISOString(),
});

/**
 * A fresh event in `communityId`, planned by the library's staff, three days ahead (`ahead`: sooner, so it comes
 * first in a list of coming events; still more than a day ahead, so no reminder is written while the table runs).
 */
async function event(w: PermissionWorld, communityId: string, ahead = 3 * DAY): Promise<{ id: string }> {
  const data = await ok(w.t, CREATE, { input: { communityId, title: 'Leesclub', location: 'Zaal 1', ...times(ahead) } }, w.staff.token);
  return data.createEvent as { id: string };
}

/** A fresh event of the PUBLIC community that only the world's member said they would come to. */
async function eventWithMember(w: PermissionWorld): Promise<{ id: string }> {
  const e = await event(w, w.communities.pub.id);
  await w.t.sql(`INSERT INTO event_rsvps (event_id, user_id, status) VALUES ($1, $2, 'GOING')`, [e.id, w.actors.member!.id]);
  return e;
}

const field = (query: string, variables: Record<string, unknown>, value: (data: Data) => unknown, real: (data: Data) => void): Attempt => ({
  query,
  variables,
  value,
  verify: ({ data }) => real(data),
});

/** Library events (issue 18 ask 6): planned by a community's moderators, seen and answered by whoever may read its threads. */
export const EVENTS_CASES: Record<string, Case> = {
  // In a PRIVATE community: who may not see it is told it does not exist.
  createEvent: async (w) => {
    const c = await populatedCommunity(w, 'PRIVATE');
    return {
      query: CREATE,
      variables: { input: { communityId: c.id, title: 'Lezing', onlineUrl: 'https://meet.example/lezing', ...times() } },
      verify: async ({ viewer }) =>
        expect(await w.t.sql(`SELECT created_by_id, title FROM library_events WHERE community_id = $1`, [c.id])).toEqual([
          { created_by_id: viewer?.id, title: 'Lezing' },
        ]),
    };
  },
  // In the PUBLIC community.
  updateEvent: async (w) => {
    const e = await event(w, w.communities.pub.id);
    return {
      query: `mutation($input: UpdateEventInput!) { updateEvent(input: $input) { id } }`,
      variables: { input: { eventId: e.id, capacity: 12 } },
      verify: async () => expect(await sqlValue(w, `SELECT capacity FROM library_events WHERE id = $1`, [e.id])).toBe(12),
    };
  },
  // In the RESTRICTED community: who may not read it is told the event does not exist.
  cancelEvent: async (w) => {
    const e = await event(w, w.communities.restricted.id);
    return {
      query: `mutation($input: CancelEventInput!) { cancelEvent(input: $input) { id } }`,
      variables: { input: { eventId: e.id, reason: 'Ziek' } },
      verify: async () => expect(await sqlValue(w, `SELECT cancel_reason FROM library_events WHERE id = $1`, [e.id])).toBe('Ziek'),
    };
  },
  // In the PRIVATE community.
  rsvpEvent: async (w) => {
    const e = await event(w, w.communities.priv.id);
    return {
      query: `mutation($input: RsvpInput!) { rsvpEvent(input: $input) { id } }`,
      variables: { input: { eventId: e.id, status: 'GOING' } },
      verify: async ({ viewer }) =>
        expect(await sqlValue(w, `SELECT status FROM event_rsvps WHERE event_id = $1 AND user_id = $2`, [e.id, viewer?.id])).toBe('GOING'),
    };
  },
  // An event of the PRIVATE community.
  libraryEvent: async (w) => {
    const e = await event(w, w.communities.priv.id);
    return field(
      EVENT('id'),
      { id: e.id },
      (data) => data.libraryEvent,
      (data) => expect(data.libraryEvent).toEqual({ id: e.id }),
    );
  },
  'LibraryEvent.attendees': async (w) => {
    const e = await eventWithMember(w);
    const value = (data: Data) => data.libraryEvent.attendees;
    return field(EVENT('attendees { user { id } status }'), { id: e.id }, value, (data) =>
      expect(value(data)).toEqual([{ user: { id: w.actors.member!.id }, status: 'GOING' }]),
    );
  },
  'LibraryEvent.viewerRsvp': async (w) => {
    const e = await eventWithMember(w);
    const value = (data: Data) => data.libraryEvent.viewerRsvp;
    return field(EVENT('viewerRsvp'), { id: e.id }, value, (data) => expect(value(data)).toBe('GOING'));
  },
  'LibraryEvent.viewerCanManage': async (w) => {
    const e = await event(w, w.communities.pub.id);
    const value = (data: Data) => data.libraryEvent.viewerCanManage;
    return { query: EVENT('viewerCanManage'), variables: { id: e.id }, value, verify: ({ data }) => expect(value(data)).toBe(true) };
  },
  // The RESTRICTED community's events (only the one this cell made is looked at).
  'Community.events': async (w) => {
    const e = await event(w, w.communities.restricted.id);
    const value = (data: Data) => (data.community.events as { id: string }[]).filter((x) => x.id === e.id);
    return field(
      `query($slug: String!) { community(slug: $slug) { events(first: 100) { id } } }`,
      { slug: w.communities.restricted.slug },
      value,
      (data) => expect(value(data)).toEqual([{ id: e.id }]),
    );
  },
  // An event of the PRIVATE community, in the library's list (only the one this cell made is looked at).
  'Library.events': async (w) => {
    const e = await event(w, w.communities.priv.id, DAY + 3_600_000);
    const value = (data: Data) => (data.library.events as { id: string }[]).filter((x) => x.id === e.id);
    return field(`query($slug: String!) { library(slug: $slug) { events(first: 100) { id } } }`, { slug: w.library.slug }, value, (data) =>
      expect(value(data)).toEqual([{ id: e.id }]),
    );
  },
};
