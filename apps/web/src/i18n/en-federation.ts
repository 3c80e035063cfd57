import type { nlFederation } from './nl-federation';

/** English texts of federation (see ./nl-federation.ts). */
export const enFederation: Record<keyof typeof nlFederation, string> = {
  'federation.heading': 'Connecting with other servers (federation)',
  'federation.intro':
    "With federation, people on other servers (another Waardenet, Mastodon, Lemmy) can follow this community and reply to it. Their replies go through the same moderation as members' here. This community's threads and replies then go to those servers too; what is there cannot be fully taken back.",
  'federation.toggle': 'Federation on',
  'federation.publicOnly': 'Only public communities can connect with other servers.',
  'federation.handle': 'Follow from another server: {handle}',
  'federation.followers': '1 follower on other servers|{count} followers on other servers',
  'federation.on': 'Federation is on.',
  'federation.off': 'Federation is off.',
  'remote.title': 'Communities on other servers',
  'remote.intro': 'Follow a community on another Waardenet (or another ActivityPub server): read it here and reply from here.',
  'remote.handle': 'Address of the community',
  'remote.handleHint': 'For example boeken@bibliotheek.example.org',
  'remote.follow': 'Follow',
  'remote.followed': 'You now follow {name}.',
  'remote.unfollow': 'Unfollow',
  'remote.unfollowed': 'You no longer follow {name}.',
  'remote.none': 'You follow no communities on other servers yet.',
  'remote.pending': 'waiting for the other server to confirm',
  'remote.noThreads': 'No threads have come in yet.',
  'remote.by': 'by {name}',
  'remote.deleted': 'This post was deleted.',
  'remote.reply': 'Reply',
  'remote.replyLabel': 'Your reply to “{title}”',
  'remote.replySent': "Your reply was sent; the other server's moderation decides whether it appears.",
  'remote.show': 'Show threads',
  'remote.link': 'Communities on other servers',
};
