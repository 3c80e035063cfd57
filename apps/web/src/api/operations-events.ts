/** Library events (issue #18 ask 6): lists on the community and library pages, the event page with RSVP, the staff's form. */
import { graphql } from './generated';
import type { EventPageQuery, CommunityEventListQuery } from './generated/graphql';

export const COMMUNITY_EVENT_LIST = graphql(`
  query CommunityEventList($slug: String!) {
    community(slug: $slug) {
      id slug name viewerCanModerate
      events { id title startsAt endsAt location onlineUrl capacity cancelledAt goingCount placesLeft viewerRsvp }
    }
  }
`);
export type ListedEvent = CommunityEventListQuery['community']['events'][number];

export const LIBRARY_EVENT_LIST = graphql(`
  query LibraryEventList($slug: String!) {
    library(slug: $slug) {
      id slug
      events { id title startsAt endsAt location onlineUrl capacity cancelledAt goingCount placesLeft viewerRsvp }
    }
  }
`);

export const EVENT_PAGE = graphql(`
  query EventPage($id: ID!) {
    libraryEvent(id: $id) {
      id title description startsAt endsAt location onlineUrl capacity cancelledAt cancelReason
      goingCount waitlistCount placesLeft viewerRsvp viewerCanManage
      community { id slug name }
      attendees { status user { id displayName handle } }
    }
  }
`);
export type EventDetails = NonNullable<EventPageQuery['libraryEvent']>;

export const EVENT_ICS = graphql(`
  query EventIcs($id: ID!) {
    libraryEvent(id: $id) { id ics }
  }
`);

export const RSVP_EVENT = graphql(`
  mutation RsvpEvent($input: RsvpInput!) {
    rsvpEvent(input: $input) { id viewerRsvp goingCount waitlistCount placesLeft }
  }
`);

export const CREATE_EVENT = graphql(`
  mutation CreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) { id }
  }
`);

export const UPDATE_EVENT = graphql(`
  mutation UpdateEvent($input: UpdateEventInput!) {
    updateEvent(input: $input) { id }
  }
`);

export const CANCEL_EVENT = graphql(`
  mutation CancelEvent($input: CancelEventInput!) {
    cancelEvent(input: $input) { id cancelledAt cancelReason }
  }
`);
