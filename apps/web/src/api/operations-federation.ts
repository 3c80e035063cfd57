/** Federation (ActivityPub): a community's switch, and remote communities members here follow and reply to. */
import { graphql } from './generated';
import type { RemoteCommunitiesQuery, RemoteCommunityThreadsQuery } from './generated/graphql';

export const COMMUNITY_FEDERATION = graphql(`
  query CommunityFederation($communityId: ID!) {
    communityFederation(communityId: $communityId) { communityId enabled handle remoteFollowers }
  }
`);

export const SET_COMMUNITY_FEDERATION = graphql(`
  mutation SetCommunityFederation($input: SetCommunityFederationInput!) {
    setCommunityFederation(input: $input) { communityId enabled handle remoteFollowers }
  }
`);

export const REMOTE_COMMUNITIES = graphql(`
  query RemoteCommunities {
    remoteCommunities { id handle name summary url accepted }
  }
`);
export type RemoteCommunityRow = RemoteCommunitiesQuery['remoteCommunities'][number];

export const FOLLOW_REMOTE_COMMUNITY = graphql(`
  mutation FollowRemoteCommunity($handle: String!) {
    followRemoteCommunity(handle: $handle) { id handle name summary url accepted }
  }
`);

export const UNFOLLOW_REMOTE_COMMUNITY = graphql(`
  mutation UnfollowRemoteCommunity($id: ID!) { unfollowRemoteCommunity(id: $id) }
`);

export const REMOTE_COMMUNITY_THREADS = graphql(`
  query RemoteCommunityThreads($id: ID!) {
    remoteCommunity(id: $id) {
      id name handle
      threads(first: 20) {
        id uri title contentHtml authorName published editedAt likeCount viewerLiked
        replies { id contentHtml authorName published editedAt deletedAt likeCount viewerLiked viewerIsAuthor }
      }
    }
  }
`);
export type RemoteThread = RemoteCommunityThreadsQuery['remoteCommunity']['threads'][number];

export const REPLY_TO_REMOTE_THREAD = graphql(`
  mutation ReplyToRemoteThread($input: ReplyToRemoteInput!) {
    replyToRemoteThread(input: $input) { id contentHtml authorName published editedAt deletedAt likeCount viewerLiked viewerIsAuthor }
  }
`);

export const SET_REMOTE_LIKE = graphql(`
  mutation SetRemoteLike($input: SetRemoteLikeInput!) {
    setRemoteLike(input: $input) { id likeCount viewerLiked }
  }
`);

export const EDIT_REMOTE_REPLY = graphql(`
  mutation EditRemoteReply($input: ReplyToRemoteInput!) {
    editRemoteReply(input: $input) { id contentHtml editedAt }
  }
`);

export const DELETE_REMOTE_REPLY = graphql(`
  mutation DeleteRemoteReply($id: ID!) {
    deleteRemoteReply(remotePostId: $id)
  }
`);

/**
 * A thread's syndication to a national community on another Waardenet (issue 16 ask 5), for the thread's moderators
 * only (the panel asks nothing for anyone else). Where a syndicated thread comes from is for every reader: it comes
 * with the thread's extras (THREAD_EXTRAS), which the anonymous read cache serves.
 */
export const REMOTE_SYNDICATION = graphql(`
  query RemoteSyndication($id: ID!) {
    thread(id: $id) {
      id
      state
      community { id visibility }
      syndications { id state targetHandle remoteUrl reason }
    }
  }
`);

export const PROPOSE_REMOTE_SYNDICATION = graphql(`
  mutation ProposeRemoteSyndication($threadId: ID!, $targetHandle: String!) {
    proposeSyndication(threadId: $threadId, targetHandle: $targetHandle) { id state targetHandle remoteUrl reason }
  }
`);

export const WITHDRAW_REMOTE_SYNDICATION = graphql(`
  mutation WithdrawRemoteSyndication($id: ID!) {
    withdrawSyndication(syndicationId: $id) { id state targetHandle remoteUrl reason }
  }
`);

/** Whether the viewer is a platform admin (the instance blocklist on the federation screen is theirs). */
export const FEDERATION_VIEWER = graphql(`
  query FederationViewer {
    me { id isPlatformAdmin }
  }
`);

export const BLOCKED_INSTANCES = graphql(`
  query BlockedInstances {
    blockedInstances { id host reason createdAt }
  }
`);

export const BLOCK_INSTANCE = graphql(`
  mutation BlockInstance($input: BlockInstanceInput!) {
    blockInstance(input: $input) { id host reason createdAt }
  }
`);

export const UNBLOCK_INSTANCE = graphql(`
  mutation UnblockInstance($host: String!) {
    unblockInstance(host: $host)
  }
`);
