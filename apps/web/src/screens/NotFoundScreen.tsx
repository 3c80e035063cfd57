import { PageHeading } from '../components/PageHeading';
import { t } from '../i18n';
import { Link, paths } from '../router';

export function NotFoundScreen() {
  return (
    <>
      <PageHeading title={t('notFound.title')} />
      <p>{t('notFound.text')}</p>
      <p>
        <Link href={paths.home()}>{t('common.backHome')}</Link>
      </p>
    </>
  );
}
