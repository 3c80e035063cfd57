import type { CommunitySummary } from '../api/operations';
import { t, tn } from '../i18n';
import { Link, paths } from '../router';
import { VisibilityBadge } from './VisibilityBadge';

/** Communities as cards; `level` is the heading level of each name, one below the list's own heading. */
export function CommunityList({
  communities,
  level,
  note,
  empty = t('communities.none'),
}: {
  communities: CommunitySummary[];
  level: 3 | 4;
  /** A word after a community's name (say, that a request to join waits). */
  note?: (c: CommunitySummary) => string | null;
  empty?: string;
}) {
  if (!communities.length) return <p class="muted">{empty}</p>;
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <ul class="card-list">
      {communities.map((c) => (
        <li key={c.id} class="card">
          <Heading class="card-title">
            <Link href={paths.community(c.slug)}>{c.name}</Link>
            {note?.(c) ? <span class="badge"> {note(c)}</span> : null}
          </Heading>
          <p class="card-meta">
            <VisibilityBadge visibility={c.visibility} /> · {c.theme} · {tn('communities.members', c.memberCount)}
          </p>
          {c.description ? <p class="card-text">{c.description}</p> : null}
        </li>
      ))}
    </ul>
  );
}
