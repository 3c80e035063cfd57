import { t } from '../i18n';
import { Link, paths } from '../router';

/** Where the screen sits: home, then the given parents, as an ordered list of links. */
export function Breadcrumb({ parents }: { parents: { href: string; label: string }[] }) {
  return (
    <nav aria-label={t('nav.breadcrumb')} class="breadcrumb">
      <ol>
        <li>
          <Link href={paths.home()}>{t('nav.home')}</Link>
        </li>
        {parents.map((p) => (
          <li key={p.href}>
            <Link href={p.href}>{p.label}</Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
