/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AcademyAccess {\n    academyAccess { canRead canAuthor canTake canEditTargets }\n  }\n": typeof types.AcademyAccessDocument,
    "\n  query AcademyCourses {\n    courses { id title summary basic publishedAt viewerCompletedAt modules { id viewerPassed } }\n  }\n": typeof types.AcademyCoursesDocument,
    "\n  query AcademyCourse($id: ID!) {\n    course(id: $id) {\n      id title summary basic publishedAt viewerCompletedAt\n      modules { id title body bodyHtml imageUrl imageAlt viewerPassed questions { id prompt options correctOption } }\n    }\n  }\n": typeof types.AcademyCourseDocument,
    "\n  mutation SaveCourse($input: SaveCourseInput!) {\n    saveCourse(input: $input) { id }\n  }\n": typeof types.SaveCourseDocument,
    "\n  mutation PublishCourse($id: ID!, $published: Boolean!) {\n    publishCourse(id: $id, published: $published) { id publishedAt }\n  }\n": typeof types.PublishCourseDocument,
    "\n  mutation AnswerCourseModule($input: AnswerCourseModuleInput!) {\n    answerCourseModule(input: $input) { correct passed courseCompleted completedAt module { id } }\n  }\n": typeof types.AnswerCourseModuleDocument,
    "\n  query NationalProgramme($weeks: Int!) {\n    nationalDashboard(weeks: $weeks) {\n      libraries librariesTrained librariesPresent librariesFacilitating\n      targets { trained present facilitating updatedAt }\n      phaseHistory(weeks: $weeks) { weekStart trained present facilitating }\n      perLibrary {\n        library { id slug name } trained trainedAt present facilitatesValueNetwork\n        phaseHistory(weeks: $weeks) { weekStart trained present facilitating }\n      }\n    }\n  }\n": typeof types.NationalProgrammeDocument,
    "\n  mutation SetProgrammeTargets($input: ProgrammeTargetsInput!) {\n    setProgrammeTargets(input: $input) { trained present facilitating updatedAt }\n  }\n": typeof types.SetProgrammeTargetsDocument,
    "mutation RequestPasswordReset($email: String!) { requestPasswordReset(email: $email) }": typeof types.RequestPasswordResetDocument,
    "mutation ResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) }": typeof types.ResetPasswordDocument,
    "mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) }": typeof types.ChangePasswordDocument,
    "query MySessions { mySessions { id createdAt lastUsedAt userAgent current } }": typeof types.MySessionsDocument,
    "mutation RevokeSession($id: ID!) { revokeSession(id: $id) }": typeof types.RevokeSessionDocument,
    "mutation LogoutEverywhere { logoutEverywhere }": typeof types.LogoutEverywhereDocument,
    "fragment ItemThreadFields on Thread { id title kind replyCount lastActivityAt community { slug name } }": typeof types.ItemThreadFieldsFragmentDoc,
    "\n  query ItemPage($id: ID!) {\n    item(id: $id) {\n      id title creators year isbn13 publisher edition subjects\n      holdings { id catalogueUrl library { slug name } }\n      experts { id displayName }\n      threads(first: 30) { edges { cursor node { ...ItemThreadFields } } pageInfo { hasNextPage endCursor } }\n    }\n  }\n": typeof types.ItemPageDocument,
    "\n  query ItemThreads($id: ID!, $after: String) {\n    item(id: $id) { id threads(first: 30, after: $after) { edges { cursor node { ...ItemThreadFields } } pageInfo { hasNextPage endCursor } } }\n  }\n": typeof types.ItemThreadsDocument,
    "mutation CreateCommunity($input: CreateCommunityInput!) { createCommunity(input: $input) { id slug name } }": typeof types.CreateCommunityDocument,
    "query NewCommunityLibrary($slug: String!) { library(slug: $slug) { id slug name kind staff { userId } } me { id isPlatformAdmin } }": typeof types.NewCommunityLibraryDocument,
    "query NationalCommunities { communities(first: 50) { edges { node { id name isNational } } } }": typeof types.NationalCommunitiesDocument,
    "mutation CreateChapter($input: CreateChapterInput!) { createChapter(input: $input) { id slug name } }": typeof types.CreateChapterDocument,
    "fragment SettingsFields on CommunitySettings { approval publicModLog reportThreshold slowModeSeconds }": typeof types.SettingsFieldsFragmentDoc,
    "fragment WatchedWordFields on WatchedWord { id phrase action communityId }": typeof types.WatchedWordFieldsFragmentDoc,
    "\n  query CommunitySettings($slug: String!, $communityId: ID!) {\n    community(slug: $slug) { id visibility bannerUrl moderationSettings { ...SettingsFields } }\n    watchedWords(communityId: $communityId) { ...WatchedWordFields }\n  }\n": typeof types.CommunitySettingsDocument,
    "\n  mutation UpdateCommunitySettings($input: CommunitySettingsInput!) {\n    updateCommunitySettings(input: $input) { id moderationSettings { ...SettingsFields } }\n  }\n": typeof types.UpdateCommunitySettingsDocument,
    "mutation AddWatchedWord($input: AddWatchedWordInput!) { addWatchedWord(input: $input) { ...WatchedWordFields } }": typeof types.AddWatchedWordDocument,
    "mutation RemoveWatchedWord($id: ID!) { removeWatchedWord(id: $id) }": typeof types.RemoveWatchedWordDocument,
    "query FindUser($handle: String!) { user(handle: $handle) { id displayName handle } }": typeof types.FindUserDocument,
    "mutation InviteToCommunity($communityId: ID!, $userId: ID!) { inviteToCommunity(communityId: $communityId, userId: $userId) }": typeof types.InviteToCommunityDocument,
    "fragment InviteLinkFields on InviteLink { id createdAt expiresAt maxUses uses }": typeof types.InviteLinkFieldsFragmentDoc,
    "query InviteLinks($communityId: ID!) { inviteLinks(communityId: $communityId) { ...InviteLinkFields } }": typeof types.InviteLinksDocument,
    "\n  mutation CreateInviteLink($input: CreateInviteLinkInput!) { createInviteLink(input: $input) { token link { ...InviteLinkFields } } }\n": typeof types.CreateInviteLinkDocument,
    "mutation RevokeInviteLink($id: ID!) { revokeInviteLink(id: $id) }": typeof types.RevokeInviteLinkDocument,
    "query InviteLinkPreview($token: String!) { inviteLinkPreview(token: $token) { communityName communitySlug visibility expiresAt usable } }": typeof types.InviteLinkPreviewDocument,
    "mutation AcceptInviteLink($token: String!) { acceptInviteLink(token: $token) { id state } }": typeof types.AcceptInviteLinkDocument,
    "mutation VerifyEmail($token: String!) { verifyEmail(token: $token) }": typeof types.VerifyEmailDocument,
    "mutation ResendVerification { resendVerification }": typeof types.ResendVerificationDocument,
    "mutation RequestEmailChange($input: RequestEmailChangeInput!) { requestEmailChange(input: $input) }": typeof types.RequestEmailChangeDocument,
    "mutation ConfirmEmailChange($token: String!) { confirmEmailChange(token: $token) }": typeof types.ConfirmEmailChangeDocument,
    "\n  query CommunityEventList($slug: String!) {\n    community(slug: $slug) {\n      id slug name viewerCanModerate\n      events { id title startsAt endsAt location onlineUrl capacity cancelledAt goingCount placesLeft viewerRsvp }\n    }\n  }\n": typeof types.CommunityEventListDocument,
    "\n  query LibraryEventList($slug: String!) {\n    library(slug: $slug) {\n      id slug\n      events { id title startsAt endsAt location onlineUrl capacity cancelledAt goingCount placesLeft viewerRsvp }\n    }\n  }\n": typeof types.LibraryEventListDocument,
    "\n  query EventPage($id: ID!) {\n    libraryEvent(id: $id) {\n      id title description startsAt endsAt location onlineUrl capacity cancelledAt cancelReason\n      goingCount waitlistCount placesLeft viewerRsvp viewerCanManage\n      community { id slug name }\n      attendees { status user { id displayName handle } }\n    }\n  }\n": typeof types.EventPageDocument,
    "\n  query EventIcs($id: ID!) {\n    libraryEvent(id: $id) { id ics }\n  }\n": typeof types.EventIcsDocument,
    "\n  mutation RsvpEvent($input: RsvpInput!) {\n    rsvpEvent(input: $input) { id viewerRsvp goingCount waitlistCount placesLeft }\n  }\n": typeof types.RsvpEventDocument,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) { id }\n  }\n": typeof types.CreateEventDocument,
    "\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) { id }\n  }\n": typeof types.UpdateEventDocument,
    "\n  mutation CancelEvent($input: CancelEventInput!) {\n    cancelEvent(input: $input) { id cancelledAt cancelReason }\n  }\n": typeof types.CancelEventDocument,
    "\n  query CommunityFederation($communityId: ID!) {\n    communityFederation(communityId: $communityId) { communityId enabled handle remoteFollowers }\n  }\n": typeof types.CommunityFederationDocument,
    "\n  mutation SetCommunityFederation($input: SetCommunityFederationInput!) {\n    setCommunityFederation(input: $input) { communityId enabled handle remoteFollowers }\n  }\n": typeof types.SetCommunityFederationDocument,
    "\n  query RemoteCommunities {\n    remoteCommunities { id handle name summary url accepted }\n  }\n": typeof types.RemoteCommunitiesDocument,
    "\n  mutation FollowRemoteCommunity($handle: String!) {\n    followRemoteCommunity(handle: $handle) { id handle name summary url accepted }\n  }\n": typeof types.FollowRemoteCommunityDocument,
    "\n  mutation UnfollowRemoteCommunity($id: ID!) { unfollowRemoteCommunity(id: $id) }\n": typeof types.UnfollowRemoteCommunityDocument,
    "\n  query RemoteCommunityThreads($id: ID!) {\n    remoteCommunity(id: $id) {\n      id name handle\n      threads(first: 20) {\n        id uri title contentHtml authorName published editedAt likeCount viewerLiked\n        replies { id contentHtml authorName published editedAt deletedAt likeCount viewerLiked viewerIsAuthor }\n      }\n    }\n  }\n": typeof types.RemoteCommunityThreadsDocument,
    "\n  mutation ReplyToRemoteThread($input: ReplyToRemoteInput!) {\n    replyToRemoteThread(input: $input) { id contentHtml authorName published editedAt deletedAt likeCount viewerLiked viewerIsAuthor }\n  }\n": typeof types.ReplyToRemoteThreadDocument,
    "\n  mutation SetRemoteLike($input: SetRemoteLikeInput!) {\n    setRemoteLike(input: $input) { id likeCount viewerLiked }\n  }\n": typeof types.SetRemoteLikeDocument,
    "\n  mutation EditRemoteReply($input: ReplyToRemoteInput!) {\n    editRemoteReply(input: $input) { id contentHtml editedAt }\n  }\n": typeof types.EditRemoteReplyDocument,
    "\n  mutation DeleteRemoteReply($id: ID!) {\n    deleteRemoteReply(remotePostId: $id)\n  }\n": typeof types.DeleteRemoteReplyDocument,
    "\n  query RemoteSyndication($id: ID!) {\n    thread(id: $id) {\n      id\n      state\n      community { id visibility }\n      syndications { id state targetHandle remoteUrl reason }\n    }\n  }\n": typeof types.RemoteSyndicationDocument,
    "\n  mutation ProposeRemoteSyndication($threadId: ID!, $targetHandle: String!) {\n    proposeSyndication(threadId: $threadId, targetHandle: $targetHandle) { id state targetHandle remoteUrl reason }\n  }\n": typeof types.ProposeRemoteSyndicationDocument,
    "\n  mutation WithdrawRemoteSyndication($id: ID!) {\n    withdrawSyndication(syndicationId: $id) { id state targetHandle remoteUrl reason }\n  }\n": typeof types.WithdrawRemoteSyndicationDocument,
    "\n  query FederationViewer {\n    me { id isPlatformAdmin }\n  }\n": typeof types.FederationViewerDocument,
    "\n  query BlockedInstances {\n    blockedInstances { id host reason createdAt }\n  }\n": typeof types.BlockedInstancesDocument,
    "\n  mutation BlockInstance($input: BlockInstanceInput!) {\n    blockInstance(input: $input) { id host reason createdAt }\n  }\n": typeof types.BlockInstanceDocument,
    "\n  mutation UnblockInstance($host: String!) {\n    unblockInstance(host: $host)\n  }\n": typeof types.UnblockInstanceDocument,
    "\n  fragment CommunityFigureFields on CommunityFigures {\n    members activeMembers7d activeMembers30d medianFirstReplySeconds questions answeredQuestions acceptedQuestions unansweredQuestions expertAnswerShare\n    weeks { weekStart newThreads newPosts medianFirstReplySeconds }\n    topContributors { posts user { id displayName } }\n    reach { ...ReachFields }\n  }\n": typeof types.CommunityFigureFieldsFragmentDoc,
    "\n  fragment LibraryFigureFields on LibraryFigures {\n    members activeMembers7d activeMembers30d medianFirstReplySeconds questions answeredQuestions acceptedQuestions unansweredQuestions expertAnswerShare\n    weeks { weekStart newThreads newPosts medianFirstReplySeconds }\n    topContributors { posts user { id displayName } }\n    reach { ...ReachFields }\n  }\n": typeof types.LibraryFigureFieldsFragmentDoc,
    "\n  query MyCommunities($after: String) {\n    myCommunities(first: 100, after: $after) {\n      edges { node { ...CommunitySummary viewerMembership { state } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.MyCommunitiesDocument,
    "\n  query LibraryAdmin($slug: String!) {\n    library(slug: $slug) { id slug name kind logoUrl primaryColor welcomeText catalogueUrlTemplate staff { userId role createdAt user { id displayName handle } } }\n    me { id isPlatformAdmin }\n  }\n": typeof types.LibraryAdminDocument,
    "\n  mutation CreateLibrary($input: CreateLibraryInput!) { createLibrary(input: $input) { id slug name } }\n": typeof types.CreateLibraryDocument,
    "\n  mutation AddLibraryStaff($input: LibraryStaffInput!) { addLibraryStaff(input: $input) { userId role } }\n": typeof types.AddLibraryStaffDocument,
    "\n  mutation RemoveLibraryStaff($input: RemoveLibraryStaffInput!) { removeLibraryStaff(input: $input) }\n": typeof types.RemoveLibraryStaffDocument,
    "\n  mutation UpdateLibraryStyle($input: UpdateLibraryStyleInput!) {\n    updateLibraryStyle(input: $input) { id name logoUrl primaryColor welcomeText catalogueUrlTemplate }\n  }\n": typeof types.UpdateLibraryStyleDocument,
    "query ManageCommunity($slug: String!) { community(slug: $slug) { id slug name viewerCanModerate library { slug name } } }": typeof types.ManageCommunityDocument,
    "\n  query Queue($communityId: ID!, $after: String) {\n    moderationQueue(communityId: $communityId, first: 30, after: $after) {\n      edges { cursor node { id seq bodyHtml createdAt author { displayName } thread { id title } } } pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.QueueDocument,
    "mutation ApprovePost($postId: ID!) { approvePost(postId: $postId) { id state } }": typeof types.ApprovePostDocument,
    "mutation RejectPost($postId: ID!, $reason: String!) { rejectPost(postId: $postId, reason: $reason) { id state } }": typeof types.RejectPostDocument,
    "\n  query Reports($communityId: ID!, $after: String) {\n    reports(communityId: $communityId, first: 30, after: $after) {\n      edges { cursor node { id reason note createdAt targetType reporter { displayName } post { id seq bodyHtml state author { displayName } } thread { id title } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ReportsDocument,
    "mutation ResolveReport($input: ResolveReportInput!) { resolveReport(input: $input) { id status } }": typeof types.ResolveReportDocument,
    "\n  query ModLog($communityId: ID!, $after: String) {\n    modLog(communityId: $communityId, first: 50, after: $after) {\n      edges { cursor node { id action targetType reason details createdAt expiresAt actor { displayName } } } pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ModLogDocument,
    "\n  query Members($slug: String!, $state: MembershipState, $after: String) {\n    community(slug: $slug) { id members(first: 50, state: $state, after: $after) {\n      edges { cursor node { id role state createdAt banReason bannedUntil user { id displayName } } } pageInfo { hasNextPage endCursor }\n    } }\n  }\n": typeof types.MembersDocument,
    "mutation ApproveMembership($input: MembershipDecisionInput!) { approveMembership(input: $input) { id state } }": typeof types.ApproveMembershipDocument,
    "mutation RejectMembership($input: MembershipDecisionInput!) { rejectMembership(input: $input) }": typeof types.RejectMembershipDocument,
    "mutation SetMemberRole($input: SetMemberRoleInput!) { setMemberRole(input: $input) { id role } }": typeof types.SetMemberRoleDocument,
    "mutation BanMember($input: BanMemberInput!) { banMember(input: $input) { id state } }": typeof types.BanMemberDocument,
    "mutation UnbanMember($input: UnbanMemberInput!) { unbanMember(input: $input) }": typeof types.UnbanMemberDocument,
    "\n  query Figures($communityId: ID!, $weeks: Int!) { communityFigures(communityId: $communityId, weeks: $weeks) { ...CommunityFigureFields } }\n": typeof types.FiguresDocument,
    "fragment ThreadStateFields on Thread { id pinned locked community { id slug name } }": typeof types.ThreadStateFieldsFragmentDoc,
    "mutation LockThread($threadId: ID!, $reason: String) { lockThread(threadId: $threadId, reason: $reason) { ...ThreadStateFields } }": typeof types.LockThreadDocument,
    "mutation UnlockThread($threadId: ID!) { unlockThread(threadId: $threadId) { ...ThreadStateFields } }": typeof types.UnlockThreadDocument,
    "mutation PinThread($threadId: ID!) { pinThread(threadId: $threadId) { ...ThreadStateFields } }": typeof types.PinThreadDocument,
    "mutation UnpinThread($threadId: ID!) { unpinThread(threadId: $threadId) { ...ThreadStateFields } }": typeof types.UnpinThreadDocument,
    "mutation MoveThread($threadId: ID!, $communityId: ID!) { moveThread(threadId: $threadId, communityId: $communityId) { ...ThreadStateFields } }": typeof types.MoveThreadDocument,
    "query MoveTargets($libraryId: ID!) { communities(libraryId: $libraryId, first: 50) { edges { node { id name viewerCanModerate } } } }": typeof types.MoveTargetsDocument,
    "query ThreadLibrary($id: ID!) { thread(id: $id) { id community { id libraryId } } }": typeof types.ThreadLibraryDocument,
    "fragment PostStateFields on Post { id state isDeleted bodyHtml editedAt }": typeof types.PostStateFieldsFragmentDoc,
    "mutation HidePost($postId: ID!, $reason: String!) { hidePost(postId: $postId, reason: $reason) { ...PostStateFields } }": typeof types.HidePostDocument,
    "mutation RemovePost($postId: ID!, $reason: String!) { removePost(postId: $postId, reason: $reason) { ...PostStateFields } }": typeof types.RemovePostDocument,
    "mutation RestorePost($postId: ID!) { restorePost(postId: $postId) { ...PostStateFields } }": typeof types.RestorePostDocument,
    "mutation DeletePost($postId: ID!, $reason: String) { deletePost(postId: $postId, reason: $reason) { ...PostStateFields } }": typeof types.DeletePostDocument,
    "mutation EditPost($input: EditPostInput!) { editPost(input: $input) { ...PostStateFields } }": typeof types.EditPostDocument,
    "query PostSource($postId: ID!) { postRevisions(postId: $postId) { id version body createdAt editedByModerator redactedAt } }": typeof types.PostSourceDocument,
    "mutation RedactRevision($input: RedactRevisionInput!) { redactRevision(input: $input) { id redactedAt } }": typeof types.RedactRevisionDocument,
    "mutation RemoveMember($input: MembershipDecisionInput!) { removeMember(input: $input) }": typeof types.RemoveMemberDocument,
    "fragment SuspensionFields on User { id suspension { reason since until } }": typeof types.SuspensionFieldsFragmentDoc,
    "query ProfileAdmin($handle: String!) { user(handle: $handle) { displayName ...SuspensionFields } me { id isPlatformAdmin } }": typeof types.ProfileAdminDocument,
    "mutation SuspendUser($input: SuspendUserInput!) { suspendUser(input: $input) { ...SuspensionFields } }": typeof types.SuspendUserDocument,
    "mutation UnsuspendUser($userId: ID!) { unsuspendUser(userId: $userId) { ...SuspensionFields } }": typeof types.UnsuspendUserDocument,
    "query PublicLogCommunity($slug: String!) { community(slug: $slug) { id slug name publicModLog library { slug name } } }": typeof types.PublicLogCommunityDocument,
    "\n  query PublicModLog($communityId: ID!, $after: String) {\n    publicModLog(communityId: $communityId, first: 50, after: $after) {\n      edges { cursor node { id action targetType reason createdAt expiresAt } } pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.PublicModLogDocument,
    "\n  query ManageWork($communityId: ID!, $slug: String!) {\n    moderationQueue(communityId: $communityId, first: 30) { edges { cursor } pageInfo { hasNextPage } }\n    reports(communityId: $communityId, first: 30) { edges { cursor } pageInfo { hasNextPage } }\n    community(slug: $slug) { id members(state: PENDING, first: 30) { edges { cursor } pageInfo { hasNextPage } } }\n  }\n": typeof types.ManageWorkDocument,
    "\n  query ItemSearch($query: String!) { items(query: $query, first: 10) { edges { node { id title creators year isbn13 } } } }\n": typeof types.ItemSearchDocument,
    "mutation LinkItem($input: ThreadItemInput!) { linkItem(input: $input) { id items { id title } } }": typeof types.LinkItemDocument,
    "mutation UnlinkItem($input: ThreadItemInput!) { unlinkItem(input: $input) { id items { id title } } }": typeof types.UnlinkItemDocument,
    "\n  query ConversationCommunities($after: String) {\n    communities(first: 100, after: $after) {\n      edges { node { id name viewerMembership { state } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ConversationCommunitiesDocument,
    "\n  mutation StartItemThread($input: CreateThreadInput!) { createThread(input: $input) { id title } }\n": typeof types.StartItemThreadDocument,
    "\n  fragment SyndicationRow on Syndication {\n    id state reason proposedAt decidedAt showing targetHandle remoteUrl\n    origin { instance libraryName communityName url }\n    proposedBy { id displayName }\n    decidedBy { id displayName }\n    toCommunity { slug name }\n    fromCommunity { slug name }\n    fromLibrary { name }\n    thread { id title }\n  }\n": typeof types.SyndicationRowFragmentDoc,
    "\n  query ThreadSyndications($id: ID!) {\n    thread(id: $id) {\n      id\n      community { id visibility viewerCanModerate nationalCommunity { id slug name } }\n      syndications { ...SyndicationRow }\n    }\n  }\n": typeof types.ThreadSyndicationsDocument,
    "mutation ProposeSyndication($threadId: ID!) { proposeSyndication(threadId: $threadId) { id state } }": typeof types.ProposeSyndicationDocument,
    "mutation AcceptSyndication($id: ID!, $reason: String) { acceptSyndication(syndicationId: $id, reason: $reason) { id state } }": typeof types.AcceptSyndicationDocument,
    "mutation DeclineSyndication($id: ID!, $reason: String) { declineSyndication(syndicationId: $id, reason: $reason) { id state reason } }": typeof types.DeclineSyndicationDocument,
    "mutation WithdrawSyndication($id: ID!, $reason: String) { withdrawSyndication(syndicationId: $id, reason: $reason) { id state } }": typeof types.WithdrawSyndicationDocument,
    "query SyndicationCommunity($slug: String!) { community(slug: $slug) { id slug name isNational viewerCanModerate } }": typeof types.SyndicationCommunityDocument,
    "\n  query SyndicationInbox($communityId: ID!, $state: SyndicationState, $after: String) {\n    syndicationProposals(communityId: $communityId, state: $state, first: 50, after: $after) {\n      edges { cursor node { ...SyndicationRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.SyndicationInboxDocument,
    "\n  query ContentLibrary($slug: String!) {\n    library(slug: $slug) { id slug name kind staff { userId } }\n    me { id isPlatformAdmin }\n  }\n": typeof types.ContentLibraryDocument,
    "\n  fragment ContentItemFields on ContentItem {\n    id title body bodyHtml tags campaign licence validFrom validUntil sharedNationally archived updatedAt\n    ownerLibrary { id slug name kind }\n    usage { total libraries { count library { name } } }\n  }\n": typeof types.ContentItemFieldsFragmentDoc,
    "\n  query ContentItems($filter: ContentFilter, $after: String) {\n    contentItems(filter: $filter, first: 30, after: $after) {\n      edges { cursor node { id title tags campaign archived sharedNationally validFrom validUntil ownerLibrary { name } usage { total } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ContentItemsDocument,
    "\n  query ContentItemPage($id: ID!, $slug: String!) {\n    contentItem(id: $id) { ...ContentItemFields }\n    library(slug: $slug) { id slug name staff { userId } }\n    me { id isPlatformAdmin }\n  }\n": typeof types.ContentItemPageDocument,
    "\n  query PublishTargets($libraryId: ID!) {\n    communities(first: 100, libraryId: $libraryId) { edges { node { id name viewerCanModerate viewerMembership { state } } } }\n  }\n": typeof types.PublishTargetsDocument,
    "\n  mutation CreateContentItem($input: CreateContentItemInput!) { createContentItem(input: $input) { id title } }\n": typeof types.CreateContentItemDocument,
    "\n  mutation UpdateContentItem($input: UpdateContentItemInput!) { updateContentItem(input: $input) { ...ContentItemFields } }\n": typeof types.UpdateContentItemDocument,
    "mutation ArchiveContentItem($id: ID!) { archiveContentItem(id: $id) { ...ContentItemFields } }": typeof types.ArchiveContentItemDocument,
    "mutation PublishContent($input: PublishContentInput!) { publishContent(input: $input) { id title } }": typeof types.PublishContentDocument,
    "fragment SyndicationFields on Syndication { fromLibrary { name } fromCommunity { slug name } }": typeof types.SyndicationFieldsFragmentDoc,
    "\n  query CommunityFeed($slug: String!, $after: String) {\n    community(slug: $slug) {\n      id liveCursor\n      feed(first: 30, after: $after) {\n        edges { cursor node { thread { ...ThreadSummary } syndication { ...SyndicationFields } } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.CommunityFeedDocument,
    "\n  subscription FeedEvents($communityId: ID!, $after: String) {\n    communityEvents(communityId: $communityId, after: $after) { type cursor threadId thread { ...ThreadSummary community { id } provenance { ...ProvenanceFields } } }\n  }\n": typeof types.FeedEventsDocument,
    "\n  query CommunityChapters($slug: String!) {\n    community(slug: $slug) {\n      id\n      chapters(first: 100) { edges { node { id slug name library { name } } } }\n    }\n  }\n": typeof types.CommunityChaptersDocument,
    "\n  fragment NotificationFields on Notification { id kind read createdAt detail actor { displayName } community { slug name } thread { id title } post { id seq } event { id title } }\n": typeof types.NotificationFieldsFragmentDoc,
    "query UnreadCount { unreadCount }": typeof types.UnreadCountDocument,
    "subscription NotificationAdded { notificationAdded { unreadCount notification { ...NotificationFields } } }": typeof types.NotificationAddedDocument,
    "\n  query MyExpertise {\n    me { id expertise { id topic state rejectReason revokeReason libraryId } }\n  }\n": typeof types.MyExpertiseDocument,
    "\n  mutation JoinAsExpert($communityId: ID!) { joinAsExpert(communityId: $communityId) { role state } }\n": typeof types.JoinAsExpertDocument,
    "\n  mutation InviteByEmail($input: InviteByEmailInput!) { inviteByEmail(input: $input) }\n": typeof types.InviteByEmailDocument,
    "\n  mutation InviteStaffByEmail($input: InviteStaffByEmailInput!) { inviteStaffByEmail(input: $input) }\n": typeof types.InviteStaffByEmailDocument,
    "\n  query EmailInvitation($token: String!) {\n    emailInvitation(token: $token) { communityName communitySlug libraryName librarySlug staffRole }\n  }\n": typeof types.EmailInvitationDocument,
    "\n  mutation AcceptEmailInvitation($token: String!) { acceptEmailInvitation(token: $token) { communitySlug librarySlug staffRole } }\n": typeof types.AcceptEmailInvitationDocument,
    "\n  mutation SetCommunityVisibility($input: SetCommunityVisibilityInput!) { setCommunityVisibility(input: $input) { id visibility } }\n": typeof types.SetCommunityVisibilityDocument,
    "mutation DeleteAccount($input: DeleteAccountInput!) { deleteAccount(input: $input) }": typeof types.DeleteAccountDocument,
    "query ProfileSettings { me { id displayName handle bio } notificationPreferences { locale } }": typeof types.ProfileSettingsDocument,
    "mutation UpdateProfile($input: UpdateProfileInput!) { updateProfile(input: $input) { id displayName bio } }": typeof types.UpdateProfileDocument,
    "\n  query PublicProfile($handle: String!) {\n    user(handle: $handle) { id displayName handle bio createdAt expertise { id topic state library { name } } }\n  }\n": typeof types.PublicProfileDocument,
    "\n  query PushSettings { vapidPublicKey notificationPreferences { pushAvailable pushKinds pushSubscriptions } }\n": typeof types.PushSettingsDocument,
    "mutation SubscribePush($input: SubscribePushInput!) { subscribePush(input: $input) }": typeof types.SubscribePushDocument,
    "mutation UnsubscribePush($endpoint: String) { unsubscribePush(endpoint: $endpoint) }": typeof types.UnsubscribePushDocument,
    "\n  mutation SetPushKinds($kinds: [NotificationKind!]!) { setPushKinds(kinds: $kinds) { pushAvailable pushKinds pushSubscriptions } }\n": typeof types.SetPushKindsDocument,
    "\n  fragment ReachFields on ReachFigures {\n    pageViews catalogueClicks localFollowers remoteFollowers followers\n    weeks { weekStart pageViews catalogueClicks }\n  }\n": typeof types.ReachFieldsFragmentDoc,
    "\n  fragment CommunityReachFields on CommunityReach {\n    community { id slug name } pageViews catalogueClicks localFollowers remoteFollowers followers\n  }\n": typeof types.CommunityReachFieldsFragmentDoc,
    "\n  query Search($query: String!, $filter: SearchFilter, $after: String) {\n    search(query: $query, filter: $filter, first: 20, after: $after) {\n      edges { cursor node { kind snippet thread { id title } post { id seq } community { slug name } item { id title year } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query Notifications($after: String, $unreadOnly: Boolean) {\n    notifications(first: 30, after: $after, unreadOnly: $unreadOnly) { edges { cursor node { ...NotificationFields } } pageInfo { hasNextPage endCursor } }\n  }\n": typeof types.NotificationsDocument,
    "mutation MarkRead($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }": typeof types.MarkReadDocument,
    "\n  fragment PreferenceFields on NotificationPreferences { digestHourUtc emailAvailable emailDelivery locale kinds { kind channel } }\n": typeof types.PreferenceFieldsFragmentDoc,
    "query Preferences { notificationPreferences { ...PreferenceFields } }": typeof types.PreferencesDocument,
    "\n  mutation SetPreference($input: NotificationPreferenceInput!) { setNotificationPreference(input: $input) { ...PreferenceFields } }\n": typeof types.SetPreferenceDocument,
    "\n  mutation SetEmailDelivery($delivery: EmailDelivery, $locale: Locale) {\n    setEmailDelivery(delivery: $delivery, locale: $locale) { ...PreferenceFields }\n  }\n": typeof types.SetEmailDeliveryDocument,
    "\n  query OwnProfile {\n    me { id handle expertise { id topic state evidence revokeReason rejectReason library { name } } }\n    libraries(first: 100) { edges { node { id name } } }\n  }\n": typeof types.OwnProfileDocument,
    "mutation Claim($input: ClaimExpertiseInput!) { claimExpertise(input: $input) { id } }": typeof types.ClaimDocument,
    "mutation WithdrawExpertise($expertiseId: ID!) { withdrawExpertise(expertiseId: $expertiseId) { id state } }": typeof types.WithdrawExpertiseDocument,
    "mutation SetHandle($input: SetHandleInput!) { setHandle(input: $input) { id handle } }": typeof types.SetHandleDocument,
    "\n  query SsoLibraries {\n    ssoLibraries { id slug name ssoLogin { label url } }\n  }\n": typeof types.SsoLibrariesDocument,
    "query LibrarySsoLogin($slug: String!) { library(slug: $slug) { id slug name ssoLogin { label url } } }": typeof types.LibrarySsoLoginDocument,
    "\n  query LibrarySsoSettings($slug: String!) {\n    librarySso(librarySlug: $slug) { issuer clientId clientSecretSet label enabled redirectUri }\n  }\n": typeof types.LibrarySsoSettingsDocument,
    "\n  mutation ConfigureLibrarySso($input: ConfigureLibrarySsoInput!) {\n    configureLibrarySso(input: $input) { issuer clientId clientSecretSet label enabled redirectUri }\n  }\n": typeof types.ConfigureLibrarySsoDocument,
    "query StaffLibrary($slug: String!) { library(slug: $slug) { id slug name kind } }": typeof types.StaffLibraryDocument,
    "\n  query LibraryFigures($libraryId: ID!, $weeks: Int!) {\n    libraryFigures(libraryId: $libraryId, weeks: $weeks) {\n      communities ...LibraryFigureFields communityReach { ...CommunityReachFields }\n      phaseHistory(weeks: $weeks) { weekStart trained present facilitating }\n    }\n  }\n": typeof types.LibraryFiguresDocument,
    "\n  query NationalDashboard($weeks: Int!) {\n    nationalDashboard(weeks: $weeks) {\n      libraries librariesPresent librariesFacilitating medianFirstReplySeconds\n      perLibrary { present facilitatesValueNetwork medianFirstReplySeconds library { id slug name } trend { weekStart medianFirstReplySeconds } pageViews followers remoteFollowers catalogueClicks }\n      reach { ...ReachFields }\n    }\n  }\n": typeof types.NationalDashboardDocument,
    "\n  query ExpertiseClaims($libraryId: ID!, $after: String) {\n    expertiseClaims(libraryId: $libraryId, first: 50, after: $after) {\n      edges { cursor node { id topic evidence createdAt user { id displayName } } } pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ExpertiseClaimsDocument,
    "\n  query ExpertiseLog($libraryId: ID!, $after: String) {\n    expertiseLog(libraryId: $libraryId, first: 50, after: $after) {\n      edges { cursor node { id action topic reason details createdAt expertiseId actor { displayName } expert { id displayName expertise { id state libraryId } } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ExpertiseLogDocument,
    "mutation VerifyExpertise($input: VerifyExpertiseInput!) { verifyExpertise(input: $input) { id state } }": typeof types.VerifyExpertiseDocument,
    "mutation RejectExpertise($input: RejectExpertiseInput!) { rejectExpertise(input: $input) { id state } }": typeof types.RejectExpertiseDocument,
    "mutation RevokeExpertise($input: RevokeExpertiseInput!) { revokeExpertise(input: $input) { id state } }": typeof types.RevokeExpertiseDocument,
    "\n  query LibraryOnboarding($slug: String!) {\n    library(slug: $slug) { id slug name kind primaryColor }\n    me { id isPlatformAdmin }\n  }\n": typeof types.LibraryOnboardingDocument,
    "\n  query OnboardingState($libraryId: ID!) {\n    libraryOnboarding(libraryId: $libraryId) { libraryId allDone completedAt steps { key done marked } }\n    communities(libraryId: $libraryId, first: 20) { edges { node { id slug name } } }\n  }\n": typeof types.OnboardingStateDocument,
    "\n  mutation MarkOnboardingStep($libraryId: ID!, $step: OnboardingStepKey!) {\n    markOnboardingStep(libraryId: $libraryId, step: $step) { libraryId allDone steps { key done marked } }\n  }\n": typeof types.MarkOnboardingStepDocument,
    "\n  mutation CompleteOnboarding($libraryId: ID!) { completeOnboarding(libraryId: $libraryId) { libraryId allDone completedAt } }\n": typeof types.CompleteOnboardingDocument,
    "\n  query CommunityTemplates($includeEnded: Boolean) {\n    communityTemplates(includeEnded: $includeEnded) {\n      id kind name theme description running startsOn endsOn bannerText bannerColor watchedWords\n      starterThreads { title }\n      nationalCommunity { id slug name }\n    }\n  }\n": typeof types.CommunityTemplatesDocument,
    "\n  mutation AdoptCommunityTemplate($input: AdoptCommunityTemplateInput!) { adoptCommunityTemplate(input: $input) { id slug name } }\n": typeof types.AdoptCommunityTemplateDocument,
    "\n  mutation PublishCommunityTemplate($input: PublishCommunityTemplateInput!) { publishCommunityTemplate(input: $input) { id kind name } }\n": typeof types.PublishCommunityTemplateDocument,
    "\n  query TemplateAdoption {\n    templateAdoption {\n      adoptions localLibraries\n      template { id kind name startsOn endsOn running }\n      libraries { libraryName librarySlug adoptedAt }\n    }\n  }\n": typeof types.TemplateAdoptionDocument,
    "\n  query NationalLibraries { libraries(first: 100) { edges { node { id slug name kind } } } }\n": typeof types.NationalLibrariesDocument,
    "\n  query NationalThemeCommunities($libraryId: ID!) { communities(libraryId: $libraryId, first: 50) { edges { node { id name theme } } } }\n": typeof types.NationalThemeCommunitiesDocument,
    "\n  query ThreadExtras($id: ID!) {\n    thread(id: $id) {\n      id author { id }\n      items { id title creators year }\n      provenance { ...ProvenanceFields }\n      remoteProvenance { instance libraryName communityName url }\n      contentSource { title licence publishedAt ownerLibrary { name } }\n      community { id viewerCanModerate visibility library { catalogueUrlTemplate } nationalCommunity { id } }\n    }\n  }\n": typeof types.ThreadExtrasDocument,
    "mutation AcceptAnswer($postId: ID!) { acceptAnswer(postId: $postId) { id acceptedAnswer { id } } }": typeof types.AcceptAnswerDocument,
    "mutation UnacceptAnswer($threadId: ID!) { unacceptAnswer(threadId: $threadId) { id acceptedAnswer { id } } }": typeof types.UnacceptAnswerDocument,
    "query MyTwoFactor { myTwoFactor { enabled recoveryCodesLeft required } }": typeof types.MyTwoFactorDocument,
    "mutation SetupTotp { setupTotp { uri qrCode secret } }": typeof types.SetupTotpDocument,
    "mutation EnableTotp($code: String!) { enableTotp(code: $code) }": typeof types.EnableTotpDocument,
    "mutation DisableTotp($password: String!) { disableTotp(password: $password) }": typeof types.DisableTotpDocument,
    "\n  fragment CommunitySummary on Community { id slug name description theme visibility memberCount libraryId }\n": typeof types.CommunitySummaryFragmentDoc,
    "\n  fragment ProvenanceFields on Provenance { fromLibrary { name } fromCommunity { slug name } }\n": typeof types.ProvenanceFieldsFragmentDoc,
    "\n  fragment ThreadSummary on Thread { id title kind pinned locked replyCount lastActivityAt author { displayName } }\n": typeof types.ThreadSummaryFragmentDoc,
    "\n  query Home($after: String) {\n    libraries(first: 100) { edges { node { id slug name kind } } }\n    communities(first: 100, after: $after) { edges { node { ...CommunitySummary } } pageInfo { hasNextPage endCursor } }\n  }\n": typeof types.HomeDocument,
    "\n  query LibraryPage($slug: String!) {\n    library(slug: $slug) { id slug name kind logoUrl primaryColor welcomeText staff { userId } verifiedExpertise { id topic user { id displayName handle } } }\n    me { id isPlatformAdmin }\n  }\n": typeof types.LibraryPageDocument,
    "\n  query LibraryCommunities($libraryId: ID!, $after: String) {\n    communities(first: 100, libraryId: $libraryId, after: $after) { edges { node { ...CommunitySummary } } pageInfo { hasNextPage endCursor } }\n  }\n": typeof types.LibraryCommunitiesDocument,
    "\n  query CommunityPage($slug: String!, $threads: Boolean = true) {\n    community(slug: $slug) {\n      ...CommunitySummary\n      bannerUrl\n      campaignBanner { name text color endsOn }\n      library { id slug name kind }\n      viewerCanRead\n      viewerCanModerate\n      publicModLog\n      liveCursor\n      viewerMembership { state role }\n      viewerFollows\n      isNational\n      nationalCommunity { slug name }\n      threads(first: 30) @include(if: $threads) { edges { node { ...ThreadSummary } } pageInfo { hasNextPage endCursor } }\n    }\n  }\n": typeof types.CommunityPageDocument,
    "\n  query CommunityThreads($slug: String!, $after: String) {\n    community(slug: $slug) { id threads(first: 30, after: $after) { edges { node { ...ThreadSummary } } pageInfo { hasNextPage endCursor } } }\n  }\n": typeof types.CommunityThreadsDocument,
    "mutation Follow($input: FollowInput!) { follow(input: $input) }": typeof types.FollowDocument,
    "mutation Unfollow($input: FollowInput!) { unfollow(input: $input) }": typeof types.UnfollowDocument,
    "mutation Join($id: ID!) { joinCommunity(communityId: $id) { state role } }": typeof types.JoinDocument,
    "mutation Leave($id: ID!) { leaveCommunity(communityId: $id) }": typeof types.LeaveDocument,
    "mutation CreateThread($input: CreateThreadInput!) { createThread(input: $input) { id } }": typeof types.CreateThreadDocument,
    "\n  fragment PostFields on Post {\n    id seq state isDeleted bodyHtml createdAt editedAt replyToId\n    author { id displayName avatarUrl }\n    reactionCounts { kind count }\n    isAcceptedAnswer\n    authorExpertise { id topic library { name } }\n    linkPreviews { url title description siteName imageUrl imageWidth imageHeight }\n  }\n": typeof types.PostFieldsFragmentDoc,
    "\n  query ThreadPage($id: ID!) {\n    thread(id: $id) {\n      id title kind pinned locked replyCount viewerCanReply viewerFollows\n      community { id slug name viewerMembership { state } }\n      posts(first: 50) { edges { cursor node { ...PostFields viewerReactions } } pageInfo { hasNextPage endCursor } }\n    }\n  }\n": typeof types.ThreadPageDocument,
    "\n  query ThreadPosts($id: ID!, $after: String) {\n    thread(id: $id) { id posts(first: 50, after: $after) { edges { cursor node { ...PostFields viewerReactions } } pageInfo { hasNextPage endCursor } } }\n  }\n": typeof types.ThreadPostsDocument,
    "query ThreadViewer($id: ID!) { thread(id: $id) { id locked viewerCanReply } }": typeof types.ThreadViewerDocument,
    "\n  subscription ThreadEvents($threadId: ID!, $after: String) {\n    threadEvents(threadId: $threadId, after: $after) {\n      type cursor\n      post { ...PostFields }\n      thread { id title pinned locked replyCount }\n    }\n  }\n": typeof types.ThreadEventsDocument,
    "mutation CreatePost($input: CreatePostInput!) { createPost(input: $input) { ...PostFields viewerReactions } }": typeof types.CreatePostDocument,
    "query PreviewMarkdown($body: String!) { previewMarkdown(body: $body) }": typeof types.PreviewMarkdownDocument,
    "fragment ReactionResult on Post { id reactionCounts { kind count } viewerReactions }": typeof types.ReactionResultFragmentDoc,
    "mutation React($input: ReactInput!) { react(input: $input) { ...ReactionResult } }": typeof types.ReactDocument,
    "mutation Unreact($input: ReactInput!) { unreact(input: $input) { ...ReactionResult } }": typeof types.UnreactDocument,
    "query Me { me { id displayName email createdAt isPlatformAdmin suspension { reason until } } }": typeof types.MeDocument,
    "\n  subscription CommunityEvents($communityId: ID!, $after: String) {\n    communityEvents(communityId: $communityId, after: $after) { type cursor threadId thread { ...ThreadSummary } }\n  }\n": typeof types.CommunityEventsDocument,
    "fragment AuthPayloadFields on AuthPayload { accessToken accessTokenExpiresAt user { id displayName emailVerified } }": typeof types.AuthPayloadFieldsFragmentDoc,
    "mutation RefreshSession { refreshSession { ...AuthPayloadFields } }": typeof types.RefreshSessionDocument,
    "mutation Login($input: LoginInput!) { login(input: $input) { ...AuthPayloadFields } }": typeof types.LoginDocument,
    "mutation Register($input: RegisterInput!) { register(input: $input) { ...AuthPayloadFields } }": typeof types.RegisterDocument,
    "mutation Logout { logout }": typeof types.LogoutDocument,
    "mutation CompleteSsoLogin($input: CompleteSsoLoginInput!) { completeSsoLogin(input: $input) { ...AuthPayloadFields } }": typeof types.CompleteSsoLoginDocument,
    "mutation ReportContent($input: ReportContentInput!) { reportContent(input: $input) { id } }": typeof types.ReportContentDocument,
};
const documents: Documents = {
    "\n  query AcademyAccess {\n    academyAccess { canRead canAuthor canTake canEditTargets }\n  }\n": types.AcademyAccessDocument,
    "\n  query AcademyCourses {\n    courses { id title summary basic publishedAt viewerCompletedAt modules { id viewerPassed } }\n  }\n": types.AcademyCoursesDocument,
    "\n  query AcademyCourse($id: ID!) {\n    course(id: $id) {\n      id title summary basic publishedAt viewerCompletedAt\n      modules { id title body bodyHtml imageUrl imageAlt viewerPassed questions { id prompt options correctOption } }\n    }\n  }\n": types.AcademyCourseDocument,
    "\n  mutation SaveCourse($input: SaveCourseInput!) {\n    saveCourse(input: $input) { id }\n  }\n": types.SaveCourseDocument,
    "\n  mutation PublishCourse($id: ID!, $published: Boolean!) {\n    publishCourse(id: $id, published: $published) { id publishedAt }\n  }\n": types.PublishCourseDocument,
    "\n  mutation AnswerCourseModule($input: AnswerCourseModuleInput!) {\n    answerCourseModule(input: $input) { correct passed courseCompleted completedAt module { id } }\n  }\n": types.AnswerCourseModuleDocument,
    "\n  query NationalProgramme($weeks: Int!) {\n    nationalDashboard(weeks: $weeks) {\n      libraries librariesTrained librariesPresent librariesFacilitating\n      targets { trained present facilitating updatedAt }\n      phaseHistory(weeks: $weeks) { weekStart trained present facilitating }\n      perLibrary {\n        library { id slug name } trained trainedAt present facilitatesValueNetwork\n        phaseHistory(weeks: $weeks) { weekStart trained present facilitating }\n      }\n    }\n  }\n": types.NationalProgrammeDocument,
    "\n  mutation SetProgrammeTargets($input: ProgrammeTargetsInput!) {\n    setProgrammeTargets(input: $input) { trained present facilitating updatedAt }\n  }\n": types.SetProgrammeTargetsDocument,
    "mutation RequestPasswordReset($email: String!) { requestPasswordReset(email: $email) }": types.RequestPasswordResetDocument,
    "mutation ResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) }": types.ResetPasswordDocument,
    "mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) }": types.ChangePasswordDocument,
    "query MySessions { mySessions { id createdAt lastUsedAt userAgent current } }": types.MySessionsDocument,
    "mutation RevokeSession($id: ID!) { revokeSession(id: $id) }": types.RevokeSessionDocument,
    "mutation LogoutEverywhere { logoutEverywhere }": types.LogoutEverywhereDocument,
    "fragment ItemThreadFields on Thread { id title kind replyCount lastActivityAt community { slug name } }": types.ItemThreadFieldsFragmentDoc,
    "\n  query ItemPage($id: ID!) {\n    item(id: $id) {\n      id title creators year isbn13 publisher edition subjects\n      holdings { id catalogueUrl library { slug name } }\n      experts { id displayName }\n      threads(first: 30) { edges { cursor node { ...ItemThreadFields } } pageInfo { hasNextPage endCursor } }\n    }\n  }\n": types.ItemPageDocument,
    "\n  query ItemThreads($id: ID!, $after: String) {\n    item(id: $id) { id threads(first: 30, after: $after) { edges { cursor node { ...ItemThreadFields } } pageInfo { hasNextPage endCursor } } }\n  }\n": types.ItemThreadsDocument,
    "mutation CreateCommunity($input: CreateCommunityInput!) { createCommunity(input: $input) { id slug name } }": types.CreateCommunityDocument,
    "query NewCommunityLibrary($slug: String!) { library(slug: $slug) { id slug name kind staff { userId } } me { id isPlatformAdmin } }": types.NewCommunityLibraryDocument,
    "query NationalCommunities { communities(first: 50) { edges { node { id name isNational } } } }": types.NationalCommunitiesDocument,
    "mutation CreateChapter($input: CreateChapterInput!) { createChapter(input: $input) { id slug name } }": types.CreateChapterDocument,
    "fragment SettingsFields on CommunitySettings { approval publicModLog reportThreshold slowModeSeconds }": types.SettingsFieldsFragmentDoc,
    "fragment WatchedWordFields on WatchedWord { id phrase action communityId }": types.WatchedWordFieldsFragmentDoc,
    "\n  query CommunitySettings($slug: String!, $communityId: ID!) {\n    community(slug: $slug) { id visibility bannerUrl moderationSettings { ...SettingsFields } }\n    watchedWords(communityId: $communityId) { ...WatchedWordFields }\n  }\n": types.CommunitySettingsDocument,
    "\n  mutation UpdateCommunitySettings($input: CommunitySettingsInput!) {\n    updateCommunitySettings(input: $input) { id moderationSettings { ...SettingsFields } }\n  }\n": types.UpdateCommunitySettingsDocument,
    "mutation AddWatchedWord($input: AddWatchedWordInput!) { addWatchedWord(input: $input) { ...WatchedWordFields } }": types.AddWatchedWordDocument,
    "mutation RemoveWatchedWord($id: ID!) { removeWatchedWord(id: $id) }": types.RemoveWatchedWordDocument,
    "query FindUser($handle: String!) { user(handle: $handle) { id displayName handle } }": types.FindUserDocument,
    "mutation InviteToCommunity($communityId: ID!, $userId: ID!) { inviteToCommunity(communityId: $communityId, userId: $userId) }": types.InviteToCommunityDocument,
    "fragment InviteLinkFields on InviteLink { id createdAt expiresAt maxUses uses }": types.InviteLinkFieldsFragmentDoc,
    "query InviteLinks($communityId: ID!) { inviteLinks(communityId: $communityId) { ...InviteLinkFields } }": types.InviteLinksDocument,
    "\n  mutation CreateInviteLink($input: CreateInviteLinkInput!) { createInviteLink(input: $input) { token link { ...InviteLinkFields } } }\n": types.CreateInviteLinkDocument,
    "mutation RevokeInviteLink($id: ID!) { revokeInviteLink(id: $id) }": types.RevokeInviteLinkDocument,
    "query InviteLinkPreview($token: String!) { inviteLinkPreview(token: $token) { communityName communitySlug visibility expiresAt usable } }": types.InviteLinkPreviewDocument,
    "mutation AcceptInviteLink($token: String!) { acceptInviteLink(token: $token) { id state } }": types.AcceptInviteLinkDocument,
    "mutation VerifyEmail($token: String!) { verifyEmail(token: $token) }": types.VerifyEmailDocument,
    "mutation ResendVerification { resendVerification }": types.ResendVerificationDocument,
    "mutation RequestEmailChange($input: RequestEmailChangeInput!) { requestEmailChange(input: $input) }": types.RequestEmailChangeDocument,
    "mutation ConfirmEmailChange($token: String!) { confirmEmailChange(token: $token) }": types.ConfirmEmailChangeDocument,
    "\n  query CommunityEventList($slug: String!) {\n    community(slug: $slug) {\n      id slug name viewerCanModerate\n      events { id title startsAt endsAt location onlineUrl capacity cancelledAt goingCount placesLeft viewerRsvp }\n    }\n  }\n": types.CommunityEventListDocument,
    "\n  query LibraryEventList($slug: String!) {\n    library(slug: $slug) {\n      id slug\n      events { id title startsAt endsAt location onlineUrl capacity cancelledAt goingCount placesLeft viewerRsvp }\n    }\n  }\n": types.LibraryEventListDocument,
    "\n  query EventPage($id: ID!) {\n    libraryEvent(id: $id) {\n      id title description startsAt endsAt location onlineUrl capacity cancelledAt cancelReason\n      goingCount waitlistCount placesLeft viewerRsvp viewerCanManage\n      community { id slug name }\n      attendees { status user { id displayName handle } }\n    }\n  }\n": types.EventPageDocument,
    "\n  query EventIcs($id: ID!) {\n    libraryEvent(id: $id) { id ics }\n  }\n": types.EventIcsDocument,
    "\n  mutation RsvpEvent($input: RsvpInput!) {\n    rsvpEvent(input: $input) { id viewerRsvp goingCount waitlistCount placesLeft }\n  }\n": types.RsvpEventDocument,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) { id }\n  }\n": types.CreateEventDocument,
    "\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) { id }\n  }\n": types.UpdateEventDocument,
    "\n  mutation CancelEvent($input: CancelEventInput!) {\n    cancelEvent(input: $input) { id cancelledAt cancelReason }\n  }\n": types.CancelEventDocument,
    "\n  query CommunityFederation($communityId: ID!) {\n    communityFederation(communityId: $communityId) { communityId enabled handle remoteFollowers }\n  }\n": types.CommunityFederationDocument,
    "\n  mutation SetCommunityFederation($input: SetCommunityFederationInput!) {\n    setCommunityFederation(input: $input) { communityId enabled handle remoteFollowers }\n  }\n": types.SetCommunityFederationDocument,
    "\n  query RemoteCommunities {\n    remoteCommunities { id handle name summary url accepted }\n  }\n": types.RemoteCommunitiesDocument,
    "\n  mutation FollowRemoteCommunity($handle: String!) {\n    followRemoteCommunity(handle: $handle) { id handle name summary url accepted }\n  }\n": types.FollowRemoteCommunityDocument,
    "\n  mutation UnfollowRemoteCommunity($id: ID!) { unfollowRemoteCommunity(id: $id) }\n": types.UnfollowRemoteCommunityDocument,
    "\n  query RemoteCommunityThreads($id: ID!) {\n    remoteCommunity(id: $id) {\n      id name handle\n      threads(first: 20) {\n        id uri title contentHtml authorName published editedAt likeCount viewerLiked\n        replies { id contentHtml authorName published editedAt deletedAt likeCount viewerLiked viewerIsAuthor }\n      }\n    }\n  }\n": types.RemoteCommunityThreadsDocument,
    "\n  mutation ReplyToRemoteThread($input: ReplyToRemoteInput!) {\n    replyToRemoteThread(input: $input) { id contentHtml authorName published editedAt deletedAt likeCount viewerLiked viewerIsAuthor }\n  }\n": types.ReplyToRemoteThreadDocument,
    "\n  mutation SetRemoteLike($input: SetRemoteLikeInput!) {\n    setRemoteLike(input: $input) { id likeCount viewerLiked }\n  }\n": types.SetRemoteLikeDocument,
    "\n  mutation EditRemoteReply($input: ReplyToRemoteInput!) {\n    editRemoteReply(input: $input) { id contentHtml editedAt }\n  }\n": types.EditRemoteReplyDocument,
    "\n  mutation DeleteRemoteReply($id: ID!) {\n    deleteRemoteReply(remotePostId: $id)\n  }\n": types.DeleteRemoteReplyDocument,
    "\n  query RemoteSyndication($id: ID!) {\n    thread(id: $id) {\n      id\n      state\n      community { id visibility }\n      syndications { id state targetHandle remoteUrl reason }\n    }\n  }\n": types.RemoteSyndicationDocument,
    "\n  mutation ProposeRemoteSyndication($threadId: ID!, $targetHandle: String!) {\n    proposeSyndication(threadId: $threadId, targetHandle: $targetHandle) { id state targetHandle remoteUrl reason }\n  }\n": types.ProposeRemoteSyndicationDocument,
    "\n  mutation WithdrawRemoteSyndication($id: ID!) {\n    withdrawSyndication(syndicationId: $id) { id state targetHandle remoteUrl reason }\n  }\n": types.WithdrawRemoteSyndicationDocument,
    "\n  query FederationViewer {\n    me { id isPlatformAdmin }\n  }\n": types.FederationViewerDocument,
    "\n  query BlockedInstances {\n    blockedInstances { id host reason createdAt }\n  }\n": types.BlockedInstancesDocument,
    "\n  mutation BlockInstance($input: BlockInstanceInput!) {\n    blockInstance(input: $input) { id host reason createdAt }\n  }\n": types.BlockInstanceDocument,
    "\n  mutation UnblockInstance($host: String!) {\n    unblockInstance(host: $host)\n  }\n": types.UnblockInstanceDocument,
    "\n  fragment CommunityFigureFields on CommunityFigures {\n    members activeMembers7d activeMembers30d medianFirstReplySeconds questions answeredQuestions acceptedQuestions unansweredQuestions expertAnswerShare\n    weeks { weekStart newThreads newPosts medianFirstReplySeconds }\n    topContributors { posts user { id displayName } }\n    reach { ...ReachFields }\n  }\n": types.CommunityFigureFieldsFragmentDoc,
    "\n  fragment LibraryFigureFields on LibraryFigures {\n    members activeMembers7d activeMembers30d medianFirstReplySeconds questions answeredQuestions acceptedQuestions unansweredQuestions expertAnswerShare\n    weeks { weekStart newThreads newPosts medianFirstReplySeconds }\n    topContributors { posts user { id displayName } }\n    reach { ...ReachFields }\n  }\n": types.LibraryFigureFieldsFragmentDoc,
    "\n  query MyCommunities($after: String) {\n    myCommunities(first: 100, after: $after) {\n      edges { node { ...CommunitySummary viewerMembership { state } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.MyCommunitiesDocument,
    "\n  query LibraryAdmin($slug: String!) {\n    library(slug: $slug) { id slug name kind logoUrl primaryColor welcomeText catalogueUrlTemplate staff { userId role createdAt user { id displayName handle } } }\n    me { id isPlatformAdmin }\n  }\n": types.LibraryAdminDocument,
    "\n  mutation CreateLibrary($input: CreateLibraryInput!) { createLibrary(input: $input) { id slug name } }\n": types.CreateLibraryDocument,
    "\n  mutation AddLibraryStaff($input: LibraryStaffInput!) { addLibraryStaff(input: $input) { userId role } }\n": types.AddLibraryStaffDocument,
    "\n  mutation RemoveLibraryStaff($input: RemoveLibraryStaffInput!) { removeLibraryStaff(input: $input) }\n": types.RemoveLibraryStaffDocument,
    "\n  mutation UpdateLibraryStyle($input: UpdateLibraryStyleInput!) {\n    updateLibraryStyle(input: $input) { id name logoUrl primaryColor welcomeText catalogueUrlTemplate }\n  }\n": types.UpdateLibraryStyleDocument,
    "query ManageCommunity($slug: String!) { community(slug: $slug) { id slug name viewerCanModerate library { slug name } } }": types.ManageCommunityDocument,
    "\n  query Queue($communityId: ID!, $after: String) {\n    moderationQueue(communityId: $communityId, first: 30, after: $after) {\n      edges { cursor node { id seq bodyHtml createdAt author { displayName } thread { id title } } } pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.QueueDocument,
    "mutation ApprovePost($postId: ID!) { approvePost(postId: $postId) { id state } }": types.ApprovePostDocument,
    "mutation RejectPost($postId: ID!, $reason: String!) { rejectPost(postId: $postId, reason: $reason) { id state } }": types.RejectPostDocument,
    "\n  query Reports($communityId: ID!, $after: String) {\n    reports(communityId: $communityId, first: 30, after: $after) {\n      edges { cursor node { id reason note createdAt targetType reporter { displayName } post { id seq bodyHtml state author { displayName } } thread { id title } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ReportsDocument,
    "mutation ResolveReport($input: ResolveReportInput!) { resolveReport(input: $input) { id status } }": types.ResolveReportDocument,
    "\n  query ModLog($communityId: ID!, $after: String) {\n    modLog(communityId: $communityId, first: 50, after: $after) {\n      edges { cursor node { id action targetType reason details createdAt expiresAt actor { displayName } } } pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ModLogDocument,
    "\n  query Members($slug: String!, $state: MembershipState, $after: String) {\n    community(slug: $slug) { id members(first: 50, state: $state, after: $after) {\n      edges { cursor node { id role state createdAt banReason bannedUntil user { id displayName } } } pageInfo { hasNextPage endCursor }\n    } }\n  }\n": types.MembersDocument,
    "mutation ApproveMembership($input: MembershipDecisionInput!) { approveMembership(input: $input) { id state } }": types.ApproveMembershipDocument,
    "mutation RejectMembership($input: MembershipDecisionInput!) { rejectMembership(input: $input) }": types.RejectMembershipDocument,
    "mutation SetMemberRole($input: SetMemberRoleInput!) { setMemberRole(input: $input) { id role } }": types.SetMemberRoleDocument,
    "mutation BanMember($input: BanMemberInput!) { banMember(input: $input) { id state } }": types.BanMemberDocument,
    "mutation UnbanMember($input: UnbanMemberInput!) { unbanMember(input: $input) }": types.UnbanMemberDocument,
    "\n  query Figures($communityId: ID!, $weeks: Int!) { communityFigures(communityId: $communityId, weeks: $weeks) { ...CommunityFigureFields } }\n": types.FiguresDocument,
    "fragment ThreadStateFields on Thread { id pinned locked community { id slug name } }": types.ThreadStateFieldsFragmentDoc,
    "mutation LockThread($threadId: ID!, $reason: String) { lockThread(threadId: $threadId, reason: $reason) { ...ThreadStateFields } }": types.LockThreadDocument,
    "mutation UnlockThread($threadId: ID!) { unlockThread(threadId: $threadId) { ...ThreadStateFields } }": types.UnlockThreadDocument,
    "mutation PinThread($threadId: ID!) { pinThread(threadId: $threadId) { ...ThreadStateFields } }": types.PinThreadDocument,
    "mutation UnpinThread($threadId: ID!) { unpinThread(threadId: $threadId) { ...ThreadStateFields } }": types.UnpinThreadDocument,
    "mutation MoveThread($threadId: ID!, $communityId: ID!) { moveThread(threadId: $threadId, communityId: $communityId) { ...ThreadStateFields } }": types.MoveThreadDocument,
    "query MoveTargets($libraryId: ID!) { communities(libraryId: $libraryId, first: 50) { edges { node { id name viewerCanModerate } } } }": types.MoveTargetsDocument,
    "query ThreadLibrary($id: ID!) { thread(id: $id) { id community { id libraryId } } }": types.ThreadLibraryDocument,
    "fragment PostStateFields on Post { id state isDeleted bodyHtml editedAt }": types.PostStateFieldsFragmentDoc,
    "mutation HidePost($postId: ID!, $reason: String!) { hidePost(postId: $postId, reason: $reason) { ...PostStateFields } }": types.HidePostDocument,
    "mutation RemovePost($postId: ID!, $reason: String!) { removePost(postId: $postId, reason: $reason) { ...PostStateFields } }": types.RemovePostDocument,
    "mutation RestorePost($postId: ID!) { restorePost(postId: $postId) { ...PostStateFields } }": types.RestorePostDocument,
    "mutation DeletePost($postId: ID!, $reason: String) { deletePost(postId: $postId, reason: $reason) { ...PostStateFields } }": types.DeletePostDocument,
    "mutation EditPost($input: EditPostInput!) { editPost(input: $input) { ...PostStateFields } }": types.EditPostDocument,
    "query PostSource($postId: ID!) { postRevisions(postId: $postId) { id version body createdAt editedByModerator redactedAt } }": types.PostSourceDocument,
    "mutation RedactRevision($input: RedactRevisionInput!) { redactRevision(input: $input) { id redactedAt } }": types.RedactRevisionDocument,
    "mutation RemoveMember($input: MembershipDecisionInput!) { removeMember(input: $input) }": types.RemoveMemberDocument,
    "fragment SuspensionFields on User { id suspension { reason since until } }": types.SuspensionFieldsFragmentDoc,
    "query ProfileAdmin($handle: String!) { user(handle: $handle) { displayName ...SuspensionFields } me { id isPlatformAdmin } }": types.ProfileAdminDocument,
    "mutation SuspendUser($input: SuspendUserInput!) { suspendUser(input: $input) { ...SuspensionFields } }": types.SuspendUserDocument,
    "mutation UnsuspendUser($userId: ID!) { unsuspendUser(userId: $userId) { ...SuspensionFields } }": types.UnsuspendUserDocument,
    "query PublicLogCommunity($slug: String!) { community(slug: $slug) { id slug name publicModLog library { slug name } } }": types.PublicLogCommunityDocument,
    "\n  query PublicModLog($communityId: ID!, $after: String) {\n    publicModLog(communityId: $communityId, first: 50, after: $after) {\n      edges { cursor node { id action targetType reason createdAt expiresAt } } pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.PublicModLogDocument,
    "\n  query ManageWork($communityId: ID!, $slug: String!) {\n    moderationQueue(communityId: $communityId, first: 30) { edges { cursor } pageInfo { hasNextPage } }\n    reports(communityId: $communityId, first: 30) { edges { cursor } pageInfo { hasNextPage } }\n    community(slug: $slug) { id members(state: PENDING, first: 30) { edges { cursor } pageInfo { hasNextPage } } }\n  }\n": types.ManageWorkDocument,
    "\n  query ItemSearch($query: String!) { items(query: $query, first: 10) { edges { node { id title creators year isbn13 } } } }\n": types.ItemSearchDocument,
    "mutation LinkItem($input: ThreadItemInput!) { linkItem(input: $input) { id items { id title } } }": types.LinkItemDocument,
    "mutation UnlinkItem($input: ThreadItemInput!) { unlinkItem(input: $input) { id items { id title } } }": types.UnlinkItemDocument,
    "\n  query ConversationCommunities($after: String) {\n    communities(first: 100, after: $after) {\n      edges { node { id name viewerMembership { state } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ConversationCommunitiesDocument,
    "\n  mutation StartItemThread($input: CreateThreadInput!) { createThread(input: $input) { id title } }\n": types.StartItemThreadDocument,
    "\n  fragment SyndicationRow on Syndication {\n    id state reason proposedAt decidedAt showing targetHandle remoteUrl\n    origin { instance libraryName communityName url }\n    proposedBy { id displayName }\n    decidedBy { id displayName }\n    toCommunity { slug name }\n    fromCommunity { slug name }\n    fromLibrary { name }\n    thread { id title }\n  }\n": types.SyndicationRowFragmentDoc,
    "\n  query ThreadSyndications($id: ID!) {\n    thread(id: $id) {\n      id\n      community { id visibility viewerCanModerate nationalCommunity { id slug name } }\n      syndications { ...SyndicationRow }\n    }\n  }\n": types.ThreadSyndicationsDocument,
    "mutation ProposeSyndication($threadId: ID!) { proposeSyndication(threadId: $threadId) { id state } }": types.ProposeSyndicationDocument,
    "mutation AcceptSyndication($id: ID!, $reason: String) { acceptSyndication(syndicationId: $id, reason: $reason) { id state } }": types.AcceptSyndicationDocument,
    "mutation DeclineSyndication($id: ID!, $reason: String) { declineSyndication(syndicationId: $id, reason: $reason) { id state reason } }": types.DeclineSyndicationDocument,
    "mutation WithdrawSyndication($id: ID!, $reason: String) { withdrawSyndication(syndicationId: $id, reason: $reason) { id state } }": types.WithdrawSyndicationDocument,
    "query SyndicationCommunity($slug: String!) { community(slug: $slug) { id slug name isNational viewerCanModerate } }": types.SyndicationCommunityDocument,
    "\n  query SyndicationInbox($communityId: ID!, $state: SyndicationState, $after: String) {\n    syndicationProposals(communityId: $communityId, state: $state, first: 50, after: $after) {\n      edges { cursor node { ...SyndicationRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.SyndicationInboxDocument,
    "\n  query ContentLibrary($slug: String!) {\n    library(slug: $slug) { id slug name kind staff { userId } }\n    me { id isPlatformAdmin }\n  }\n": types.ContentLibraryDocument,
    "\n  fragment ContentItemFields on ContentItem {\n    id title body bodyHtml tags campaign licence validFrom validUntil sharedNationally archived updatedAt\n    ownerLibrary { id slug name kind }\n    usage { total libraries { count library { name } } }\n  }\n": types.ContentItemFieldsFragmentDoc,
    "\n  query ContentItems($filter: ContentFilter, $after: String) {\n    contentItems(filter: $filter, first: 30, after: $after) {\n      edges { cursor node { id title tags campaign archived sharedNationally validFrom validUntil ownerLibrary { name } usage { total } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ContentItemsDocument,
    "\n  query ContentItemPage($id: ID!, $slug: String!) {\n    contentItem(id: $id) { ...ContentItemFields }\n    library(slug: $slug) { id slug name staff { userId } }\n    me { id isPlatformAdmin }\n  }\n": types.ContentItemPageDocument,
    "\n  query PublishTargets($libraryId: ID!) {\n    communities(first: 100, libraryId: $libraryId) { edges { node { id name viewerCanModerate viewerMembership { state } } } }\n  }\n": types.PublishTargetsDocument,
    "\n  mutation CreateContentItem($input: CreateContentItemInput!) { createContentItem(input: $input) { id title } }\n": types.CreateContentItemDocument,
    "\n  mutation UpdateContentItem($input: UpdateContentItemInput!) { updateContentItem(input: $input) { ...ContentItemFields } }\n": types.UpdateContentItemDocument,
    "mutation ArchiveContentItem($id: ID!) { archiveContentItem(id: $id) { ...ContentItemFields } }": types.ArchiveContentItemDocument,
    "mutation PublishContent($input: PublishContentInput!) { publishContent(input: $input) { id title } }": types.PublishContentDocument,
    "fragment SyndicationFields on Syndication { fromLibrary { name } fromCommunity { slug name } }": types.SyndicationFieldsFragmentDoc,
    "\n  query CommunityFeed($slug: String!, $after: String) {\n    community(slug: $slug) {\n      id liveCursor\n      feed(first: 30, after: $after) {\n        edges { cursor node { thread { ...ThreadSummary } syndication { ...SyndicationFields } } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.CommunityFeedDocument,
    "\n  subscription FeedEvents($communityId: ID!, $after: String) {\n    communityEvents(communityId: $communityId, after: $after) { type cursor threadId thread { ...ThreadSummary community { id } provenance { ...ProvenanceFields } } }\n  }\n": types.FeedEventsDocument,
    "\n  query CommunityChapters($slug: String!) {\n    community(slug: $slug) {\n      id\n      chapters(first: 100) { edges { node { id slug name library { name } } } }\n    }\n  }\n": types.CommunityChaptersDocument,
    "\n  fragment NotificationFields on Notification { id kind read createdAt detail actor { displayName } community { slug name } thread { id title } post { id seq } event { id title } }\n": types.NotificationFieldsFragmentDoc,
    "query UnreadCount { unreadCount }": types.UnreadCountDocument,
    "subscription NotificationAdded { notificationAdded { unreadCount notification { ...NotificationFields } } }": types.NotificationAddedDocument,
    "\n  query MyExpertise {\n    me { id expertise { id topic state rejectReason revokeReason libraryId } }\n  }\n": types.MyExpertiseDocument,
    "\n  mutation JoinAsExpert($communityId: ID!) { joinAsExpert(communityId: $communityId) { role state } }\n": types.JoinAsExpertDocument,
    "\n  mutation InviteByEmail($input: InviteByEmailInput!) { inviteByEmail(input: $input) }\n": types.InviteByEmailDocument,
    "\n  mutation InviteStaffByEmail($input: InviteStaffByEmailInput!) { inviteStaffByEmail(input: $input) }\n": types.InviteStaffByEmailDocument,
    "\n  query EmailInvitation($token: String!) {\n    emailInvitation(token: $token) { communityName communitySlug libraryName librarySlug staffRole }\n  }\n": types.EmailInvitationDocument,
    "\n  mutation AcceptEmailInvitation($token: String!) { acceptEmailInvitation(token: $token) { communitySlug librarySlug staffRole } }\n": types.AcceptEmailInvitationDocument,
    "\n  mutation SetCommunityVisibility($input: SetCommunityVisibilityInput!) { setCommunityVisibility(input: $input) { id visibility } }\n": types.SetCommunityVisibilityDocument,
    "mutation DeleteAccount($input: DeleteAccountInput!) { deleteAccount(input: $input) }": types.DeleteAccountDocument,
    "query ProfileSettings { me { id displayName handle bio } notificationPreferences { locale } }": types.ProfileSettingsDocument,
    "mutation UpdateProfile($input: UpdateProfileInput!) { updateProfile(input: $input) { id displayName bio } }": types.UpdateProfileDocument,
    "\n  query PublicProfile($handle: String!) {\n    user(handle: $handle) { id displayName handle bio createdAt expertise { id topic state library { name } } }\n  }\n": types.PublicProfileDocument,
    "\n  query PushSettings { vapidPublicKey notificationPreferences { pushAvailable pushKinds pushSubscriptions } }\n": types.PushSettingsDocument,
    "mutation SubscribePush($input: SubscribePushInput!) { subscribePush(input: $input) }": types.SubscribePushDocument,
    "mutation UnsubscribePush($endpoint: String) { unsubscribePush(endpoint: $endpoint) }": types.UnsubscribePushDocument,
    "\n  mutation SetPushKinds($kinds: [NotificationKind!]!) { setPushKinds(kinds: $kinds) { pushAvailable pushKinds pushSubscriptions } }\n": types.SetPushKindsDocument,
    "\n  fragment ReachFields on ReachFigures {\n    pageViews catalogueClicks localFollowers remoteFollowers followers\n    weeks { weekStart pageViews catalogueClicks }\n  }\n": types.ReachFieldsFragmentDoc,
    "\n  fragment CommunityReachFields on CommunityReach {\n    community { id slug name } pageViews catalogueClicks localFollowers remoteFollowers followers\n  }\n": types.CommunityReachFieldsFragmentDoc,
    "\n  query Search($query: String!, $filter: SearchFilter, $after: String) {\n    search(query: $query, filter: $filter, first: 20, after: $after) {\n      edges { cursor node { kind snippet thread { id title } post { id seq } community { slug name } item { id title year } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.SearchDocument,
    "\n  query Notifications($after: String, $unreadOnly: Boolean) {\n    notifications(first: 30, after: $after, unreadOnly: $unreadOnly) { edges { cursor node { ...NotificationFields } } pageInfo { hasNextPage endCursor } }\n  }\n": types.NotificationsDocument,
    "mutation MarkRead($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }": types.MarkReadDocument,
    "\n  fragment PreferenceFields on NotificationPreferences { digestHourUtc emailAvailable emailDelivery locale kinds { kind channel } }\n": types.PreferenceFieldsFragmentDoc,
    "query Preferences { notificationPreferences { ...PreferenceFields } }": types.PreferencesDocument,
    "\n  mutation SetPreference($input: NotificationPreferenceInput!) { setNotificationPreference(input: $input) { ...PreferenceFields } }\n": types.SetPreferenceDocument,
    "\n  mutation SetEmailDelivery($delivery: EmailDelivery, $locale: Locale) {\n    setEmailDelivery(delivery: $delivery, locale: $locale) { ...PreferenceFields }\n  }\n": types.SetEmailDeliveryDocument,
    "\n  query OwnProfile {\n    me { id handle expertise { id topic state evidence revokeReason rejectReason library { name } } }\n    libraries(first: 100) { edges { node { id name } } }\n  }\n": types.OwnProfileDocument,
    "mutation Claim($input: ClaimExpertiseInput!) { claimExpertise(input: $input) { id } }": types.ClaimDocument,
    "mutation WithdrawExpertise($expertiseId: ID!) { withdrawExpertise(expertiseId: $expertiseId) { id state } }": types.WithdrawExpertiseDocument,
    "mutation SetHandle($input: SetHandleInput!) { setHandle(input: $input) { id handle } }": types.SetHandleDocument,
    "\n  query SsoLibraries {\n    ssoLibraries { id slug name ssoLogin { label url } }\n  }\n": types.SsoLibrariesDocument,
    "query LibrarySsoLogin($slug: String!) { library(slug: $slug) { id slug name ssoLogin { label url } } }": types.LibrarySsoLoginDocument,
    "\n  query LibrarySsoSettings($slug: String!) {\n    librarySso(librarySlug: $slug) { issuer clientId clientSecretSet label enabled redirectUri }\n  }\n": types.LibrarySsoSettingsDocument,
    "\n  mutation ConfigureLibrarySso($input: ConfigureLibrarySsoInput!) {\n    configureLibrarySso(input: $input) { issuer clientId clientSecretSet label enabled redirectUri }\n  }\n": types.ConfigureLibrarySsoDocument,
    "query StaffLibrary($slug: String!) { library(slug: $slug) { id slug name kind } }": types.StaffLibraryDocument,
    "\n  query LibraryFigures($libraryId: ID!, $weeks: Int!) {\n    libraryFigures(libraryId: $libraryId, weeks: $weeks) {\n      communities ...LibraryFigureFields communityReach { ...CommunityReachFields }\n      phaseHistory(weeks: $weeks) { weekStart trained present facilitating }\n    }\n  }\n": types.LibraryFiguresDocument,
    "\n  query NationalDashboard($weeks: Int!) {\n    nationalDashboard(weeks: $weeks) {\n      libraries librariesPresent librariesFacilitating medianFirstReplySeconds\n      perLibrary { present facilitatesValueNetwork medianFirstReplySeconds library { id slug name } trend { weekStart medianFirstReplySeconds } pageViews followers remoteFollowers catalogueClicks }\n      reach { ...ReachFields }\n    }\n  }\n": types.NationalDashboardDocument,
    "\n  query ExpertiseClaims($libraryId: ID!, $after: String) {\n    expertiseClaims(libraryId: $libraryId, first: 50, after: $after) {\n      edges { cursor node { id topic evidence createdAt user { id displayName } } } pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ExpertiseClaimsDocument,
    "\n  query ExpertiseLog($libraryId: ID!, $after: String) {\n    expertiseLog(libraryId: $libraryId, first: 50, after: $after) {\n      edges { cursor node { id action topic reason details createdAt expertiseId actor { displayName } expert { id displayName expertise { id state libraryId } } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ExpertiseLogDocument,
    "mutation VerifyExpertise($input: VerifyExpertiseInput!) { verifyExpertise(input: $input) { id state } }": types.VerifyExpertiseDocument,
    "mutation RejectExpertise($input: RejectExpertiseInput!) { rejectExpertise(input: $input) { id state } }": types.RejectExpertiseDocument,
    "mutation RevokeExpertise($input: RevokeExpertiseInput!) { revokeExpertise(input: $input) { id state } }": types.RevokeExpertiseDocument,
    "\n  query LibraryOnboarding($slug: String!) {\n    library(slug: $slug) { id slug name kind primaryColor }\n    me { id isPlatformAdmin }\n  }\n": types.LibraryOnboardingDocument,
    "\n  query OnboardingState($libraryId: ID!) {\n    libraryOnboarding(libraryId: $libraryId) { libraryId allDone completedAt steps { key done marked } }\n    communities(libraryId: $libraryId, first: 20) { edges { node { id slug name } } }\n  }\n": types.OnboardingStateDocument,
    "\n  mutation MarkOnboardingStep($libraryId: ID!, $step: OnboardingStepKey!) {\n    markOnboardingStep(libraryId: $libraryId, step: $step) { libraryId allDone steps { key done marked } }\n  }\n": types.MarkOnboardingStepDocument,
    "\n  mutation CompleteOnboarding($libraryId: ID!) { completeOnboarding(libraryId: $libraryId) { libraryId allDone completedAt } }\n": types.CompleteOnboardingDocument,
    "\n  query CommunityTemplates($includeEnded: Boolean) {\n    communityTemplates(includeEnded: $includeEnded) {\n      id kind name theme description running startsOn endsOn bannerText bannerColor watchedWords\n      starterThreads { title }\n      nationalCommunity { id slug name }\n    }\n  }\n": types.CommunityTemplatesDocument,
    "\n  mutation AdoptCommunityTemplate($input: AdoptCommunityTemplateInput!) { adoptCommunityTemplate(input: $input) { id slug name } }\n": types.AdoptCommunityTemplateDocument,
    "\n  mutation PublishCommunityTemplate($input: PublishCommunityTemplateInput!) { publishCommunityTemplate(input: $input) { id kind name } }\n": types.PublishCommunityTemplateDocument,
    "\n  query TemplateAdoption {\n    templateAdoption {\n      adoptions localLibraries\n      template { id kind name startsOn endsOn running }\n      libraries { libraryName librarySlug adoptedAt }\n    }\n  }\n": types.TemplateAdoptionDocument,
    "\n  query NationalLibraries { libraries(first: 100) { edges { node { id slug name kind } } } }\n": types.NationalLibrariesDocument,
    "\n  query NationalThemeCommunities($libraryId: ID!) { communities(libraryId: $libraryId, first: 50) { edges { node { id name theme } } } }\n": types.NationalThemeCommunitiesDocument,
    "\n  query ThreadExtras($id: ID!) {\n    thread(id: $id) {\n      id author { id }\n      items { id title creators year }\n      provenance { ...ProvenanceFields }\n      remoteProvenance { instance libraryName communityName url }\n      contentSource { title licence publishedAt ownerLibrary { name } }\n      community { id viewerCanModerate visibility library { catalogueUrlTemplate } nationalCommunity { id } }\n    }\n  }\n": types.ThreadExtrasDocument,
    "mutation AcceptAnswer($postId: ID!) { acceptAnswer(postId: $postId) { id acceptedAnswer { id } } }": types.AcceptAnswerDocument,
    "mutation UnacceptAnswer($threadId: ID!) { unacceptAnswer(threadId: $threadId) { id acceptedAnswer { id } } }": types.UnacceptAnswerDocument,
    "query MyTwoFactor { myTwoFactor { enabled recoveryCodesLeft required } }": types.MyTwoFactorDocument,
    "mutation SetupTotp { setupTotp { uri qrCode secret } }": types.SetupTotpDocument,
    "mutation EnableTotp($code: String!) { enableTotp(code: $code) }": types.EnableTotpDocument,
    "mutation DisableTotp($password: String!) { disableTotp(password: $password) }": types.DisableTotpDocument,
    "\n  fragment CommunitySummary on Community { id slug name description theme visibility memberCount libraryId }\n": types.CommunitySummaryFragmentDoc,
    "\n  fragment ProvenanceFields on Provenance { fromLibrary { name } fromCommunity { slug name } }\n": types.ProvenanceFieldsFragmentDoc,
    "\n  fragment ThreadSummary on Thread { id title kind pinned locked replyCount lastActivityAt author { displayName } }\n": types.ThreadSummaryFragmentDoc,
    "\n  query Home($after: String) {\n    libraries(first: 100) { edges { node { id slug name kind } } }\n    communities(first: 100, after: $after) { edges { node { ...CommunitySummary } } pageInfo { hasNextPage endCursor } }\n  }\n": types.HomeDocument,
    "\n  query LibraryPage($slug: String!) {\n    library(slug: $slug) { id slug name kind logoUrl primaryColor welcomeText staff { userId } verifiedExpertise { id topic user { id displayName handle } } }\n    me { id isPlatformAdmin }\n  }\n": types.LibraryPageDocument,
    "\n  query LibraryCommunities($libraryId: ID!, $after: String) {\n    communities(first: 100, libraryId: $libraryId, after: $after) { edges { node { ...CommunitySummary } } pageInfo { hasNextPage endCursor } }\n  }\n": types.LibraryCommunitiesDocument,
    "\n  query CommunityPage($slug: String!, $threads: Boolean = true) {\n    community(slug: $slug) {\n      ...CommunitySummary\n      bannerUrl\n      campaignBanner { name text color endsOn }\n      library { id slug name kind }\n      viewerCanRead\n      viewerCanModerate\n      publicModLog\n      liveCursor\n      viewerMembership { state role }\n      viewerFollows\n      isNational\n      nationalCommunity { slug name }\n      threads(first: 30) @include(if: $threads) { edges { node { ...ThreadSummary } } pageInfo { hasNextPage endCursor } }\n    }\n  }\n": types.CommunityPageDocument,
    "\n  query CommunityThreads($slug: String!, $after: String) {\n    community(slug: $slug) { id threads(first: 30, after: $after) { edges { node { ...ThreadSummary } } pageInfo { hasNextPage endCursor } } }\n  }\n": types.CommunityThreadsDocument,
    "mutation Follow($input: FollowInput!) { follow(input: $input) }": types.FollowDocument,
    "mutation Unfollow($input: FollowInput!) { unfollow(input: $input) }": types.UnfollowDocument,
    "mutation Join($id: ID!) { joinCommunity(communityId: $id) { state role } }": types.JoinDocument,
    "mutation Leave($id: ID!) { leaveCommunity(communityId: $id) }": types.LeaveDocument,
    "mutation CreateThread($input: CreateThreadInput!) { createThread(input: $input) { id } }": types.CreateThreadDocument,
    "\n  fragment PostFields on Post {\n    id seq state isDeleted bodyHtml createdAt editedAt replyToId\n    author { id displayName avatarUrl }\n    reactionCounts { kind count }\n    isAcceptedAnswer\n    authorExpertise { id topic library { name } }\n    linkPreviews { url title description siteName imageUrl imageWidth imageHeight }\n  }\n": types.PostFieldsFragmentDoc,
    "\n  query ThreadPage($id: ID!) {\n    thread(id: $id) {\n      id title kind pinned locked replyCount viewerCanReply viewerFollows\n      community { id slug name viewerMembership { state } }\n      posts(first: 50) { edges { cursor node { ...PostFields viewerReactions } } pageInfo { hasNextPage endCursor } }\n    }\n  }\n": types.ThreadPageDocument,
    "\n  query ThreadPosts($id: ID!, $after: String) {\n    thread(id: $id) { id posts(first: 50, after: $after) { edges { cursor node { ...PostFields viewerReactions } } pageInfo { hasNextPage endCursor } } }\n  }\n": types.ThreadPostsDocument,
    "query ThreadViewer($id: ID!) { thread(id: $id) { id locked viewerCanReply } }": types.ThreadViewerDocument,
    "\n  subscription ThreadEvents($threadId: ID!, $after: String) {\n    threadEvents(threadId: $threadId, after: $after) {\n      type cursor\n      post { ...PostFields }\n      thread { id title pinned locked replyCount }\n    }\n  }\n": types.ThreadEventsDocument,
    "mutation CreatePost($input: CreatePostInput!) { createPost(input: $input) { ...PostFields viewerReactions } }": types.CreatePostDocument,
    "query PreviewMarkdown($body: String!) { previewMarkdown(body: $body) }": types.PreviewMarkdownDocument,
    "fragment ReactionResult on Post { id reactionCounts { kind count } viewerReactions }": types.ReactionResultFragmentDoc,
    "mutation React($input: ReactInput!) { react(input: $input) { ...ReactionResult } }": types.ReactDocument,
    "mutation Unreact($input: ReactInput!) { unreact(input: $input) { ...ReactionResult } }": types.UnreactDocument,
    "query Me { me { id displayName email createdAt isPlatformAdmin suspension { reason until } } }": types.MeDocument,
    "\n  subscription CommunityEvents($communityId: ID!, $after: String) {\n    communityEvents(communityId: $communityId, after: $after) { type cursor threadId thread { ...ThreadSummary } }\n  }\n": types.CommunityEventsDocument,
    "fragment AuthPayloadFields on AuthPayload { accessToken accessTokenExpiresAt user { id displayName emailVerified } }": types.AuthPayloadFieldsFragmentDoc,
    "mutation RefreshSession { refreshSession { ...AuthPayloadFields } }": types.RefreshSessionDocument,
    "mutation Login($input: LoginInput!) { login(input: $input) { ...AuthPayloadFields } }": types.LoginDocument,
    "mutation Register($input: RegisterInput!) { register(input: $input) { ...AuthPayloadFields } }": types.RegisterDocument,
    "mutation Logout { logout }": types.LogoutDocument,
    "mutation CompleteSsoLogin($input: CompleteSsoLoginInput!) { completeSsoLogin(input: $input) { ...AuthPayloadFields } }": types.CompleteSsoLoginDocument,
    "mutation ReportContent($input: ReportContentInput!) { reportContent(input: $input) { id } }": types.ReportContentDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AcademyAccess {\n    academyAccess { canRead canAuthor canTake canEditTargets }\n  }\n"): typeof import('./graphql').AcademyAccessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AcademyCourses {\n    courses { id title summary basic publishedAt viewerCompletedAt modules { id viewerPassed } }\n  }\n"): typeof import('./graphql').AcademyCoursesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AcademyCourse($id: ID!) {\n    course(id: $id) {\n      id title summary basic publishedAt viewerCompletedAt\n      modules { id title body bodyHtml imageUrl imageAlt viewerPassed questions { id prompt options correctOption } }\n    }\n  }\n"): typeof import('./graphql').AcademyCourseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCourse($input: SaveCourseInput!) {\n    saveCourse(input: $input) { id }\n  }\n"): typeof import('./graphql').SaveCourseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishCourse($id: ID!, $published: Boolean!) {\n    publishCourse(id: $id, published: $published) { id publishedAt }\n  }\n"): typeof import('./graphql').PublishCourseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerCourseModule($input: AnswerCourseModuleInput!) {\n    answerCourseModule(input: $input) { correct passed courseCompleted completedAt module { id } }\n  }\n"): typeof import('./graphql').AnswerCourseModuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NationalProgramme($weeks: Int!) {\n    nationalDashboard(weeks: $weeks) {\n      libraries librariesTrained librariesPresent librariesFacilitating\n      targets { trained present facilitating updatedAt }\n      phaseHistory(weeks: $weeks) { weekStart trained present facilitating }\n      perLibrary {\n        library { id slug name } trained trainedAt present facilitatesValueNetwork\n        phaseHistory(weeks: $weeks) { weekStart trained present facilitating }\n      }\n    }\n  }\n"): typeof import('./graphql').NationalProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetProgrammeTargets($input: ProgrammeTargetsInput!) {\n    setProgrammeTargets(input: $input) { trained present facilitating updatedAt }\n  }\n"): typeof import('./graphql').SetProgrammeTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestPasswordReset($email: String!) { requestPasswordReset(email: $email) }"): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) }"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) }"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MySessions { mySessions { id createdAt lastUsedAt userAgent current } }"): typeof import('./graphql').MySessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeSession($id: ID!) { revokeSession(id: $id) }"): typeof import('./graphql').RevokeSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogoutEverywhere { logoutEverywhere }"): typeof import('./graphql').LogoutEverywhereDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ItemThreadFields on Thread { id title kind replyCount lastActivityAt community { slug name } }"): typeof import('./graphql').ItemThreadFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ItemPage($id: ID!) {\n    item(id: $id) {\n      id title creators year isbn13 publisher edition subjects\n      holdings { id catalogueUrl library { slug name } }\n      experts { id displayName }\n      threads(first: 30) { edges { cursor node { ...ItemThreadFields } } pageInfo { hasNextPage endCursor } }\n    }\n  }\n"): typeof import('./graphql').ItemPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ItemThreads($id: ID!, $after: String) {\n    item(id: $id) { id threads(first: 30, after: $after) { edges { cursor node { ...ItemThreadFields } } pageInfo { hasNextPage endCursor } } }\n  }\n"): typeof import('./graphql').ItemThreadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateCommunity($input: CreateCommunityInput!) { createCommunity(input: $input) { id slug name } }"): typeof import('./graphql').CreateCommunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NewCommunityLibrary($slug: String!) { library(slug: $slug) { id slug name kind staff { userId } } me { id isPlatformAdmin } }"): typeof import('./graphql').NewCommunityLibraryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NationalCommunities { communities(first: 50) { edges { node { id name isNational } } } }"): typeof import('./graphql').NationalCommunitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateChapter($input: CreateChapterInput!) { createChapter(input: $input) { id slug name } }"): typeof import('./graphql').CreateChapterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SettingsFields on CommunitySettings { approval publicModLog reportThreshold slowModeSeconds }"): typeof import('./graphql').SettingsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment WatchedWordFields on WatchedWord { id phrase action communityId }"): typeof import('./graphql').WatchedWordFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunitySettings($slug: String!, $communityId: ID!) {\n    community(slug: $slug) { id visibility bannerUrl moderationSettings { ...SettingsFields } }\n    watchedWords(communityId: $communityId) { ...WatchedWordFields }\n  }\n"): typeof import('./graphql').CommunitySettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCommunitySettings($input: CommunitySettingsInput!) {\n    updateCommunitySettings(input: $input) { id moderationSettings { ...SettingsFields } }\n  }\n"): typeof import('./graphql').UpdateCommunitySettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddWatchedWord($input: AddWatchedWordInput!) { addWatchedWord(input: $input) { ...WatchedWordFields } }"): typeof import('./graphql').AddWatchedWordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveWatchedWord($id: ID!) { removeWatchedWord(id: $id) }"): typeof import('./graphql').RemoveWatchedWordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FindUser($handle: String!) { user(handle: $handle) { id displayName handle } }"): typeof import('./graphql').FindUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InviteToCommunity($communityId: ID!, $userId: ID!) { inviteToCommunity(communityId: $communityId, userId: $userId) }"): typeof import('./graphql').InviteToCommunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InviteLinkFields on InviteLink { id createdAt expiresAt maxUses uses }"): typeof import('./graphql').InviteLinkFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InviteLinks($communityId: ID!) { inviteLinks(communityId: $communityId) { ...InviteLinkFields } }"): typeof import('./graphql').InviteLinksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInviteLink($input: CreateInviteLinkInput!) { createInviteLink(input: $input) { token link { ...InviteLinkFields } } }\n"): typeof import('./graphql').CreateInviteLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeInviteLink($id: ID!) { revokeInviteLink(id: $id) }"): typeof import('./graphql').RevokeInviteLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InviteLinkPreview($token: String!) { inviteLinkPreview(token: $token) { communityName communitySlug visibility expiresAt usable } }"): typeof import('./graphql').InviteLinkPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptInviteLink($token: String!) { acceptInviteLink(token: $token) { id state } }"): typeof import('./graphql').AcceptInviteLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VerifyEmail($token: String!) { verifyEmail(token: $token) }"): typeof import('./graphql').VerifyEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResendVerification { resendVerification }"): typeof import('./graphql').ResendVerificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestEmailChange($input: RequestEmailChangeInput!) { requestEmailChange(input: $input) }"): typeof import('./graphql').RequestEmailChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmEmailChange($token: String!) { confirmEmailChange(token: $token) }"): typeof import('./graphql').ConfirmEmailChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityEventList($slug: String!) {\n    community(slug: $slug) {\n      id slug name viewerCanModerate\n      events { id title startsAt endsAt location onlineUrl capacity cancelledAt goingCount placesLeft viewerRsvp }\n    }\n  }\n"): typeof import('./graphql').CommunityEventListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibraryEventList($slug: String!) {\n    library(slug: $slug) {\n      id slug\n      events { id title startsAt endsAt location onlineUrl capacity cancelledAt goingCount placesLeft viewerRsvp }\n    }\n  }\n"): typeof import('./graphql').LibraryEventListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventPage($id: ID!) {\n    libraryEvent(id: $id) {\n      id title description startsAt endsAt location onlineUrl capacity cancelledAt cancelReason\n      goingCount waitlistCount placesLeft viewerRsvp viewerCanManage\n      community { id slug name }\n      attendees { status user { id displayName handle } }\n    }\n  }\n"): typeof import('./graphql').EventPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventIcs($id: ID!) {\n    libraryEvent(id: $id) { id ics }\n  }\n"): typeof import('./graphql').EventIcsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RsvpEvent($input: RsvpInput!) {\n    rsvpEvent(input: $input) { id viewerRsvp goingCount waitlistCount placesLeft }\n  }\n"): typeof import('./graphql').RsvpEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) { id }\n  }\n"): typeof import('./graphql').CreateEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) { id }\n  }\n"): typeof import('./graphql').UpdateEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelEvent($input: CancelEventInput!) {\n    cancelEvent(input: $input) { id cancelledAt cancelReason }\n  }\n"): typeof import('./graphql').CancelEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityFederation($communityId: ID!) {\n    communityFederation(communityId: $communityId) { communityId enabled handle remoteFollowers }\n  }\n"): typeof import('./graphql').CommunityFederationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCommunityFederation($input: SetCommunityFederationInput!) {\n    setCommunityFederation(input: $input) { communityId enabled handle remoteFollowers }\n  }\n"): typeof import('./graphql').SetCommunityFederationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RemoteCommunities {\n    remoteCommunities { id handle name summary url accepted }\n  }\n"): typeof import('./graphql').RemoteCommunitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowRemoteCommunity($handle: String!) {\n    followRemoteCommunity(handle: $handle) { id handle name summary url accepted }\n  }\n"): typeof import('./graphql').FollowRemoteCommunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnfollowRemoteCommunity($id: ID!) { unfollowRemoteCommunity(id: $id) }\n"): typeof import('./graphql').UnfollowRemoteCommunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RemoteCommunityThreads($id: ID!) {\n    remoteCommunity(id: $id) {\n      id name handle\n      threads(first: 20) {\n        id uri title contentHtml authorName published editedAt likeCount viewerLiked\n        replies { id contentHtml authorName published editedAt deletedAt likeCount viewerLiked viewerIsAuthor }\n      }\n    }\n  }\n"): typeof import('./graphql').RemoteCommunityThreadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToRemoteThread($input: ReplyToRemoteInput!) {\n    replyToRemoteThread(input: $input) { id contentHtml authorName published editedAt deletedAt likeCount viewerLiked viewerIsAuthor }\n  }\n"): typeof import('./graphql').ReplyToRemoteThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRemoteLike($input: SetRemoteLikeInput!) {\n    setRemoteLike(input: $input) { id likeCount viewerLiked }\n  }\n"): typeof import('./graphql').SetRemoteLikeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditRemoteReply($input: ReplyToRemoteInput!) {\n    editRemoteReply(input: $input) { id contentHtml editedAt }\n  }\n"): typeof import('./graphql').EditRemoteReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRemoteReply($id: ID!) {\n    deleteRemoteReply(remotePostId: $id)\n  }\n"): typeof import('./graphql').DeleteRemoteReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RemoteSyndication($id: ID!) {\n    thread(id: $id) {\n      id\n      state\n      community { id visibility }\n      syndications { id state targetHandle remoteUrl reason }\n    }\n  }\n"): typeof import('./graphql').RemoteSyndicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeRemoteSyndication($threadId: ID!, $targetHandle: String!) {\n    proposeSyndication(threadId: $threadId, targetHandle: $targetHandle) { id state targetHandle remoteUrl reason }\n  }\n"): typeof import('./graphql').ProposeRemoteSyndicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawRemoteSyndication($id: ID!) {\n    withdrawSyndication(syndicationId: $id) { id state targetHandle remoteUrl reason }\n  }\n"): typeof import('./graphql').WithdrawRemoteSyndicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FederationViewer {\n    me { id isPlatformAdmin }\n  }\n"): typeof import('./graphql').FederationViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BlockedInstances {\n    blockedInstances { id host reason createdAt }\n  }\n"): typeof import('./graphql').BlockedInstancesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BlockInstance($input: BlockInstanceInput!) {\n    blockInstance(input: $input) { id host reason createdAt }\n  }\n"): typeof import('./graphql').BlockInstanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnblockInstance($host: String!) {\n    unblockInstance(host: $host)\n  }\n"): typeof import('./graphql').UnblockInstanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommunityFigureFields on CommunityFigures {\n    members activeMembers7d activeMembers30d medianFirstReplySeconds questions answeredQuestions acceptedQuestions unansweredQuestions expertAnswerShare\n    weeks { weekStart newThreads newPosts medianFirstReplySeconds }\n    topContributors { posts user { id displayName } }\n    reach { ...ReachFields }\n  }\n"): typeof import('./graphql').CommunityFigureFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LibraryFigureFields on LibraryFigures {\n    members activeMembers7d activeMembers30d medianFirstReplySeconds questions answeredQuestions acceptedQuestions unansweredQuestions expertAnswerShare\n    weeks { weekStart newThreads newPosts medianFirstReplySeconds }\n    topContributors { posts user { id displayName } }\n    reach { ...ReachFields }\n  }\n"): typeof import('./graphql').LibraryFigureFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCommunities($after: String) {\n    myCommunities(first: 100, after: $after) {\n      edges { node { ...CommunitySummary viewerMembership { state } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').MyCommunitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibraryAdmin($slug: String!) {\n    library(slug: $slug) { id slug name kind logoUrl primaryColor welcomeText catalogueUrlTemplate staff { userId role createdAt user { id displayName handle } } }\n    me { id isPlatformAdmin }\n  }\n"): typeof import('./graphql').LibraryAdminDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLibrary($input: CreateLibraryInput!) { createLibrary(input: $input) { id slug name } }\n"): typeof import('./graphql').CreateLibraryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddLibraryStaff($input: LibraryStaffInput!) { addLibraryStaff(input: $input) { userId role } }\n"): typeof import('./graphql').AddLibraryStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveLibraryStaff($input: RemoveLibraryStaffInput!) { removeLibraryStaff(input: $input) }\n"): typeof import('./graphql').RemoveLibraryStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLibraryStyle($input: UpdateLibraryStyleInput!) {\n    updateLibraryStyle(input: $input) { id name logoUrl primaryColor welcomeText catalogueUrlTemplate }\n  }\n"): typeof import('./graphql').UpdateLibraryStyleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ManageCommunity($slug: String!) { community(slug: $slug) { id slug name viewerCanModerate library { slug name } } }"): typeof import('./graphql').ManageCommunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Queue($communityId: ID!, $after: String) {\n    moderationQueue(communityId: $communityId, first: 30, after: $after) {\n      edges { cursor node { id seq bodyHtml createdAt author { displayName } thread { id title } } } pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').QueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApprovePost($postId: ID!) { approvePost(postId: $postId) { id state } }"): typeof import('./graphql').ApprovePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RejectPost($postId: ID!, $reason: String!) { rejectPost(postId: $postId, reason: $reason) { id state } }"): typeof import('./graphql').RejectPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Reports($communityId: ID!, $after: String) {\n    reports(communityId: $communityId, first: 30, after: $after) {\n      edges { cursor node { id reason note createdAt targetType reporter { displayName } post { id seq bodyHtml state author { displayName } } thread { id title } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').ReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResolveReport($input: ResolveReportInput!) { resolveReport(input: $input) { id status } }"): typeof import('./graphql').ResolveReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModLog($communityId: ID!, $after: String) {\n    modLog(communityId: $communityId, first: 50, after: $after) {\n      edges { cursor node { id action targetType reason details createdAt expiresAt actor { displayName } } } pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').ModLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($slug: String!, $state: MembershipState, $after: String) {\n    community(slug: $slug) { id members(first: 50, state: $state, after: $after) {\n      edges { cursor node { id role state createdAt banReason bannedUntil user { id displayName } } } pageInfo { hasNextPage endCursor }\n    } }\n  }\n"): typeof import('./graphql').MembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApproveMembership($input: MembershipDecisionInput!) { approveMembership(input: $input) { id state } }"): typeof import('./graphql').ApproveMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RejectMembership($input: MembershipDecisionInput!) { rejectMembership(input: $input) }"): typeof import('./graphql').RejectMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetMemberRole($input: SetMemberRoleInput!) { setMemberRole(input: $input) { id role } }"): typeof import('./graphql').SetMemberRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BanMember($input: BanMemberInput!) { banMember(input: $input) { id state } }"): typeof import('./graphql').BanMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnbanMember($input: UnbanMemberInput!) { unbanMember(input: $input) }"): typeof import('./graphql').UnbanMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Figures($communityId: ID!, $weeks: Int!) { communityFigures(communityId: $communityId, weeks: $weeks) { ...CommunityFigureFields } }\n"): typeof import('./graphql').FiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ThreadStateFields on Thread { id pinned locked community { id slug name } }"): typeof import('./graphql').ThreadStateFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LockThread($threadId: ID!, $reason: String) { lockThread(threadId: $threadId, reason: $reason) { ...ThreadStateFields } }"): typeof import('./graphql').LockThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnlockThread($threadId: ID!) { unlockThread(threadId: $threadId) { ...ThreadStateFields } }"): typeof import('./graphql').UnlockThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PinThread($threadId: ID!) { pinThread(threadId: $threadId) { ...ThreadStateFields } }"): typeof import('./graphql').PinThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnpinThread($threadId: ID!) { unpinThread(threadId: $threadId) { ...ThreadStateFields } }"): typeof import('./graphql').UnpinThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoveThread($threadId: ID!, $communityId: ID!) { moveThread(threadId: $threadId, communityId: $communityId) { ...ThreadStateFields } }"): typeof import('./graphql').MoveThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MoveTargets($libraryId: ID!) { communities(libraryId: $libraryId, first: 50) { edges { node { id name viewerCanModerate } } } }"): typeof import('./graphql').MoveTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ThreadLibrary($id: ID!) { thread(id: $id) { id community { id libraryId } } }"): typeof import('./graphql').ThreadLibraryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PostStateFields on Post { id state isDeleted bodyHtml editedAt }"): typeof import('./graphql').PostStateFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HidePost($postId: ID!, $reason: String!) { hidePost(postId: $postId, reason: $reason) { ...PostStateFields } }"): typeof import('./graphql').HidePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemovePost($postId: ID!, $reason: String!) { removePost(postId: $postId, reason: $reason) { ...PostStateFields } }"): typeof import('./graphql').RemovePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RestorePost($postId: ID!) { restorePost(postId: $postId) { ...PostStateFields } }"): typeof import('./graphql').RestorePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeletePost($postId: ID!, $reason: String) { deletePost(postId: $postId, reason: $reason) { ...PostStateFields } }"): typeof import('./graphql').DeletePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EditPost($input: EditPostInput!) { editPost(input: $input) { ...PostStateFields } }"): typeof import('./graphql').EditPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PostSource($postId: ID!) { postRevisions(postId: $postId) { id version body createdAt editedByModerator redactedAt } }"): typeof import('./graphql').PostSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RedactRevision($input: RedactRevisionInput!) { redactRevision(input: $input) { id redactedAt } }"): typeof import('./graphql').RedactRevisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveMember($input: MembershipDecisionInput!) { removeMember(input: $input) }"): typeof import('./graphql').RemoveMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SuspensionFields on User { id suspension { reason since until } }"): typeof import('./graphql').SuspensionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProfileAdmin($handle: String!) { user(handle: $handle) { displayName ...SuspensionFields } me { id isPlatformAdmin } }"): typeof import('./graphql').ProfileAdminDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SuspendUser($input: SuspendUserInput!) { suspendUser(input: $input) { ...SuspensionFields } }"): typeof import('./graphql').SuspendUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnsuspendUser($userId: ID!) { unsuspendUser(userId: $userId) { ...SuspensionFields } }"): typeof import('./graphql').UnsuspendUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PublicLogCommunity($slug: String!) { community(slug: $slug) { id slug name publicModLog library { slug name } } }"): typeof import('./graphql').PublicLogCommunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicModLog($communityId: ID!, $after: String) {\n    publicModLog(communityId: $communityId, first: 50, after: $after) {\n      edges { cursor node { id action targetType reason createdAt expiresAt } } pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').PublicModLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageWork($communityId: ID!, $slug: String!) {\n    moderationQueue(communityId: $communityId, first: 30) { edges { cursor } pageInfo { hasNextPage } }\n    reports(communityId: $communityId, first: 30) { edges { cursor } pageInfo { hasNextPage } }\n    community(slug: $slug) { id members(state: PENDING, first: 30) { edges { cursor } pageInfo { hasNextPage } } }\n  }\n"): typeof import('./graphql').ManageWorkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ItemSearch($query: String!) { items(query: $query, first: 10) { edges { node { id title creators year isbn13 } } } }\n"): typeof import('./graphql').ItemSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LinkItem($input: ThreadItemInput!) { linkItem(input: $input) { id items { id title } } }"): typeof import('./graphql').LinkItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnlinkItem($input: ThreadItemInput!) { unlinkItem(input: $input) { id items { id title } } }"): typeof import('./graphql').UnlinkItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConversationCommunities($after: String) {\n    communities(first: 100, after: $after) {\n      edges { node { id name viewerMembership { state } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').ConversationCommunitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartItemThread($input: CreateThreadInput!) { createThread(input: $input) { id title } }\n"): typeof import('./graphql').StartItemThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SyndicationRow on Syndication {\n    id state reason proposedAt decidedAt showing targetHandle remoteUrl\n    origin { instance libraryName communityName url }\n    proposedBy { id displayName }\n    decidedBy { id displayName }\n    toCommunity { slug name }\n    fromCommunity { slug name }\n    fromLibrary { name }\n    thread { id title }\n  }\n"): typeof import('./graphql').SyndicationRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadSyndications($id: ID!) {\n    thread(id: $id) {\n      id\n      community { id visibility viewerCanModerate nationalCommunity { id slug name } }\n      syndications { ...SyndicationRow }\n    }\n  }\n"): typeof import('./graphql').ThreadSyndicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProposeSyndication($threadId: ID!) { proposeSyndication(threadId: $threadId) { id state } }"): typeof import('./graphql').ProposeSyndicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptSyndication($id: ID!, $reason: String) { acceptSyndication(syndicationId: $id, reason: $reason) { id state } }"): typeof import('./graphql').AcceptSyndicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeclineSyndication($id: ID!, $reason: String) { declineSyndication(syndicationId: $id, reason: $reason) { id state reason } }"): typeof import('./graphql').DeclineSyndicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WithdrawSyndication($id: ID!, $reason: String) { withdrawSyndication(syndicationId: $id, reason: $reason) { id state } }"): typeof import('./graphql').WithdrawSyndicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SyndicationCommunity($slug: String!) { community(slug: $slug) { id slug name isNational viewerCanModerate } }"): typeof import('./graphql').SyndicationCommunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SyndicationInbox($communityId: ID!, $state: SyndicationState, $after: String) {\n    syndicationProposals(communityId: $communityId, state: $state, first: 50, after: $after) {\n      edges { cursor node { ...SyndicationRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').SyndicationInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentLibrary($slug: String!) {\n    library(slug: $slug) { id slug name kind staff { userId } }\n    me { id isPlatformAdmin }\n  }\n"): typeof import('./graphql').ContentLibraryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContentItemFields on ContentItem {\n    id title body bodyHtml tags campaign licence validFrom validUntil sharedNationally archived updatedAt\n    ownerLibrary { id slug name kind }\n    usage { total libraries { count library { name } } }\n  }\n"): typeof import('./graphql').ContentItemFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentItems($filter: ContentFilter, $after: String) {\n    contentItems(filter: $filter, first: 30, after: $after) {\n      edges { cursor node { id title tags campaign archived sharedNationally validFrom validUntil ownerLibrary { name } usage { total } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').ContentItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentItemPage($id: ID!, $slug: String!) {\n    contentItem(id: $id) { ...ContentItemFields }\n    library(slug: $slug) { id slug name staff { userId } }\n    me { id isPlatformAdmin }\n  }\n"): typeof import('./graphql').ContentItemPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishTargets($libraryId: ID!) {\n    communities(first: 100, libraryId: $libraryId) { edges { node { id name viewerCanModerate viewerMembership { state } } } }\n  }\n"): typeof import('./graphql').PublishTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContentItem($input: CreateContentItemInput!) { createContentItem(input: $input) { id title } }\n"): typeof import('./graphql').CreateContentItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContentItem($input: UpdateContentItemInput!) { updateContentItem(input: $input) { ...ContentItemFields } }\n"): typeof import('./graphql').UpdateContentItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ArchiveContentItem($id: ID!) { archiveContentItem(id: $id) { ...ContentItemFields } }"): typeof import('./graphql').ArchiveContentItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishContent($input: PublishContentInput!) { publishContent(input: $input) { id title } }"): typeof import('./graphql').PublishContentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SyndicationFields on Syndication { fromLibrary { name } fromCommunity { slug name } }"): typeof import('./graphql').SyndicationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityFeed($slug: String!, $after: String) {\n    community(slug: $slug) {\n      id liveCursor\n      feed(first: 30, after: $after) {\n        edges { cursor node { thread { ...ThreadSummary } syndication { ...SyndicationFields } } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): typeof import('./graphql').CommunityFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FeedEvents($communityId: ID!, $after: String) {\n    communityEvents(communityId: $communityId, after: $after) { type cursor threadId thread { ...ThreadSummary community { id } provenance { ...ProvenanceFields } } }\n  }\n"): typeof import('./graphql').FeedEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityChapters($slug: String!) {\n    community(slug: $slug) {\n      id\n      chapters(first: 100) { edges { node { id slug name library { name } } } }\n    }\n  }\n"): typeof import('./graphql').CommunityChaptersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification { id kind read createdAt detail actor { displayName } community { slug name } thread { id title } post { id seq } event { id title } }\n"): typeof import('./graphql').NotificationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnreadCount { unreadCount }"): typeof import('./graphql').UnreadCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription NotificationAdded { notificationAdded { unreadCount notification { ...NotificationFields } } }"): typeof import('./graphql').NotificationAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyExpertise {\n    me { id expertise { id topic state rejectReason revokeReason libraryId } }\n  }\n"): typeof import('./graphql').MyExpertiseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinAsExpert($communityId: ID!) { joinAsExpert(communityId: $communityId) { role state } }\n"): typeof import('./graphql').JoinAsExpertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteByEmail($input: InviteByEmailInput!) { inviteByEmail(input: $input) }\n"): typeof import('./graphql').InviteByEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteStaffByEmail($input: InviteStaffByEmailInput!) { inviteStaffByEmail(input: $input) }\n"): typeof import('./graphql').InviteStaffByEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailInvitation($token: String!) {\n    emailInvitation(token: $token) { communityName communitySlug libraryName librarySlug staffRole }\n  }\n"): typeof import('./graphql').EmailInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptEmailInvitation($token: String!) { acceptEmailInvitation(token: $token) { communitySlug librarySlug staffRole } }\n"): typeof import('./graphql').AcceptEmailInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCommunityVisibility($input: SetCommunityVisibilityInput!) { setCommunityVisibility(input: $input) { id visibility } }\n"): typeof import('./graphql').SetCommunityVisibilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteAccount($input: DeleteAccountInput!) { deleteAccount(input: $input) }"): typeof import('./graphql').DeleteAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProfileSettings { me { id displayName handle bio } notificationPreferences { locale } }"): typeof import('./graphql').ProfileSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateProfile($input: UpdateProfileInput!) { updateProfile(input: $input) { id displayName bio } }"): typeof import('./graphql').UpdateProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicProfile($handle: String!) {\n    user(handle: $handle) { id displayName handle bio createdAt expertise { id topic state library { name } } }\n  }\n"): typeof import('./graphql').PublicProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PushSettings { vapidPublicKey notificationPreferences { pushAvailable pushKinds pushSubscriptions } }\n"): typeof import('./graphql').PushSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubscribePush($input: SubscribePushInput!) { subscribePush(input: $input) }"): typeof import('./graphql').SubscribePushDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnsubscribePush($endpoint: String) { unsubscribePush(endpoint: $endpoint) }"): typeof import('./graphql').UnsubscribePushDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPushKinds($kinds: [NotificationKind!]!) { setPushKinds(kinds: $kinds) { pushAvailable pushKinds pushSubscriptions } }\n"): typeof import('./graphql').SetPushKindsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReachFields on ReachFigures {\n    pageViews catalogueClicks localFollowers remoteFollowers followers\n    weeks { weekStart pageViews catalogueClicks }\n  }\n"): typeof import('./graphql').ReachFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommunityReachFields on CommunityReach {\n    community { id slug name } pageViews catalogueClicks localFollowers remoteFollowers followers\n  }\n"): typeof import('./graphql').CommunityReachFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!, $filter: SearchFilter, $after: String) {\n    search(query: $query, filter: $filter, first: 20, after: $after) {\n      edges { cursor node { kind snippet thread { id title } post { id seq } community { slug name } item { id title year } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($after: String, $unreadOnly: Boolean) {\n    notifications(first: 30, after: $after, unreadOnly: $unreadOnly) { edges { cursor node { ...NotificationFields } } pageInfo { hasNextPage endCursor } }\n  }\n"): typeof import('./graphql').NotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkRead($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }"): typeof import('./graphql').MarkReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PreferenceFields on NotificationPreferences { digestHourUtc emailAvailable emailDelivery locale kinds { kind channel } }\n"): typeof import('./graphql').PreferenceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Preferences { notificationPreferences { ...PreferenceFields } }"): typeof import('./graphql').PreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPreference($input: NotificationPreferenceInput!) { setNotificationPreference(input: $input) { ...PreferenceFields } }\n"): typeof import('./graphql').SetPreferenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetEmailDelivery($delivery: EmailDelivery, $locale: Locale) {\n    setEmailDelivery(delivery: $delivery, locale: $locale) { ...PreferenceFields }\n  }\n"): typeof import('./graphql').SetEmailDeliveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnProfile {\n    me { id handle expertise { id topic state evidence revokeReason rejectReason library { name } } }\n    libraries(first: 100) { edges { node { id name } } }\n  }\n"): typeof import('./graphql').OwnProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Claim($input: ClaimExpertiseInput!) { claimExpertise(input: $input) { id } }"): typeof import('./graphql').ClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WithdrawExpertise($expertiseId: ID!) { withdrawExpertise(expertiseId: $expertiseId) { id state } }"): typeof import('./graphql').WithdrawExpertiseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetHandle($input: SetHandleInput!) { setHandle(input: $input) { id handle } }"): typeof import('./graphql').SetHandleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SsoLibraries {\n    ssoLibraries { id slug name ssoLogin { label url } }\n  }\n"): typeof import('./graphql').SsoLibrariesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LibrarySsoLogin($slug: String!) { library(slug: $slug) { id slug name ssoLogin { label url } } }"): typeof import('./graphql').LibrarySsoLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibrarySsoSettings($slug: String!) {\n    librarySso(librarySlug: $slug) { issuer clientId clientSecretSet label enabled redirectUri }\n  }\n"): typeof import('./graphql').LibrarySsoSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfigureLibrarySso($input: ConfigureLibrarySsoInput!) {\n    configureLibrarySso(input: $input) { issuer clientId clientSecretSet label enabled redirectUri }\n  }\n"): typeof import('./graphql').ConfigureLibrarySsoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffLibrary($slug: String!) { library(slug: $slug) { id slug name kind } }"): typeof import('./graphql').StaffLibraryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibraryFigures($libraryId: ID!, $weeks: Int!) {\n    libraryFigures(libraryId: $libraryId, weeks: $weeks) {\n      communities ...LibraryFigureFields communityReach { ...CommunityReachFields }\n      phaseHistory(weeks: $weeks) { weekStart trained present facilitating }\n    }\n  }\n"): typeof import('./graphql').LibraryFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NationalDashboard($weeks: Int!) {\n    nationalDashboard(weeks: $weeks) {\n      libraries librariesPresent librariesFacilitating medianFirstReplySeconds\n      perLibrary { present facilitatesValueNetwork medianFirstReplySeconds library { id slug name } trend { weekStart medianFirstReplySeconds } pageViews followers remoteFollowers catalogueClicks }\n      reach { ...ReachFields }\n    }\n  }\n"): typeof import('./graphql').NationalDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpertiseClaims($libraryId: ID!, $after: String) {\n    expertiseClaims(libraryId: $libraryId, first: 50, after: $after) {\n      edges { cursor node { id topic evidence createdAt user { id displayName } } } pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').ExpertiseClaimsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpertiseLog($libraryId: ID!, $after: String) {\n    expertiseLog(libraryId: $libraryId, first: 50, after: $after) {\n      edges { cursor node { id action topic reason details createdAt expertiseId actor { displayName } expert { id displayName expertise { id state libraryId } } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').ExpertiseLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VerifyExpertise($input: VerifyExpertiseInput!) { verifyExpertise(input: $input) { id state } }"): typeof import('./graphql').VerifyExpertiseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RejectExpertise($input: RejectExpertiseInput!) { rejectExpertise(input: $input) { id state } }"): typeof import('./graphql').RejectExpertiseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeExpertise($input: RevokeExpertiseInput!) { revokeExpertise(input: $input) { id state } }"): typeof import('./graphql').RevokeExpertiseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibraryOnboarding($slug: String!) {\n    library(slug: $slug) { id slug name kind primaryColor }\n    me { id isPlatformAdmin }\n  }\n"): typeof import('./graphql').LibraryOnboardingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnboardingState($libraryId: ID!) {\n    libraryOnboarding(libraryId: $libraryId) { libraryId allDone completedAt steps { key done marked } }\n    communities(libraryId: $libraryId, first: 20) { edges { node { id slug name } } }\n  }\n"): typeof import('./graphql').OnboardingStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkOnboardingStep($libraryId: ID!, $step: OnboardingStepKey!) {\n    markOnboardingStep(libraryId: $libraryId, step: $step) { libraryId allDone steps { key done marked } }\n  }\n"): typeof import('./graphql').MarkOnboardingStepDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteOnboarding($libraryId: ID!) { completeOnboarding(libraryId: $libraryId) { libraryId allDone completedAt } }\n"): typeof import('./graphql').CompleteOnboardingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityTemplates($includeEnded: Boolean) {\n    communityTemplates(includeEnded: $includeEnded) {\n      id kind name theme description running startsOn endsOn bannerText bannerColor watchedWords\n      starterThreads { title }\n      nationalCommunity { id slug name }\n    }\n  }\n"): typeof import('./graphql').CommunityTemplatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdoptCommunityTemplate($input: AdoptCommunityTemplateInput!) { adoptCommunityTemplate(input: $input) { id slug name } }\n"): typeof import('./graphql').AdoptCommunityTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishCommunityTemplate($input: PublishCommunityTemplateInput!) { publishCommunityTemplate(input: $input) { id kind name } }\n"): typeof import('./graphql').PublishCommunityTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TemplateAdoption {\n    templateAdoption {\n      adoptions localLibraries\n      template { id kind name startsOn endsOn running }\n      libraries { libraryName librarySlug adoptedAt }\n    }\n  }\n"): typeof import('./graphql').TemplateAdoptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NationalLibraries { libraries(first: 100) { edges { node { id slug name kind } } } }\n"): typeof import('./graphql').NationalLibrariesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NationalThemeCommunities($libraryId: ID!) { communities(libraryId: $libraryId, first: 50) { edges { node { id name theme } } } }\n"): typeof import('./graphql').NationalThemeCommunitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadExtras($id: ID!) {\n    thread(id: $id) {\n      id author { id }\n      items { id title creators year }\n      provenance { ...ProvenanceFields }\n      remoteProvenance { instance libraryName communityName url }\n      contentSource { title licence publishedAt ownerLibrary { name } }\n      community { id viewerCanModerate visibility library { catalogueUrlTemplate } nationalCommunity { id } }\n    }\n  }\n"): typeof import('./graphql').ThreadExtrasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptAnswer($postId: ID!) { acceptAnswer(postId: $postId) { id acceptedAnswer { id } } }"): typeof import('./graphql').AcceptAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnacceptAnswer($threadId: ID!) { unacceptAnswer(threadId: $threadId) { id acceptedAnswer { id } } }"): typeof import('./graphql').UnacceptAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyTwoFactor { myTwoFactor { enabled recoveryCodesLeft required } }"): typeof import('./graphql').MyTwoFactorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetupTotp { setupTotp { uri qrCode secret } }"): typeof import('./graphql').SetupTotpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EnableTotp($code: String!) { enableTotp(code: $code) }"): typeof import('./graphql').EnableTotpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DisableTotp($password: String!) { disableTotp(password: $password) }"): typeof import('./graphql').DisableTotpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommunitySummary on Community { id slug name description theme visibility memberCount libraryId }\n"): typeof import('./graphql').CommunitySummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProvenanceFields on Provenance { fromLibrary { name } fromCommunity { slug name } }\n"): typeof import('./graphql').ProvenanceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadSummary on Thread { id title kind pinned locked replyCount lastActivityAt author { displayName } }\n"): typeof import('./graphql').ThreadSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home($after: String) {\n    libraries(first: 100) { edges { node { id slug name kind } } }\n    communities(first: 100, after: $after) { edges { node { ...CommunitySummary } } pageInfo { hasNextPage endCursor } }\n  }\n"): typeof import('./graphql').HomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibraryPage($slug: String!) {\n    library(slug: $slug) { id slug name kind logoUrl primaryColor welcomeText staff { userId } verifiedExpertise { id topic user { id displayName handle } } }\n    me { id isPlatformAdmin }\n  }\n"): typeof import('./graphql').LibraryPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibraryCommunities($libraryId: ID!, $after: String) {\n    communities(first: 100, libraryId: $libraryId, after: $after) { edges { node { ...CommunitySummary } } pageInfo { hasNextPage endCursor } }\n  }\n"): typeof import('./graphql').LibraryCommunitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityPage($slug: String!, $threads: Boolean = true) {\n    community(slug: $slug) {\n      ...CommunitySummary\n      bannerUrl\n      campaignBanner { name text color endsOn }\n      library { id slug name kind }\n      viewerCanRead\n      viewerCanModerate\n      publicModLog\n      liveCursor\n      viewerMembership { state role }\n      viewerFollows\n      isNational\n      nationalCommunity { slug name }\n      threads(first: 30) @include(if: $threads) { edges { node { ...ThreadSummary } } pageInfo { hasNextPage endCursor } }\n    }\n  }\n"): typeof import('./graphql').CommunityPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityThreads($slug: String!, $after: String) {\n    community(slug: $slug) { id threads(first: 30, after: $after) { edges { node { ...ThreadSummary } } pageInfo { hasNextPage endCursor } } }\n  }\n"): typeof import('./graphql').CommunityThreadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Follow($input: FollowInput!) { follow(input: $input) }"): typeof import('./graphql').FollowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Unfollow($input: FollowInput!) { unfollow(input: $input) }"): typeof import('./graphql').UnfollowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Join($id: ID!) { joinCommunity(communityId: $id) { state role } }"): typeof import('./graphql').JoinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Leave($id: ID!) { leaveCommunity(communityId: $id) }"): typeof import('./graphql').LeaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateThread($input: CreateThreadInput!) { createThread(input: $input) { id } }"): typeof import('./graphql').CreateThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostFields on Post {\n    id seq state isDeleted bodyHtml createdAt editedAt replyToId\n    author { id displayName avatarUrl }\n    reactionCounts { kind count }\n    isAcceptedAnswer\n    authorExpertise { id topic library { name } }\n    linkPreviews { url title description siteName imageUrl imageWidth imageHeight }\n  }\n"): typeof import('./graphql').PostFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadPage($id: ID!) {\n    thread(id: $id) {\n      id title kind pinned locked replyCount viewerCanReply viewerFollows\n      community { id slug name viewerMembership { state } }\n      posts(first: 50) { edges { cursor node { ...PostFields viewerReactions } } pageInfo { hasNextPage endCursor } }\n    }\n  }\n"): typeof import('./graphql').ThreadPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadPosts($id: ID!, $after: String) {\n    thread(id: $id) { id posts(first: 50, after: $after) { edges { cursor node { ...PostFields viewerReactions } } pageInfo { hasNextPage endCursor } } }\n  }\n"): typeof import('./graphql').ThreadPostsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ThreadViewer($id: ID!) { thread(id: $id) { id locked viewerCanReply } }"): typeof import('./graphql').ThreadViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ThreadEvents($threadId: ID!, $after: String) {\n    threadEvents(threadId: $threadId, after: $after) {\n      type cursor\n      post { ...PostFields }\n      thread { id title pinned locked replyCount }\n    }\n  }\n"): typeof import('./graphql').ThreadEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreatePost($input: CreatePostInput!) { createPost(input: $input) { ...PostFields viewerReactions } }"): typeof import('./graphql').CreatePostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PreviewMarkdown($body: String!) { previewMarkdown(body: $body) }"): typeof import('./graphql').PreviewMarkdownDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ReactionResult on Post { id reactionCounts { kind count } viewerReactions }"): typeof import('./graphql').ReactionResultFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation React($input: ReactInput!) { react(input: $input) { ...ReactionResult } }"): typeof import('./graphql').ReactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Unreact($input: ReactInput!) { unreact(input: $input) { ...ReactionResult } }"): typeof import('./graphql').UnreactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me { me { id displayName email createdAt isPlatformAdmin suspension { reason until } } }"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CommunityEvents($communityId: ID!, $after: String) {\n    communityEvents(communityId: $communityId, after: $after) { type cursor threadId thread { ...ThreadSummary } }\n  }\n"): typeof import('./graphql').CommunityEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AuthPayloadFields on AuthPayload { accessToken accessTokenExpiresAt user { id displayName emailVerified } }"): typeof import('./graphql').AuthPayloadFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RefreshSession { refreshSession { ...AuthPayloadFields } }"): typeof import('./graphql').RefreshSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($input: LoginInput!) { login(input: $input) { ...AuthPayloadFields } }"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Register($input: RegisterInput!) { register(input: $input) { ...AuthPayloadFields } }"): typeof import('./graphql').RegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout { logout }"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompleteSsoLogin($input: CompleteSsoLoginInput!) { completeSsoLogin(input: $input) { ...AuthPayloadFields } }"): typeof import('./graphql').CompleteSsoLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportContent($input: ReportContentInput!) { reportContent(input: $input) { id } }"): typeof import('./graphql').ReportContentDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
