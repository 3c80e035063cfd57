/** Starting a community and the settings its moderators keep: approval, slow mode, reports, watched words, invitations. */
import { graphql } from './generated';
import type { CommunitySettingsQuery, InviteLinksQuery } from './generated/graphql';

export const CREATE_COMMUNITY = graphql(
  `mutation CreateCommunity($input: CreateCommunityInput!) { createCommunity(input: $input) { id slug name } }`,
);

export const NEW_COMMUNITY_LIBRARY = graphql(
  `query NewCommunityLibrary($slug: String!) { library(slug: $slug) { id slug name kind staff { userId } } me { id isPlatformAdmin } }`,
);

/** The national theme communities a local library may open a chapter of. */
export const NATIONAL_COMMUNITIES = graphql(
  `query NationalCommunities { communities(first: 50) { edges { node { id name isNational } } } }`,
);
export const CREATE_CHAPTER = graphql(
  `mutation CreateChapter($input: CreateChapterInput!) { createChapter(input: $input) { id slug name } }`,
);

export type { ApprovalMode, WatchedWordAction } from './generated/graphql';

export const SETTINGS_FIELDS = graphql(
  `fragment SettingsFields on CommunitySettings { approval publicModLog reportThreshold slowModeSeconds }`,
);
export const WATCHED_WORD_FIELDS = graphql(`fragment WatchedWordFields on WatchedWord { id phrase action communityId }`);
export const COMMUNITY_SETTINGS = graphql(`
  query CommunitySettings($slug: String!, $communityId: ID!) {
    community(slug: $slug) { id visibility bannerUrl moderationSettings { ...SettingsFields } }
    watchedWords(communityId: $communityId) { ...WatchedWordFields }
  }
`);
export type CommunitySettings = NonNullable<CommunitySettingsQuery['community']['moderationSettings']>;
export type WatchedWordData = CommunitySettingsQuery['watchedWords'][number];
export const UPDATE_SETTINGS = graphql(`
  mutation UpdateCommunitySettings($input: CommunitySettingsInput!) {
    updateCommunitySettings(input: $input) { id moderationSettings { ...SettingsFields } }
  }
`);
export const ADD_WATCHED_WORD = graphql(
  `mutation AddWatchedWord($input: AddWatchedWordInput!) { addWatchedWord(input: $input) { ...WatchedWordFields } }`,
);
export const REMOVE_WATCHED_WORD = graphql(`mutation RemoveWatchedWord($id: ID!) { removeWatchedWord(id: $id) }`);

/** Someone to invite, found by their @handle (a profile's address). */
export const FIND_USER = graphql(`query FindUser($handle: String!) { user(handle: $handle) { id displayName handle } }`);
export const INVITE = graphql(
  `mutation InviteToCommunity($communityId: ID!, $userId: ID!) { inviteToCommunity(communityId: $communityId, userId: $userId) }`,
);

// Invitation links: made and revoked by moderators, followed by whoever holds one.
export const INVITE_LINK_FIELDS = graphql(`fragment InviteLinkFields on InviteLink { id createdAt expiresAt maxUses uses }`);
export const INVITE_LINKS = graphql(
  `query InviteLinks($communityId: ID!) { inviteLinks(communityId: $communityId) { ...InviteLinkFields } }`,
);
export type InviteLinkData = InviteLinksQuery['inviteLinks'][number];
export const CREATE_INVITE_LINK = graphql(`
  mutation CreateInviteLink($input: CreateInviteLinkInput!) { createInviteLink(input: $input) { token link { ...InviteLinkFields } } }
`);
export const REVOKE_INVITE_LINK = graphql(`mutation RevokeInviteLink($id: ID!) { revokeInviteLink(id: $id) }`);
export const INVITE_LINK_PREVIEW = graphql(
  `query InviteLinkPreview($token: String!) { inviteLinkPreview(token: $token) { communityName communitySlug visibility expiresAt usable } }`,
);
export const ACCEPT_INVITE_LINK = graphql(`mutation AcceptInviteLink($token: String!) { acceptInviteLink(token: $token) { id state } }`);
