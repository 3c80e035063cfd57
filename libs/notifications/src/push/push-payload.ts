import { NotificationKind } from '../notification-kind';

/** What a push carries: a title and the link it opens. Nothing else, and only what the recipient may read (checked before sending). */
export interface PushPayload {
  title: string;
  url: string;
  /** The notification's id: a browser replaces a shown notification with the same tag instead of showing two. */
  tag: string;
}

const TITLES: Record<'nl' | 'en', Partial<Record<NotificationKind, (title: string) => string>>> = {
  nl: {
    [NotificationKind.MENTION]: (t) => `Je bent genoemd in “${t}”`,
    [NotificationKind.REPLY_TO_POST]: (t) => `Nieuwe reactie op je bericht in “${t}”`,
    [NotificationKind.REPLY_IN_FOLLOWED_THREAD]: (t) => `Nieuwe reactie in “${t}”`,
  },
  en: {
    [NotificationKind.MENTION]: (t) => `You were mentioned in “${t}”`,
    [NotificationKind.REPLY_TO_POST]: (t) => `New reply to your post in “${t}”`,
    [NotificationKind.REPLY_IN_FOLLOWED_THREAD]: (t) => `New reply in “${t}”`,
  },
};

/** The push for one notification about a post, in the recipient's language; null for a kind that is not pushed. */
export function pushPayload(
  n: { id: string; kind: NotificationKind; threadId: string; threadTitle: string; postSeq: number | null },
  publicUrl: string,
  locale: string,
): PushPayload | null {
  const title = TITLES[locale === 'en' ? 'en' : 'nl'][n.kind];
  if (!title) return null;
  const short = n.threadTitle.length > 80 ? `${n.threadTitle.slice(0, 79)}…` : n.threadTitle;
  const anchor = n.postSeq ? `#post-${n.postSeq}` : '';
  return { title: title(short), url: `${publicUrl}/thread/${encodeURIComponent(n.threadId)}${anchor}`, tag: n.id };
}
