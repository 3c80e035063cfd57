import '../../i18n/email';
import { useEffect, useState } from 'preact/hooks';
import { CONFIRM_EMAIL_CHANGE, VERIFY_EMAIL } from '../../api/operations-email';
import { refreshSession, session } from '../../api/session';
import { asApiError, postGraphql, type Document } from '../../api/transport';
import { PageHeading } from '../../components/PageHeading';
import { errorText } from '../../components/Status';
import { type MessageKey, t } from '../../i18n';
import { Link, paths } from '../../router';

type Outcome = { state: 'working' } | { state: 'done' } | { state: 'refused'; text: string; askNew?: boolean };

/**
 * Uses a mailed link's token once, as the page opens. The token is the proof, whoever opens it (signed in
 * or not, on any device); a signed-in tab refreshes its session after, so the banner and rights follow.
 */
function useTokenLink(token: string, mutation: Document<unknown, { token: string }>, refusals: Record<string, MessageKey>): Outcome {
  const [outcome, setOutcome] = useState<Outcome>({ state: 'working' });
  useEffect(() => {
    if (!token) return;
    postGraphql(mutation, { token }).then(
      async () => {
        if (session.get().status === 'signedIn') await refreshSession();
        setOutcome({ state: 'done' });
      },
      (e: unknown) => {
        const apiError = asApiError(e);
        const key = apiError.reason ? refusals[apiError.reason] : undefined;
        setOutcome({
          state: 'refused',
          text: key ? t(key) : errorText(apiError),
          askNew: apiError.reason?.endsWith('_TOKEN_EXPIRED') || apiError.reason?.endsWith('_TOKEN_INVALID'),
        });
      },
    );
  }, [token]);
  if (!token) return { state: 'refused', text: t('email.noToken') };
  return outcome;
}

function Result({ outcome, working, done, askNew }: { outcome: Outcome; working: MessageKey; done: MessageKey; askNew?: MessageKey }) {
  if (outcome.state === 'working') return <p role="status">{t(working)}</p>;
  if (outcome.state === 'done') {
    return (
      <>
        <p class="notice" role="status">
          {t(done)}
        </p>
        <p>
          <Link href={paths.home()}>{t('email.toHome')}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <p class="error" role="alert">
        {outcome.text}
      </p>
      {outcome.askNew && askNew ? <p>{t(askNew)}</p> : null}
      <p>
        <Link href={paths.home()}>{t('email.toHome')}</Link>
      </p>
    </>
  );
}

/** The page the verification mail's link opens: /verify-email?token=… */
export function VerifyEmailScreen({ token }: { token: string }) {
  const outcome = useTokenLink(token, VERIFY_EMAIL, {
    VERIFY_TOKEN_INVALID: 'email.verifyInvalid',
    VERIFY_TOKEN_EXPIRED: 'email.verifyExpired',
  });
  return (
    <>
      <PageHeading title={t('email.verifyTitle')} />
      <Result outcome={outcome} working="email.verifying" done="email.verified" askNew="email.askNew" />
    </>
  );
}

/** The page the link mailed to a new address opens: /confirm-email?token=… */
export function ConfirmEmailScreen({ token }: { token: string }) {
  const outcome = useTokenLink(token, CONFIRM_EMAIL_CHANGE, {
    EMAIL_CHANGE_TOKEN_INVALID: 'email.confirmInvalid',
    EMAIL_CHANGE_TOKEN_EXPIRED: 'email.confirmExpired',
    EMAIL_TAKEN: 'email.confirmTaken',
  });
  return (
    <>
      <PageHeading title={t('email.confirmTitle')} />
      <Result outcome={outcome} working="email.confirming" done="email.confirmed" />
    </>
  );
}
