import '../../i18n/events';
import { request } from '../../api/client';
import { COMMUNITY_EVENT_LIST, LIBRARY_EVENT_LIST, type ListedEvent } from '../../api/operations-events';
import { useLoader } from '../../api/use-query';
import { locale, t, tn } from '../../i18n';
import { Link, paths } from '../../router';
import { useStore } from '../../store';
import { formatEventTime } from './amsterdam';

interface Props {
  /** Whose events: a community's (its moderators get "new event"), or a library's (all its communities the viewer may read). */
  of: 'community' | 'library';
  slug: string;
  /** The heading level of the section (the page's h1 is 1). */
  level?: 2 | 3;
}

/** The coming events of a community or a library, soonest first, with the public calendar feed. */
export function EventsSection({ of, slug, level = 2 }: Props) {
  const lang = useStore(locale);
  const { data } = useLoader(`events|${of}|${slug}`, async () =>
    of === 'community'
      ? (await request(COMMUNITY_EVENT_LIST, { slug })).community
      : { ...(await request(LIBRARY_EVENT_LIST, { slug })).library, viewerCanModerate: false },
  );
  if (!data) return null;
  const events = data.events;
  const canCreate = of === 'community' && data.viewerCanModerate;
  if (!events.length && !canCreate) return null;
  const Heading = level === 2 ? 'h2' : 'h3';
  const headingId = `events-heading-${of}`;
  const feed = `${of === 'community' ? paths.community(slug) : paths.library(slug)}/events.ics`;
  return (
    <section aria-labelledby={headingId} class="events">
      <Heading id={headingId}>{t('events.heading')}</Heading>
      {canCreate ? (
        <p>
          <Link href={paths.newEvent(slug)}>{t('events.new')}</Link>
        </p>
      ) : null}
      {events.length ? (
        <ul class="event-list">
          {events.map((e) => (
            <EventItem key={e.id} e={e} lang={lang} />
          ))}
        </ul>
      ) : (
        <p class="muted">{t('events.none')}</p>
      )}
      {events.length ? (
        <p class="muted">
          <a href={feed}>{t('events.calendar')}</a>
        </p>
      ) : null}
    </section>
  );
}

function EventItem({ e, lang }: { e: ListedEvent; lang: string }) {
  const where = [e.location, e.onlineUrl ? t('events.online') : null].filter(Boolean).join(' · ');
  return (
    <li class="event-item">
      <Link href={paths.event(e.id)}>{e.title}</Link>
      {e.cancelledAt ? <span class="badge">{t('events.cancelled')}</span> : null}
      <p class="card-meta">
        <time dateTime={e.startsAt}>{formatEventTime(e.startsAt, lang)}</time>
        {where ? ` · ${where}` : ''}
        {e.cancelledAt
          ? null
          : e.placesLeft === 0
            ? ` · ${t('events.full')}`
            : e.placesLeft !== null
              ? ` · ${tn('events.placesLeft', e.placesLeft)}`
              : ''}
        {e.viewerRsvp === 'GOING' ? ` · ${t('events.youGo')}` : e.viewerRsvp === 'WAITLISTED' ? ` · ${t('events.youWait')}` : ''}
      </p>
    </li>
  );
}
