import { EntityManager } from 'typeorm';
import { Locale, NotificationKind } from '../notification-kind';
import { Notification } from '../notification.entity';

export interface ComposedMail {
  subject: string;
  text: string;
}

interface Facts {
  actor: string | null;
  title: string | null;
  community: string | null;
  slug: string | null;
}

type Lines = Record<NotificationKind, string>;

/** The words of each language; `{who}`, `{title}`, `{community}` and `{outcome}` are filled in (see composeMail). */
const TEXTS: Record<
  Locale,
  {
    someone: string;
    aCommunity: string;
    aFollowedCommunity: string;
    lines: Lines;
    reportOutcome: (dismissed: boolean) => string;
    digestSubject: (day: string, n: number) => string;
    digestFooter: (url: string) => string;
  }
> = {
  [Locale.NL]: {
    someone: 'Iemand',
    aCommunity: 'een gemeenschap',
    aFollowedCommunity: 'een gemeenschap die je volgt',
    lines: {
      [NotificationKind.MENTION]: '{who} noemde je in {title}',
      [NotificationKind.REPLY_TO_POST]: '{who} reageerde op je bericht in {title}',
      [NotificationKind.REPLY_IN_FOLLOWED_THREAD]: '{who} reageerde in {title}, een gesprek dat je volgt',
      [NotificationKind.THREAD_IN_FOLLOWED_COMMUNITY]: '{who} begon {title} in {community}',
      [NotificationKind.ANSWER_ACCEPTED]: 'Je reactie in {title} is gekozen als antwoord',
      [NotificationKind.MEMBERSHIP_APPROVED]: 'Je bent nu lid van {community}',
      [NotificationKind.REPORT_RESOLVED]: 'Je signalering in {community} is {outcome}',
      [NotificationKind.EXPERTISE_VERIFIED]: 'Een bibliotheek heeft je expertise bevestigd',
      [NotificationKind.REPORT_FILED]: 'Nieuwe signalering in {community}',
      [NotificationKind.JOIN_REQUESTED]: '{who} wil lid worden van {community}',
      [NotificationKind.POST_QUEUED]: '{who} schreef in {title} een bericht dat op goedkeuring wacht',
      [NotificationKind.EVENT_REMINDER]: 'Herinnering: morgen een activiteit in {community} waar je bij bent',
      [NotificationKind.EVENT_CANCELLED]: 'Een activiteit in {community} waar je je voor aanmeldde, gaat niet door',
    },
    reportOutcome: (dismissed) => (dismissed ? 'afgewezen' : 'afgehandeld'),
    digestSubject: (day, n) => `Je Waardenet-meldingen van ${day} (${n})`,
    digestFooter: (url) => `Kies wat je ontvangt op ${url}/profile`,
  },
  [Locale.EN]: {
    someone: 'Someone',
    aCommunity: 'a community',
    aFollowedCommunity: 'a community you follow',
    lines: {
      [NotificationKind.MENTION]: '{who} mentioned you in {title}',
      [NotificationKind.REPLY_TO_POST]: '{who} replied to your post in {title}',
      [NotificationKind.REPLY_IN_FOLLOWED_THREAD]: '{who} replied in {title}, a thread you follow',
      [NotificationKind.THREAD_IN_FOLLOWED_COMMUNITY]: '{who} started {title} in {community}',
      [NotificationKind.ANSWER_ACCEPTED]: 'Your answer in {title} was accepted',
      [NotificationKind.MEMBERSHIP_APPROVED]: 'You are now a member of {community}',
      [NotificationKind.REPORT_RESOLVED]: 'Your report in {community} was {outcome}',
      [NotificationKind.EXPERTISE_VERIFIED]: 'A library verified your expertise',
      [NotificationKind.REPORT_FILED]: 'New report in {community}',
      [NotificationKind.JOIN_REQUESTED]: '{who} asks to join {community}',
      [NotificationKind.POST_QUEUED]: '{who} wrote a post in {title} that awaits approval',
      [NotificationKind.EVENT_REMINDER]: 'Reminder: tomorrow an event in {community} you are going to',
      [NotificationKind.EVENT_CANCELLED]: 'An event in {community} you signed up for was cancelled',
    },
    reportOutcome: (dismissed) => (dismissed ? 'dismissed' : 'acted on'),
    digestSubject: (day, n) => `Your Waardenet notifications of ${day} (${n})`,
    digestFooter: (url) => `Change what you receive at ${url}/profile`,
  },
};

/**
 * The text of a notification's mail, in the recipient's language: who did what, the thread title and
 * community name (which the recipient may read: checked when queued and again when sent), and a link to
 * the web client. Never the post's text: a mail cannot be taken back when a post is removed later.
 */
export async function composeMail(
  em: EntityManager,
  n: Notification,
  publicUrl: string,
  locale: Locale = Locale.NL,
): Promise<ComposedMail> {
  const [facts]: Facts[] = await em.query(
    `SELECT (SELECT display_name FROM users WHERE id = $1) AS actor, (SELECT title FROM threads WHERE id = $2) AS title,
            c.name AS community, c.slug FROM (SELECT 1) one LEFT JOIN communities c ON c.id = $3`,
    [n.actorId, n.threadId, n.communityId],
  );
  const words = TEXTS[locale] ?? TEXTS[Locale.NL];
  const threadLink = n.threadId ? `${publicUrl}/thread/${n.threadId}` : publicUrl;
  const communityLink = facts.slug ? `${publicUrl}/community/${encodeURIComponent(facts.slug)}` : publicUrl;
  const followed = n.kind === NotificationKind.THREAD_IN_FOLLOWED_COMMUNITY;
  const values: Record<string, string> = {
    who: facts.actor ?? words.someone,
    title: `"${facts.title ?? ''}"`,
    community: facts.community ?? (followed ? words.aFollowedCommunity : words.aCommunity),
    outcome: words.reportOutcome(n.detail === 'DISMISSED'),
  };
  // One pass over the template, so a name or title that looks like a placeholder stays as it is.
  const subject = words.lines[n.kind].replace(/\{(\w+)\}/g, (m, key: string) => values[key] ?? m);
  const manageTab = {
    [NotificationKind.REPORT_FILED]: 'reports',
    [NotificationKind.JOIN_REQUESTED]: 'members',
    [NotificationKind.POST_QUEUED]: 'queue',
  } as Partial<Record<NotificationKind, string>>;
  const tab = manageTab[n.kind];
  const link =
    tab && facts.slug
      ? `${communityLink}/manage?tab=${tab}`
      : n.kind === NotificationKind.EXPERTISE_VERIFIED
        ? `${publicUrl}/profile`
        : (n.kind === NotificationKind.EVENT_REMINDER || n.kind === NotificationKind.EVENT_CANCELLED) && n.subjectId
          ? `${publicUrl}/event/${n.subjectId}`
          : n.kind === NotificationKind.MEMBERSHIP_APPROVED || n.kind === NotificationKind.REPORT_RESOLVED
            ? communityLink
            : threadLink;
  return { subject, text: `${subject}.\n${link}\n` };
}

/** One mail for a day's notifications, its heading and footer in the recipient's language. */
export function composeDigest(
  day: string,
  items: { subject: string; text: string }[],
  publicUrl: string,
  locale: Locale = Locale.NL,
): ComposedMail {
  const words = TEXTS[locale] ?? TEXTS[Locale.NL];
  const subject = words.digestSubject(day, items.length);
  const body = items.map((i) => `- ${i.text.trimEnd().replace(/\n/g, '\n  ')}`).join('\n');
  return { subject, text: `${subject}\n\n${body}\n\n${words.digestFooter(publicUrl)}\n` };
}
