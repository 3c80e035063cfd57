import { useState } from 'preact/hooks';
import type { ApiError } from '../../api/transport';
import { ErrorMessage } from '../../components/Status';
import { TextField } from '../../components/TextField';
import { t } from '../../i18n';

export interface ContentValues {
  title: string;
  body: string;
  tags: string;
  campaign: string;
  licence: string;
  validFrom: string;
  validUntil: string;
  sharedNationally: boolean;
}

export const emptyContent: ContentValues = {
  title: '',
  body: '',
  tags: '',
  campaign: '',
  licence: '',
  validFrom: '',
  validUntil: '',
  sharedNationally: false,
};

type Errors = Partial<Record<keyof ContentValues, string>>;

/** The field errors the client can tell before asking the server (the server says the rest per field). */
function check(v: ContentValues): Errors {
  const errors: Errors = {};
  if (v.title.trim().length < 3 || v.title.trim().length > 200) errors.title = t('net.titleLength');
  if (!v.body.trim()) errors.body = t('net.required');
  if (v.validFrom && v.validUntil && v.validUntil < v.validFrom) errors.validUntil = t('net.untilBeforeFrom');
  return errors;
}

/** The input's tags: comma separated, trimmed, without empties. */
export const tagsOf = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** A field error the server gave (BAD_USER_INPUT with fields) for one of the form's fields. */
function serverFieldErrors(error: ApiError | null): Errors {
  const fields = error?.fields;
  if (!fields) return {};
  const out: Errors = {};
  for (const [name, messages] of Object.entries(fields)) if (name in emptyContent) out[name as keyof ContentValues] = messages.join(' ');
  return out;
}

interface Props {
  id: string;
  initial: ContentValues;
  /** Whether "share with every library" applies (a LOCAL library's item). */
  canShare: boolean;
  submitLabel: string;
  busy: boolean;
  error: ApiError | null;
  save(values: ContentValues): void;
}

/** The content item's fields, for creating and for changing one. */
export function ContentForm({ id, initial, canShare, submitLabel, busy, error, save }: Props) {
  const [v, setV] = useState<ContentValues>(initial);
  const [errors, setErrors] = useState<Errors>({});
  const set = <K extends keyof ContentValues>(key: K, value: ContentValues[K]) => {
    setV((old) => ({ ...old, [key]: value }));
    setErrors((old) => ({ ...old, [key]: undefined }));
  };
  const shown = { ...serverFieldErrors(error), ...errors };

  const submit = (event: Event) => {
    event.preventDefault();
    const found = check(v);
    setErrors(found);
    const first = (Object.keys(found) as (keyof ContentValues)[])[0];
    if (first) {
      document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    save(v);
  };
  const dateField = (key: 'validFrom' | 'validUntil', label: string) => (
    <TextField id={`${id}-${key}`} type="date" label={label} value={v[key]} onInput={(x) => set(key, x)} error={shown[key]} />
  );

  return (
    <form class="settings-form" aria-labelledby={`${id}-heading`} onSubmit={submit} noValidate>
      <TextField id={`${id}-title`} label={t('net.itemTitle')} value={v.title} onInput={(x) => set('title', x)} error={shown.title} />
      <div class="field">
        <label for={`${id}-body`}>{t('net.itemBody')}</label>
        <p class="hint" id={`${id}-body-hint`}>
          {t('net.itemBodyHint')}
        </p>
        <textarea
          id={`${id}-body`}
          rows={8}
          value={v.body}
          aria-invalid={shown.body ? true : undefined}
          aria-describedby={`${id}-body-hint${shown.body ? ` ${id}-body-error` : ''}`}
          onInput={(e) => set('body', e.currentTarget.value)}
        />
        {shown.body ? (
          <p class="field-error" id={`${id}-body-error`}>
            {shown.body}
          </p>
        ) : null}
      </div>
      <TextField
        id={`${id}-tags`}
        label={t('net.tags')}
        hint={t('net.tagsHint')}
        value={v.tags}
        onInput={(x) => set('tags', x)}
        error={shown.tags}
      />
      <TextField
        id={`${id}-campaign`}
        label={t('net.campaign')}
        value={v.campaign}
        onInput={(x) => set('campaign', x)}
        error={shown.campaign}
      />
      <TextField
        id={`${id}-licence`}
        label={t('net.licence')}
        hint={t('net.licenceHint')}
        value={v.licence}
        onInput={(x) => set('licence', x)}
        error={shown.licence}
      />
      {dateField('validFrom', t('net.validFrom'))}
      {dateField('validUntil', t('net.validUntil'))}
      {canShare ? (
        <div class="field">
          <label class="choice">
            <input type="checkbox" checked={v.sharedNationally} onChange={(e) => set('sharedNationally', e.currentTarget.checked)} />{' '}
            {t('net.sharedNationally')}
          </label>
        </div>
      ) : null}
      {error && !Object.keys(serverFieldErrors(error)).length ? <ErrorMessage error={error} /> : null}
      <p class="actions">
        <button type="submit" disabled={busy}>
          {submitLabel}
        </button>
      </p>
    </form>
  );
}
