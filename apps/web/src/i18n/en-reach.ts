import type { nlReach } from './nl-reach';

/** English texts of browser notifications and the reach figures. */
export const enReach: Record<keyof typeof nlReach, string> = {
  'push.heading': 'Browser notifications',
  'push.intro':
    'Get a notification from your browser for a reply or when someone mentions you, even when Waardenet is not open. It names only the conversation.',
  'push.switch': 'Notifications in this browser',
  'push.isOn': 'Browser notifications are on.',
  'push.isOff': 'Browser notifications are off.',
  'push.count': 'On in 1 browser.|On in {count} browsers.',
  'push.none': 'Not on in any browser.',
  'push.kinds': 'A browser notification for',
  'push.kind.MENTION': 'someone mentioning you',
  'push.kind.REPLY_TO_POST': 'a reply to your post',
  'push.kind.REPLY_IN_FOLLOWED_THREAD': 'a reply in a conversation you follow',
  'push.unsupported': 'This browser cannot show notifications.',
  'push.unavailable': 'This server sends no browser notifications.',
  'push.denied': 'Your browser does not allow notifications from this site. Allow them in your browser’s settings and try again.',
  'push.failed': 'Could not turn them on in this browser. Try again later.',
  'reach.heading': 'Reach',
  'reach.note': 'Page views are counted per day, without cookies and without IP addresses; search engines and other bots are not counted.',
  'reach.pageViews': 'Page views',
  'reach.followers': 'Followers',
  'reach.localFollowers': 'Followers on this server',
  'reach.remoteFollowers': 'Followers elsewhere (fediverse)',
  'reach.clicks': 'Clicks to the catalogue',
  'reach.weekly': 'Reach per week',
  'reach.week': 'Week',
  'reach.perCommunity': 'Reach per community',
  'reach.community': 'Community',
  'reach.toCatalogue': 'In the catalogue',
  'reach.toCatalogueOf': '{title} in the library’s catalogue',
};
