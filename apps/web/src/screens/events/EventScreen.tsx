import '../../i18n/lazy';
import '../../i18n/moderation';
import '../../i18n/events';
import { useState } from 'preact/hooks';
import { request } from '../../api/client';
import type { RsvpStatus } from '../../api/generated/graphql';
import { CANCEL_EVENT, EVENT_ICS, EVENT_PAGE, RSVP_EVENT, type EventDetails } from '../../api/operations-events';
import { session } from '../../api/session';
import { asApiError, type ApiError } from '../../api/transport';
import { useQuery } from '../../api/use-query';
import { announce } from '../../components/Announcer';
import { Breadcrumb } from '../../components/Breadcrumb';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageHeading } from '../../components/PageHeading';
import { ErrorMessage, Loading, ScreenError } from '../../components/Status';
import { locale, t, tn } from '../../i18n';
import { Link, paths } from '../../router';
import { useStore } from '../../store';
import { formatEventTime, toAmsterdamInput } from './amsterdam';

/** /event/<id>: an event with its time and place (Amsterdam time), RSVP, the .ics file; for its moderators: edit, cancel, sign-ups. */
export function EventScreen({ id }: { id: string }) {
  const { data, error, reload } = useQuery(EVENT_PAGE, { id });
  if (error) return <ScreenError title={t('events.heading')} error={error} />;
  if (!data) return <Loading />;
  const event = data.libraryEvent;
  if (!event) {
    return (
      <>
        <PageHeading title={t('events.heading')} />
        <p class="error">{t('events.notFound')}</p>
      </>
    );
  }
  return <EventDetailsView event={event} reload={reload} />;
}

function EventDetailsView({ event, reload }: { event: EventDetails; reload(): void }) {
  const lang = useStore(locale);
  const me = useStore(session);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const open = !event.cancelledAt && new Date(event.endsAt).getTime() > Date.now();

  const answer = async (status: RsvpStatus) => {
    setBusy(true);
    setFailure(null);
    setNotice(null);
    try {
      const { rsvpEvent } = await request(RSVP_EVENT, { input: { eventId: event.id, status } });
      setNotice(t(`events.rsvpDone.${rsvpEvent.viewerRsvp ?? 'NOT_GOING'}`));
      reload();
    } catch (e) {
      setFailure(asApiError(e));
    } finally {
      setBusy(false);
    }
  };
  const download = async () => {
    setFailure(null);
    try {
      const { libraryEvent } = await request(EVENT_ICS, { id: event.id });
      if (!libraryEvent) return;
      const url = URL.createObjectURL(new Blob([libraryEvent.ics], { type: 'text/calendar' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `${event.title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'activiteit'}.ics`;
      a.click();
      URL.revokeObjectURL(url);
    } catch (e) {
      setFailure(asApiError(e));
    }
  };
  const cancel = async (confirmed: boolean) => {
    if (!confirmed) {
      setCancelling(false);
      return;
    }
    if (!reason.trim()) return;
    setBusy(true);
    setFailure(null);
    try {
      await request(CANCEL_EVENT, { input: { eventId: event.id, reason: reason.trim() } });
      setCancelling(false);
      announce(t('events.cancelDone'));
      reload();
    } catch (e) {
      setFailure(asApiError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Breadcrumb parents={[{ href: paths.community(event.community.slug), label: event.community.name }]} />
      <PageHeading title={event.title} />
      {event.cancelledAt ? (
        <p class="notice" role="status">
          <strong>{t('events.cancelled')}</strong>
          {event.cancelReason ? `: ${event.cancelReason}` : null}
        </p>
      ) : null}
      <dl class="event-facts">
        <dt>{t('events.when')}</dt>
        <dd>
          <time dateTime={event.startsAt}>{formatEventTime(event.startsAt, lang)}</time> {t('events.until')}{' '}
          <time dateTime={event.endsAt}>{formatEventTime(event.endsAt, lang, !isSameDay(event))}</time>
        </dd>
        {event.location ? (
          <>
            <dt>{t('events.where')}</dt>
            <dd>{event.location}</dd>
          </>
        ) : null}
        {event.onlineUrl ? (
          <>
            <dt>{t('events.onlineLink')}</dt>
            <dd>
              <a href={event.onlineUrl} rel="noopener noreferrer">
                {event.onlineUrl}
              </a>
            </dd>
          </>
        ) : null}
        <dt>{t('events.capacity')}</dt>
        <dd>
          {event.capacity ?? t('events.noLimit')} · {tn('events.going', event.goingCount)}
          {event.waitlistCount ? ` · ${t('events.waiting', { count: event.waitlistCount })}` : null}
        </dd>
      </dl>
      {event.description ? <p class="event-description">{event.description}</p> : null}
      {open ? (
        <section aria-labelledby="rsvp-heading">
          <h2 id="rsvp-heading">{t('events.rsvpHeading')}</h2>
          {me.status === 'signedIn' ? (
            <>
              <p role="status">
                {notice ?? (event.viewerRsvp ? (event.viewerRsvp === 'WAITLISTED' ? t('events.youWait') : t('events.youGo')) : null)}
              </p>
              <p class="actions">
                <button type="button" disabled={busy} aria-pressed={event.viewerRsvp !== null} onClick={() => void answer('GOING')}>
                  {t('events.rsvpGoing')}
                </button>{' '}
                <button type="button" class="secondary" disabled={busy || !event.viewerRsvp} onClick={() => void answer('NOT_GOING')}>
                  {t('events.rsvpNotGoing')}
                </button>
              </p>
            </>
          ) : (
            <p>
              <Link href={paths.login(paths.event(event.id))}>{t('events.rsvpLogin')}</Link>
            </p>
          )}
        </section>
      ) : null}
      <p>
        <button type="button" class="secondary" onClick={() => void download()}>
          {t('events.ics')}
        </button>
      </p>
      {failure ? <ErrorMessage error={failure} /> : null}
      {event.viewerCanManage ? (
        <section aria-labelledby="manage-event-heading">
          <h2 id="manage-event-heading">{t('events.attendees')}</h2>
          {event.attendees?.length ? (
            <ol class="attendees">
              {event.attendees.map((a) => (
                <li key={a.user.id}>
                  {a.user.displayName}{' '}
                  <span class="muted">({t(`events.status.${a.status === 'WAITLISTED' ? 'WAITLISTED' : 'GOING'}`)})</span>
                </li>
              ))}
            </ol>
          ) : (
            <p class="muted">{tn('events.going', 0)}</p>
          )}
          {!event.cancelledAt ? (
            <p class="actions">
              <Link href={paths.editEvent(event.id)}>{t('events.edit')}</Link>{' '}
              <button type="button" class="danger" onClick={() => setCancelling(true)}>
                {t('events.cancel')}
              </button>
            </p>
          ) : null}
        </section>
      ) : null}
      {cancelling ? (
        <ConfirmDialog
          title={t('events.cancelTitle', { title: event.title })}
          confirm={t('events.cancelConfirm')}
          busy={busy || !reason.trim()}
          close={(ok) => void cancel(ok)}
        >
          <p>{t('events.cancelBody')}</p>
          <div class="field">
            <label for="cancel-reason">{t('events.cancelReason')}</label>
            <textarea id="cancel-reason" value={reason} maxLength={500} onInput={(e) => setReason(e.currentTarget.value)} />
          </div>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

function isSameDay(e: { startsAt: string; endsAt: string }): boolean {
  return toAmsterdamInput(e.startsAt).slice(0, 10) === toAmsterdamInput(e.endsAt).slice(0, 10);
}
