import '../../i18n/lazy';
import '../../i18n/moderation';
import '../../i18n/events';
import { useState } from 'preact/hooks';
import { request } from '../../api/client';
import { COMMUNITY_EVENT_LIST, CREATE_EVENT, EVENT_PAGE, UPDATE_EVENT } from '../../api/operations-events';
import { ApiError, asApiError } from '../../api/transport';
import { useLoader } from '../../api/use-query';
import { announce } from '../../components/Announcer';
import { Breadcrumb } from '../../components/Breadcrumb';
import { PageHeading } from '../../components/PageHeading';
import { FormFailure, Loading, ScreenError } from '../../components/Status';
import { TextField } from '../../components/TextField';
import { t } from '../../i18n';
import { navigate, paths } from '../../router';
import { fromAmsterdamInput, toAmsterdamInput } from './amsterdam';

interface Values {
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  location: string;
  onlineUrl: string;
  capacity: string;
}

interface Target {
  communityId: string;
  communitySlug: string;
  communityName: string;
  eventId: string | null;
  values: Values;
}

/** A week from now at 19:30 to 21:00 (Amsterdam): a sensible first guess for a reading club. */
function defaults(): Values {
  const day = toAmsterdamInput(new Date(Date.now() + 7 * 86_400_000).toISOString()).slice(0, 10);
  return { title: '', description: '', startsAt: `${day}T19:30`, endsAt: `${day}T21:00`, location: '', onlineUrl: '', capacity: '' };
}

/** /community/<slug>/new-event and /event/<id>/edit: the event form for a community's moderators and its library's staff. */
export function EventFormScreen({ slug, eventId }: { slug?: string; eventId?: string }) {
  const { data, error } = useLoader<Target | null>(`event-form|${slug ?? ''}|${eventId ?? ''}`, async () => {
    if (eventId) {
      const e = (await request(EVENT_PAGE, { id: eventId })).libraryEvent;
      if (!e) return null;
      return {
        communityId: e.community.id,
        communitySlug: e.community.slug,
        communityName: e.community.name,
        eventId: e.id,
        values: {
          title: e.title,
          description: e.description,
          startsAt: toAmsterdamInput(e.startsAt),
          endsAt: toAmsterdamInput(e.endsAt),
          location: e.location ?? '',
          onlineUrl: e.onlineUrl ?? '',
          capacity: e.capacity?.toString() ?? '',
        },
      };
    }
    const c = (await request(COMMUNITY_EVENT_LIST, { slug: slug ?? '' })).community;
    return { communityId: c.id, communitySlug: c.slug, communityName: c.name, eventId: null, values: defaults() };
  });
  const title = eventId ? t('events.form.editTitle') : t('events.new');
  if (error) return <ScreenError title={title} error={error} />;
  if (data === null)
    return <ScreenError title={title} error={new ApiError('NOT_FOUND', t('events.notFound'), {}, undefined, 'EVENT_NOT_FOUND')} />;
  if (!data) return <Loading />;
  return <EventForm target={data} />;
}

function EventForm({ target }: { target: Target }) {
  const [values, setValues] = useState<Values>(target.values);
  const [errors, setErrors] = useState<Partial<Record<keyof Values, string>>>({});
  const [failure, setFailure] = useState<ApiError | string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof Values) => (value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const startsAt = fromAmsterdamInput(values.startsAt);
    const endsAt = fromAmsterdamInput(values.endsAt);
    const capacity = values.capacity.trim() ? Number(values.capacity) : null;
    const local: Partial<Record<keyof Values, string>> = {};
    if (!startsAt) local.startsAt = t('events.form.badTime');
    if (!endsAt) local.endsAt = t('events.form.badTime');
    if (capacity !== null && !Number.isInteger(capacity)) local.capacity = t('events.form.badNumber');
    if (Object.keys(local).length) {
      setErrors(local);
      focusFirst(local);
      return;
    }
    const fields = {
      title: values.title,
      description: values.description,
      startsAt,
      endsAt,
      location: values.location.trim() || null,
      onlineUrl: values.onlineUrl.trim() || null,
      capacity,
    };
    setBusy(true);
    setFailure(null);
    try {
      let id = target.eventId;
      if (id) await request(UPDATE_EVENT, { input: { eventId: id, ...fields } });
      else
        id = (
          await request(CREATE_EVENT, {
            input: { communityId: target.communityId, ...fields, startsAt: startsAt ?? '', endsAt: endsAt ?? '' },
          })
        ).createEvent.id;
      announce(t('events.form.saved'));
      navigate(paths.event(id));
    } catch (e) {
      const error = asApiError(e);
      const fieldErrors = fieldErrorsOf(error);
      if (Object.keys(fieldErrors).length) {
        setErrors(fieldErrors);
        focusFirst(fieldErrors);
      }
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Breadcrumb parents={[{ href: paths.community(target.communitySlug), label: target.communityName }]} />
      <PageHeading title={target.eventId ? t('events.form.editTitle') : t('events.form.newTitle', { community: target.communityName })} />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <TextField id="event-title" label={t('events.form.title')} value={values.title} onInput={set('title')} error={errors.title} />
        <div class="field">
          <label for="event-description">{t('events.form.description')}</label>
          <textarea
            id="event-description"
            value={values.description}
            maxLength={4000}
            onInput={(e) => set('description')(e.currentTarget.value)}
          />
        </div>
        <TextField
          id="event-startsAt"
          type="datetime-local"
          label={t('events.form.startsAt')}
          value={values.startsAt}
          onInput={set('startsAt')}
          error={errors.startsAt}
        />
        <TextField
          id="event-endsAt"
          type="datetime-local"
          label={t('events.form.endsAt')}
          value={values.endsAt}
          onInput={set('endsAt')}
          error={errors.endsAt}
        />
        <TextField
          id="event-location"
          label={t('events.form.location')}
          hint={t('events.form.locationHint')}
          value={values.location}
          onInput={set('location')}
          error={errors.location}
        />
        <TextField
          id="event-onlineUrl"
          label={t('events.form.onlineUrl')}
          value={values.onlineUrl}
          onInput={set('onlineUrl')}
          error={errors.onlineUrl}
        />
        <TextField
          id="event-capacity"
          label={t('events.form.capacity')}
          hint={t('events.form.capacityHint')}
          value={values.capacity}
          onInput={set('capacity')}
          error={errors.capacity}
        />
        <FormFailure failure={failure} />
        <p class="actions">
          <button type="submit" disabled={busy}>
            {target.eventId ? t('events.form.save') : t('events.form.create')}
          </button>
        </p>
      </form>
    </>
  );
}

const FIELD_NAMES: (keyof Values)[] = ['title', 'description', 'startsAt', 'endsAt', 'location', 'onlineUrl', 'capacity'];

/** The api's field errors (extensions.fields) on this form's fields, with the refusal's message where it names none. */
function fieldErrorsOf(error: ApiError): Partial<Record<keyof Values, string>> {
  const fields: Record<string, unknown> = error.fields;
  const out: Partial<Record<keyof Values, string>> = {};
  for (const name of FIELD_NAMES) if (fields[name]) out[name] = error.message;
  return out;
}

function focusFirst(errors: Partial<Record<keyof Values, string>>): void {
  const first = FIELD_NAMES.find((f) => errors[f]);
  if (first) document.getElementById(`event-${first}`)?.focus();
}
