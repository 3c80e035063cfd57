import '../i18n/lazy';
import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from '../api/client';
import { graphql } from '../api/generated';
import { asApiError, type ApiError } from '../api/transport';
import { t } from '../i18n';
import { announce } from './Announcer';
import { ErrorMessage } from './Status';

export const REPORT_CONTENT = graphql(`mutation ReportContent($input: ReportContentInput!) { reportContent(input: $input) { id } }`);
const REASONS = ['SPAM', 'ABUSE', 'OFF_TOPIC', 'PERSONAL_DATA', 'OTHER'] as const;
type Reason = (typeof REASONS)[number];
const REASON_TEXT = {
  SPAM: 'report.SPAM',
  ABUSE: 'report.ABUSE',
  OFF_TOPIC: 'report.OFF_TOPIC',
  PERSONAL_DATA: 'report.PERSONAL_DATA',
  OTHER: 'report.OTHER',
} as const;

interface Props {
  postId: string;
  authorName: string;
  /** Called when the dialog closes; `reported` when the report was sent (or had been already). */
  close(reported: boolean): void;
}

/**
 * Reporting a post to the community's moderators: a modal <dialog> (the browser keeps the focus in
 * it and closes it on Escape) with the reason and an optional note.
 */
export function ReportDialog({ postId, authorName, close }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState<Reason | null>(null);
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const ids = `report-${postId}`;
  const closed = useRef(false);
  const finish = (reported: boolean) => {
    if (closed.current) return;
    closed.current = true;
    if (dialog.current?.open) dialog.current.close();
    close(reported);
  };

  useEffect(() => {
    const d = dialog.current;
    if (!d) return undefined;
    d.showModal();
    const onCancel = (event: Event) => {
      event.preventDefault();
      finish(false);
    };
    d.addEventListener('cancel', onCancel);
    return () => d.removeEventListener('cancel', onCancel);
  }, []);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!reason) {
      setMissing(true);
      dialog.current?.querySelector<HTMLInputElement>('input[type=radio]')?.focus();
      return;
    }
    setMissing(false);
    setBusy(true);
    setError(null);
    try {
      await request(REPORT_CONTENT, { input: { postId, reason, note: note.trim() || undefined } });
      announce(t('reportForm.thanks'));
      finish(true);
    } catch (e) {
      const err = asApiError(e);
      if (err.code === 'CONFLICT') {
        announce(t('reportForm.already'));
        finish(true);
        return;
      }
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} class="dialog" aria-labelledby={`${ids}-title`}>
      <form onSubmit={submit} noValidate>
        <h2 id={`${ids}-title`}>{t('reportForm.title', { name: authorName })}</h2>
        <p class="hint">{t('reportForm.intro')}</p>
        <fieldset class="field" aria-describedby={missing ? `${ids}-missing` : undefined}>
          <legend>{t('reportForm.reason')}</legend>
          {REASONS.map((r) => (
            <label key={r} class="choice">
              <input
                type="radio"
                name={`${ids}-reason`}
                value={r}
                checked={reason === r}
                aria-invalid={missing ? true : undefined}
                onChange={() => setReason(r)}
              />{' '}
              {t(REASON_TEXT[r])}
            </label>
          ))}
          {missing ? (
            <p class="field-error" id={`${ids}-missing`}>
              {t('reportForm.reasonMissing')}
            </p>
          ) : null}
        </fieldset>
        <div class="field">
          <label for={`${ids}-note`}>{t('reportForm.note')}</label>
          <textarea id={`${ids}-note`} rows={3} maxLength={1000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        </div>
        {error ? <ErrorMessage error={error} /> : null}
        <p class="actions">
          <button type="submit" disabled={busy}>
            {t('reportForm.submit')}
          </button>
          <button type="button" class="secondary" onClick={() => finish(false)}>
            {t('common.cancel')}
          </button>
        </p>
      </form>
    </dialog>
  );
}
