import { EntityManager } from 'typeorm';
import { NotificationKind } from '../notification-kind';
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

/**
 * The text of a notification's mail: who did what, the thread title and community name (which the
 * recipient may read: checked when queued and again when sent), and a link to the web client. Never the
 * post's text: a mail cannot be taken back when a post is removed later.
 */
export async function composeMail(em: EntityManager, n: Notification, publicUrl: string): Promise<ComposedMail> {
  const [facts]: Facts[] = await em.query(
    `SELECT (SELECT display_name FROM users WHERE id = $1) AS actor, (SELECT title FROM threads WHERE id = $2) AS title,
            c.name AS community, c.slug FROM (SELECT 1) one LEFT JOIN communities c ON c.id = $3`,
    [n.actorId, n.threadId, n.communityId],
  );
  const who = facts.actor ?? 'Someone';
  const title = `"${facts.title ?? ''}"`;
  const threadLink = n.threadId ? `${publicUrl}/thread/${n.threadId}` : publicUrl;
  const communityLink = facts.slug ? `${publicUrl}/community/${encodeURIComponent(facts.slug)}` : publicUrl;
  const lines: Record<NotificationKind, [string, string]> = {
    [NotificationKind.MENTION]: [`${who} mentioned you in ${title}`, threadLink],
    [NotificationKind.REPLY_TO_POST]: [`${who} replied to your post in ${title}`, threadLink],
    [NotificationKind.REPLY_IN_FOLLOWED_THREAD]: [`${who} replied in ${title}, a thread you follow`, threadLink],
    [NotificationKind.THREAD_IN_FOLLOWED_COMMUNITY]: [`${who} started ${title} in ${facts.community ?? 'a community you follow'}`, threadLink],
    [NotificationKind.ANSWER_ACCEPTED]: [`Your answer in ${title} was accepted`, threadLink],
    [NotificationKind.MEMBERSHIP_APPROVED]: [`You are now a member of ${facts.community ?? 'a community'}`, communityLink],
    [NotificationKind.REPORT_RESOLVED]: [`Your report in ${facts.community ?? 'a community'} was ${n.detail === 'DISMISSED' ? 'dismissed' : 'acted on'}`, communityLink],
    [NotificationKind.EXPERTISE_VERIFIED]: ['A library verified your expertise', `${publicUrl}/profile`],
  };
  const [subject, link] = lines[n.kind];
  return { subject, text: `${subject}.\n${link}\n` };
}

/** One mail for a day's notifications. */
export function composeDigest(day: string, items: { subject: string; text: string }[], publicUrl: string): ComposedMail {
  const subject = `Your Waardenet notifications of ${day} (${items.length})`;
  const body = items.map((i) => `- ${i.text.trimEnd().replace(/\n/g, '\n  ')}`).join('\n');
  return { subject, text: `${subject}\n\n${body}\n\nChange what you receive at ${publicUrl}/profile\n` };
}
