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

/** What went wrong, in the visitor's language; the server's own words are English and for logs. */
export function errorText(error: ApiError): string {
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

export function ErrorMessage({ error }: { error: ApiError }) {
  return (
    <p class="error" role="alert">
      {errorText(error)}
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
