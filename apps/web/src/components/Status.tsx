import type { ApiError } from '../api/transport';
import { t } from '../i18n';
import { Link, paths } from '../router';
import { PageHeading } from './PageHeading';

export function Loading() {
  return (
    <p class="loading" role="status">
      {t('common.loading')}
    </p>
  );
}

/** Codes whose refusals the server words itself, in the language the client sent (Accept-Language, docs/errors.md). */
const SERVER_WORDED = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED', 'BAD_USER_INPUT']);

/** Lists whose cursor the server no longer takes: the way out is to load the page again. */
export const needsReload = (error: ApiError) => error.reason === 'CURSOR_EXPIRED' || error.reason === 'CURSOR_INVALID';

/**
 * What went wrong, in the visitor's language: a refusal with its own reason in the server's words (they
 * name the rule, and a rate limit says when to try again); one with only its code's reason, our own.
 */
export function errorText(error: ApiError): string {
  if (error.reason === 'EMAIL_NOT_VERIFIED') return t('verify.needed');
  if (error.reason && error.reason !== error.code && error.message && SERVER_WORDED.has(error.code)) return error.message;
  switch (error.code) {
    case 'NETWORK':
      return t('errors.network');
    case 'UNAUTHENTICATED':
      return t('errors.unauthenticated');
    case 'FORBIDDEN':
      return error.reason === 'EMAIL_NOT_VERIFIED' ? t('verify.needed') : t('errors.forbidden');
    case 'NOT_FOUND':
      return t('errors.notFound');
    case 'RATE_LIMITED':
      return error.retryAfterSeconds ? t('errors.rateLimitedFor', { seconds: error.retryAfterSeconds }) : t('errors.rateLimited');
    case 'CONFLICT':
      return t('errors.conflict');
    case 'BAD_USER_INPUT':
      return t('errors.badInput');
    default:
      return t('errors.unexpected');
  }
}

/** A form's own failure (not tied to one field): a sentence of ours, or the server's refusal; nothing when there is none. */
export function FormFailure({ failure }: { failure: string | ApiError | null | undefined }) {
  if (!failure) return null;
  if (typeof failure !== 'string') return <ErrorMessage error={failure} />;
  return (
    <p class="error" role="alert">
      {failure}
    </p>
  );
}

export function ErrorMessage({ error }: { error: ApiError }) {
  return (
    <p class="error" role="alert">
      {errorText(error)}
      {needsReload(error) && (
        <>
          {' '}
          <button type="button" class="link-button" onClick={() => location.reload()}>
            {t('errors.reload')}
          </button>
        </>
      )}
    </p>
  );
}

/** A whole screen that could not load: its heading, why, and the way home. */
export function ScreenError({ title, error }: { title: string; error: ApiError }) {
  return (
    <>
      <PageHeading title={title} />
      <ErrorMessage error={error} />
      <p>
        <Link href={paths.home()}>{t('common.backHome')}</Link>
      </p>
    </>
  );
}
