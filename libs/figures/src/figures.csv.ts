import { CommunityFigures, Figures, LibraryFigures, NationalDashboard } from './figures.types';
import type { ReachFigures } from './reach/reach-figures.types';

type Cell = string | number | boolean | Date | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = value instanceof Date ? value.toISOString() : String(value);
  // A text starting with =, +, -, @, tab or carriage return gets a leading ' (OWASP CSV injection), so a
  // spreadsheet shows it rather than running it as a formula; then it is quoted when needed. Numbers we
  // wrote ourselves (a negative one too) stay numbers.
  const safe = FORMULA_START.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: Cell[][]): string {
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** One row per figure, then one row per week: a sheet people read top to bottom. */
function figureRows(f: Figures): Cell[][] {
  return [
    ['members', f.members],
    ['active_members_7d', f.activeMembers7d],
    ['active_members_30d', f.activeMembers30d],
    ['median_first_reply_seconds', f.medianFirstReplySeconds],
    ['questions', f.questions],
    ['answered_questions', f.answeredQuestions],
    ['answered_share', f.answeredShare],
    ['accepted_questions', f.acceptedQuestions],
    ['unanswered_questions', f.unansweredQuestions],
    ['expert_answer_share', f.expertAnswerShare],
    ...f.topContributors.map((c, i): Cell[] => [`top_contributor_${i + 1}`, c.user.displayName, c.posts]),
    [],
    ['week_start', 'new_threads', 'new_posts', 'median_first_reply_seconds'],
    ...f.weeks.map((w): Cell[] => [w.weekStart, w.newThreads, w.newPosts, w.medianFirstReplySeconds]),
    [],
    ...reachRows(f.reach),
  ];
}

/** Reach (page views, followers, catalogue clicks): the totals, then one row per week. */
function reachRows(r: ReachFigures): Cell[][] {
  return [
    ['page_views', r.pageViews],
    ['catalogue_clicks', r.catalogueClicks],
    ['followers', r.followers],
    ['followers_local', r.localFollowers],
    ['followers_remote', r.remoteFollowers],
    [],
    ['week_start', 'page_views', 'catalogue_clicks'],
    ...r.weeks.map((w): Cell[] => [w.weekStart, w.pageViews, w.catalogueClicks]),
  ];
}

export const communityCsv = (f: CommunityFigures) => toCsv([['figure', 'value'], ['community', f.community.name], ...figureRows(f)]);

export const libraryCsv = (f: LibraryFigures) =>
  toCsv([
    ['figure', 'value'],
    ['library', f.library.name],
    ['communities', f.communities],
    ...figureRows(f),
    [],
    ['community', 'slug', 'page_views', 'followers', 'followers_local', 'followers_remote', 'catalogue_clicks'],
    ...f.communityReach.map((c): Cell[] => [
      c.community.name,
      c.community.slug,
      c.pageViews,
      c.followers,
      c.localFollowers,
      c.remoteFollowers,
      c.catalogueClicks,
    ]),
  ]);

export function nationalCsv(d: NationalDashboard): string {
  const weeks = d.perLibrary[0]?.trend.map((w) => w.weekStart) ?? [];
  return toCsv([
    [
      'library',
      'slug',
      'present',
      'facilitates_value_network',
      'median_first_reply_seconds',
      'page_views',
      'followers',
      'followers_remote',
      'catalogue_clicks',
      ...weeks.map((w) => `week_${w.toISOString().slice(0, 10)}`),
    ],
    ...d.perLibrary.map((l): Cell[] => [
      l.library.name,
      l.library.slug,
      l.present,
      l.facilitatesValueNetwork,
      l.medianFirstReplySeconds,
      l.pageViews,
      l.followers,
      l.remoteFollowers,
      l.catalogueClicks,
      ...l.trend.map((w) => w.medianFirstReplySeconds),
    ]),
    [],
    ['libraries', d.libraries],
    ['libraries_present', d.librariesPresent],
    ['libraries_facilitating', d.librariesFacilitating],
    ['median_first_reply_seconds', d.medianFirstReplySeconds],
    [],
    ...reachRows(d.reach),
  ]);
}
