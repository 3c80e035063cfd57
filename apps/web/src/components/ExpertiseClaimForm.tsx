import '../i18n/lazy';
import { useState } from 'preact/hooks';
import { request } from '../api/client';
import { CLAIM_EXPERTISE } from '../api/operations-search';
import { asApiError, type ApiError } from '../api/transport';
import { t } from '../i18n';
import { announce } from './Announcer';
import { ErrorMessage } from './Status';
import { TextField } from './TextField';

type Props = {
  /** Prefix of the form's ids: `<id>-topic`, `<id>-evidence`, `<id>-library`. */
  id: string;
  /** The submit button's text. */
  submit: string;
  /** Said (and shown under the form) once the claim is in. */
  sent: string;
  claimed(): void;
} & (
  | /** On a library's page: the claim goes to this library. */ { libraryId: string; libraries?: never }
  | /** On the profile: the claimant picks the library (only its staff review the claim). */ {
      libraryId?: never;
      libraries: { id: string; name: string }[];
    }
);

/**
 * The one form that claims expertise: a topic and its evidence, at a library that reviews it. The first empty
 * field gets the focus and says what is missing; the server's refusal is shown under the form.
 */
export function ExpertiseClaimForm(props: Props) {
  const { id, claimed } = props;
  const [topic, setTopic] = useState('');
  const [evidence, setEvidence] = useState('');
  const [chosen, setChosen] = useState('');
  const [missing, setMissing] = useState<{ topic?: boolean; evidence?: boolean; library?: boolean }>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [sent, setSent] = useState(false);
  const libraryId = props.libraryId ?? chosen;
  const submit = async (event: Event) => {
    event.preventDefault();
    const gaps = { topic: !topic.trim(), evidence: !evidence.trim(), library: !libraryId };
    setMissing(gaps);
    setSent(false);
    if (gaps.topic || gaps.evidence || gaps.library) {
      document.getElementById(`${id}-${gaps.topic ? 'topic' : gaps.evidence ? 'evidence' : 'library'}`)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await request(CLAIM_EXPERTISE, { input: { topic: topic.trim(), evidence: evidence.trim(), libraryId } });
      setTopic('');
      setEvidence('');
      setChosen('');
      setSent(true);
      announce(props.sent);
      claimed();
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-form-heading`} class="settings-form">
      <h3 id={`${id}-form-heading`}>{t('expertise.claimHeading')}</h3>
      <TextField
        id={`${id}-topic`}
        label={t('expertise.topic')}
        hint={t('expertise.topicHint')}
        value={topic}
        onInput={setTopic}
        error={missing.topic ? t('expertise.topicMissing') : null}
      />
      <TextField
        id={`${id}-evidence`}
        label={t('expertise.evidence')}
        hint={t('expertise.evidenceHint')}
        value={evidence}
        onInput={setEvidence}
        error={missing.evidence ? t('expertise.evidenceMissing') : null}
      />
      {props.libraries ? (
        <div class="field">
          <label for={`${id}-library`}>{t('expertise.library')}</label>
          <p class="hint" id={`${id}-library-hint`}>
            {t('expertise.libraryHint')}
          </p>
          <select
            id={`${id}-library`}
            name={`${id}-library`}
            value={chosen}
            aria-invalid={missing.library ? true : undefined}
            aria-describedby={missing.library ? `${id}-library-hint ${id}-library-error` : `${id}-library-hint`}
            onChange={(e) => setChosen(e.currentTarget.value)}
          >
            <option value="">{t('expertise.libraryChoose')}</option>
            {props.libraries.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
          {missing.library ? (
            <p class="field-error" id={`${id}-library-error`}>
              {t('expertise.libraryMissing')}
            </p>
          ) : null}
        </div>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
      {sent ? <p class="notice">{props.sent}</p> : null}
      <p class="actions">
        <button type="submit" disabled={busy}>
          {props.submit}
        </button>
      </p>
    </form>
  );
}
