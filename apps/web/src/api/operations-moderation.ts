/** Acting on threads and posts (moderators, and authors on their own posts), members, accounts, and the public log. */
import { graphql } from './generated';
import type {
  MoveTargetsQuery,
  PostSourceQuery,
  PostStateFieldsFragment,
  ProfileAdminQuery,
  PublicModLogQuery,
  ThreadStateFieldsFragment,
} from './generated/graphql';

// Threads: lock, pin, move.
export const THREAD_STATE_FIELDS = graphql(`fragment ThreadStateFields on Thread { id pinned locked community { id slug name } }`);
export const LOCK_THREAD = graphql(
  `mutation LockThread($threadId: ID!, $reason: String) { lockThread(threadId: $threadId, reason: $reason) { ...ThreadStateFields } }`,
);
export const UNLOCK_THREAD = graphql(
  `mutation UnlockThread($threadId: ID!) { unlockThread(threadId: $threadId) { ...ThreadStateFields } }`,
);
export const PIN_THREAD = graphql(`mutation PinThread($threadId: ID!) { pinThread(threadId: $threadId) { ...ThreadStateFields } }`);
export const UNPIN_THREAD = graphql(`mutation UnpinThread($threadId: ID!) { unpinThread(threadId: $threadId) { ...ThreadStateFields } }`);
export const MOVE_THREAD = graphql(
  `mutation MoveThread($threadId: ID!, $communityId: ID!) { moveThread(threadId: $threadId, communityId: $communityId) { ...ThreadStateFields } }`,
);
export type ThreadStateData = ThreadStateFieldsFragment;

/** The communities of the thread's library a thread may be moved to (the server checks that the viewer moderates both). */
export const MOVE_TARGETS = graphql(
  `query MoveTargets($libraryId: ID!) { communities(libraryId: $libraryId, first: 50) { edges { node { id name viewerCanModerate } } } }`,
);
export type MoveTarget = MoveTargetsQuery['communities']['edges'][number]['node'];
export const THREAD_LIBRARY = graphql(`query ThreadLibrary($id: ID!) { thread(id: $id) { id community { id libraryId } } }`);

// Posts: hide, remove, restore (moderators); edit and delete (authors, and moderators with a reason).
export const POST_STATE_FIELDS = graphql(`fragment PostStateFields on Post { id state isDeleted bodyHtml editedAt }`);
export const HIDE_POST = graphql(
  `mutation HidePost($postId: ID!, $reason: String!) { hidePost(postId: $postId, reason: $reason) { ...PostStateFields } }`,
);
export const REMOVE_POST = graphql(
  `mutation RemovePost($postId: ID!, $reason: String!) { removePost(postId: $postId, reason: $reason) { ...PostStateFields } }`,
);
export const RESTORE_POST = graphql(`mutation RestorePost($postId: ID!) { restorePost(postId: $postId) { ...PostStateFields } }`);
export const DELETE_POST = graphql(
  `mutation DeletePost($postId: ID!, $reason: String) { deletePost(postId: $postId, reason: $reason) { ...PostStateFields } }`,
);
export const EDIT_POST = graphql(`mutation EditPost($input: EditPostInput!) { editPost(input: $input) { ...PostStateFields } }`);
export type PostStateData = PostStateFieldsFragment;
/** Every version of a post, the last one being the markdown source to edit (the author, and moderators). */
export const POST_SOURCE = graphql(
  `query PostSource($postId: ID!) { postRevisions(postId: $postId) { id version body createdAt editedByModerator redactedAt } }`,
);
export type RevisionData = PostSourceQuery['postRevisions'][number];
export const REDACT_REVISION = graphql(
  `mutation RedactRevision($input: RedactRevisionInput!) { redactRevision(input: $input) { id redactedAt } }`,
);

// Members: remove (banning is in operations-manage).
export const REMOVE_MEMBER = graphql(`mutation RemoveMember($input: MembershipDecisionInput!) { removeMember(input: $input) }`);

// Accounts: suspend platform-wide (platform admins).
export const SUSPENSION_FIELDS = graphql(`fragment SuspensionFields on User { id suspension { reason since until } }`);
export const PROFILE_ADMIN = graphql(
  `query ProfileAdmin($handle: String!) { user(handle: $handle) { displayName ...SuspensionFields } me { id isPlatformAdmin } }`,
);
export type Suspension = NonNullable<NonNullable<ProfileAdminQuery['user']>['suspension']>;
export const SUSPEND_USER = graphql(
  `mutation SuspendUser($input: SuspendUserInput!) { suspendUser(input: $input) { ...SuspensionFields } }`,
);
export const UNSUSPEND_USER = graphql(`mutation UnsuspendUser($userId: ID!) { unsuspendUser(userId: $userId) { ...SuspensionFields } }`);

// The public moderation log (no moderators' names).
export const PUBLIC_LOG_COMMUNITY = graphql(
  `query PublicLogCommunity($slug: String!) { community(slug: $slug) { id slug name publicModLog library { slug name } } }`,
);
export const PUBLIC_MOD_LOG = graphql(`
  query PublicModLog($communityId: ID!, $after: String) {
    publicModLog(communityId: $communityId, first: 50, after: $after) {
      edges { cursor node { id action targetType reason createdAt expiresAt } } pageInfo { hasNextPage endCursor }
    }
  }
`);
export type PublicLogEntry = PublicModLogQuery['publicModLog']['edges'][number]['node'];

/** What waits in a community, for the counts beside its manage tabs (up to 30 each; more shows as "30+"). */
export const MANAGE_WORK = graphql(`
  query ManageWork($communityId: ID!, $slug: String!) {
    moderationQueue(communityId: $communityId, first: 30) { edges { cursor } pageInfo { hasNextPage } }
    reports(communityId: $communityId, first: 30) { edges { cursor } pageInfo { hasNextPage } }
    community(slug: $slug) { id members(state: PENDING, first: 30) { edges { cursor } pageInfo { hasNextPage } } }
  }
`);
