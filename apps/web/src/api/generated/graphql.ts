/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AddWatchedWordInput = {
  action: WatchedWordAction;
  /** Leave out for a platform-wide rule (platform admins only). */
  communityId?: string | number | null | undefined;
  /** A plain word or phrase, never a pattern: matched on whole words, ignoring case and accents. */
  phrase: string;
};

export type AdoptCommunityTemplateInput = {
  /** The LOCAL library that adopts it. */
  libraryId: string | number;
  /** For a new chapter: defaults to the template’s name and the library’s name. */
  name?: string | null | undefined;
  /** For a new chapter: made from the name when left out. */
  slug?: string | null | undefined;
  templateId: string | number;
  /** For a new chapter: defaults to PUBLIC. */
  visibility?: Visibility | null | undefined;
};

export type AnswerCourseModuleInput = {
  /** The chosen option of each of the module's questions, in their order (from 0). */
  answers: Array<number>;
  moduleId: string | number;
};

/** Pre-moderation: OFF; NEW_MEMBERS (fewer than 5 approved posts here, or joined less than 24 hours ago); ALL. Moderators are never held. */
export type ApprovalMode =
  | 'ALL'
  | 'NEW_MEMBERS'
  | 'OFF';

export type BanMemberInput = {
  communityId: string | number;
  reason: string;
  /** When the ban ends by itself; leave out for a ban until it is lifted. */
  until?: string | null | undefined;
  userId: string | number;
};

export type BlockInstanceInput = {
  /** The server's host name, e.g. social.example.org (with :port when not the default). */
  host: string;
  reason: string;
};

export type CancelEventInput = {
  eventId: string | number;
  /** Told to everyone who said they would come. */
  reason: string;
};

export type ChangePasswordInput = {
  currentPassword: string;
  /** At least 10 characters and not a common password (reasons PASSWORD_TOO_SHORT, PASSWORD_BREACHED). */
  newPassword: string;
};

export type ClaimExpertiseInput = {
  /** Why a library should believe you: a profession, publications, a link. Only you and library staff see it. */
  evidence: string;
  /** The library you ask to verify it: only its staff (and platform admins) see and decide the claim, and its badge it becomes. */
  libraryId: string | number;
  /** What you know about, e.g. "Utrechtse stadsgeschiedenis". */
  topic: string;
};

export type CommunityEventType =
  | 'THREAD_ADDED'
  | 'THREAD_MOVED'
  | 'THREAD_UPDATED';

export type CommunitySettingsInput = {
  approval?: ApprovalMode | null | undefined;
  communityId: string | number;
  publicModLog?: boolean | null | undefined;
  /** Distinct members' reports that hide a post until it is reviewed: 1 to 100. */
  reportThreshold?: number | null | undefined;
  /** 0 (off) to 86400 seconds between one member's posts. */
  slowModeSeconds?: number | null | undefined;
};

export type CompleteSsoLoginInput = {
  /** The single-use ticket the callback handed to the web client (in the address fragment). */
  ticket: string;
  /** The authenticator code or a recovery code, once TOTP_REQUIRED was answered. */
  totpCode?: string | null | undefined;
};

export type ConfigureLibrarySsoInput = {
  clientId: string;
  /** Required the first time; leave it out to keep the stored one. */
  clientSecret?: string | null | undefined;
  enabled: boolean;
  /** https:// (http:// only for a provider on this machine: localhost, 127.0.0.1, [::1]). */
  issuer: string;
  label: string;
  librarySlug: string;
};

export type ContentFilter = {
  campaign?: string | null | undefined;
  /** Include archived items (only the viewer's own libraries' archived items are shown). */
  includeArchived?: boolean | null | undefined;
  /** Items kept by this library. */
  libraryId?: string | number | null | undefined;
  /** Words looked for in the title, body and tags. */
  query?: string | null | undefined;
  tag?: string | null | undefined;
  /** Items that may be published on this day (YYYY-MM-DD). */
  validOn?: string | null | undefined;
};

export type CourseModuleInput = {
  /** The text (markdown). */
  body: string;
  /** An existing module of this course to keep (its passes stay); none: a new module. */
  id?: string | number | null | undefined;
  /** Required with an image: what it shows. */
  imageAlt?: string | null | undefined;
  /** An https address, or /media/<id> of an image uploaded here. */
  imageUrl?: string | null | undefined;
  /** Up to 10 check questions (none: the module is passed by reading it). */
  questions: Array<CourseQuestionInput>;
  title: string;
};

export type CourseQuestionInput = {
  /** The right option, counted from 0. */
  correctOption: number;
  /** 2 to 6 options. */
  options: Array<string>;
  prompt: string;
};

export type CreateChapterInput = {
  /** Defaults to the national community's description. */
  description?: string | null | undefined;
  /** The LOCAL library that opens the chapter. */
  libraryId: string | number;
  /** Defaults to the national community's name and the library's name. */
  name?: string | null | undefined;
  /** A community of a NATIONAL library. */
  nationalCommunityId: string | number;
  /** Made from the name when left out. */
  slug?: string | null | undefined;
  /** Defaults to PUBLIC (only PUBLIC chapters can syndicate threads). */
  visibility?: Visibility | null | undefined;
};

export type CreateCommunityInput = {
  description: string;
  libraryId: string | number;
  name: string;
  /** Made from the name when left out. */
  slug?: string | null | undefined;
  theme: string;
  visibility: Visibility;
};

export type CreateContentItemInput = {
  /** Markdown; becomes the opening post when published. */
  body: string;
  campaign?: string | null | undefined;
  /** The library that keeps it (a NATIONAL library for national items). */
  libraryId: string | number;
  licence?: string | null | undefined;
  /** A local item that staff of every library may browse and publish. */
  sharedNationally?: boolean | null | undefined;
  /** At most 20, stored in lower case. */
  tags?: Array<string> | null | undefined;
  title: string;
  /** YYYY-MM-DD */
  validFrom?: string | null | undefined;
  /** YYYY-MM-DD, inclusive */
  validUntil?: string | null | undefined;
};

export type CreateEventInput = {
  /** How many may come (1 to 10000); null: no limit. */
  capacity?: number | null | undefined;
  communityId: string | number;
  /** Plain text, at most 4000 characters; null or empty: none. */
  description?: string | null | undefined;
  /** When it ends: after startsAt, at most 7 days later. */
  endsAt: string;
  /** Where (an address, a room); give this, onlineUrl or both. */
  location?: string | null | undefined;
  /** An https:// link to join online. */
  onlineUrl?: string | null | undefined;
  /** When it starts (an instant; clients enter and show it in Europe/Amsterdam). */
  startsAt: string;
  title: string;
};

export type CreateInviteLinkInput = {
  communityId: string | number;
  /** Days the link works: 1 to 30 (7 when left out). */
  days?: number | null | undefined;
  /** How many people may join with it: 1 to 1000 (no limit when left out). */
  maxUses?: number | null | undefined;
};

export type CreateLibraryInput = {
  kind: LibraryKind;
  name: string;
  slug: string;
};

export type CreatePostInput = {
  /** Markdown. */
  body: string;
  replyToId?: string | number | null | undefined;
  threadId: string | number;
};

export type CreateThreadInput = {
  /** Markdown. */
  body: string;
  communityId: string | number;
  /** Catalogue items the thread is about (at most 10). */
  itemIds?: Array<string | number> | null | undefined;
  kind?: ThreadKind;
  title: string;
};

export type DeleteAccountInput = {
  /** Your current password: a borrowed session alone cannot delete the account. */
  password: string;
  /** Also erase the text of your posts and their earlier versions (threads only you wrote in go entirely). Without it your posts stay, shown as by "verwijderd account". */
  removeContent?: boolean | null | undefined;
};

export type EditPostInput = {
  /** Markdown. */
  body: string;
  postId: string | number;
  /** Why a moderator edits someone else's post: written to the moderation log. */
  reason?: string | null | undefined;
};

/** IMMEDIATE: one mail per notification; DAILY: one digest a day. */
export type EmailDelivery =
  | 'DAILY'
  | 'IMMEDIATE';

export type ExpertiseAction =
  | 'REJECTED'
  | 'REVOKED'
  | 'VERIFIED'
  | 'WITHDRAWN';

/** CLAIMED by the user, awaiting a library; VERIFIED by a library (the badge); REVOKED by that library (kept for the record); REJECTED: a claim a library turned down, with a reason; WITHDRAWN by the user themself (no longer shown). */
export type ExpertiseState =
  | 'CLAIMED'
  | 'REJECTED'
  | 'REVOKED'
  | 'VERIFIED'
  | 'WITHDRAWN';

/** Exactly one of threadId and communityId. */
export type FollowInput = {
  communityId?: string | number | null | undefined;
  threadId?: string | number | null | undefined;
};

export type InviteByEmailInput = {
  communityId: string | number;
  /** Who to invite. The answer is the same whether or not the address has an account here. */
  email: string;
};

export type InviteStaffByEmailInput = {
  /** Who to invite. The answer is the same whether or not the address has an account here. */
  email: string;
  libraryId: string | number;
  role: StaffRole;
};

/** A local library, or the national foundation. */
export type LibraryKind =
  | 'LOCAL'
  | 'NATIONAL';

export type LibraryStaffInput = {
  libraryId: string | number;
  /** Why: written to the library's audit log. */
  reason?: string | null | undefined;
  role: StaffRole;
  userId: string | number;
};

/** NL (Dutch, the default) or EN (English): your preferred language, also of your notification mail. */
export type Locale =
  | 'EN'
  | 'NL';

export type LoginInput = {
  email: string;
  password: string;
  /** With two-step verification on: the code from the authenticator app, or a recovery code (once). Without it login is refused with reason TOTP_REQUIRED; a wrong or used one with TOTP_INVALID. */
  totpCode?: string | null | undefined;
};

/** Either ids (your notifications to mark read) or all: true. */
export type MarkNotificationsReadInput = {
  all?: boolean | null | undefined;
  ids?: Array<string | number> | null | undefined;
};

export type MemberRole =
  | 'EXPERT'
  | 'MEMBER'
  | 'MODERATOR'
  | 'OWNER';

export type MembershipDecisionInput = {
  communityId: string | number;
  /** Why: written to the moderation log with the decision. */
  reason?: string | null | undefined;
  userId: string | number;
};

export type MembershipState =
  | 'ACTIVE'
  | 'BANNED'
  | 'PENDING';

export type ModAction =
  | 'ACCEPT_SYNDICATION'
  | 'ADD_LIBRARY_STAFF'
  | 'ADD_WATCHED_WORD'
  | 'ADOPT_TEMPLATE'
  | 'APPROVE_MEMBER'
  | 'APPROVE_POST'
  | 'ARCHIVE_CONTENT_ITEM'
  | 'BAN_MEMBER'
  | 'BLOCK_INSTANCE'
  | 'CANCEL_EVENT'
  | 'CHANGE_LIBRARY_STAFF_ROLE'
  | 'CONFIGURE_LIBRARY_SSO'
  | 'CREATE_CONTENT_ITEM'
  | 'CREATE_EVENT'
  | 'CREATE_INVITE_LINK'
  | 'DECLINE_SYNDICATION'
  | 'DELETE_POST'
  | 'EDIT_POST'
  | 'HIDE_POST'
  | 'IMPORT_CATALOGUE'
  | 'INVITE_MEMBER'
  | 'LOCK_THREAD'
  | 'MOVE_THREAD'
  | 'OWNERSHIP_TRANSFERRED'
  | 'PIN_THREAD'
  | 'PROPOSE_SYNDICATION'
  | 'PUBLISH_CONTENT_ITEM'
  | 'PUBLISH_COURSE'
  | 'PUBLISH_TEMPLATE'
  | 'REDACT_REVISION'
  | 'REJECT_MEMBER'
  | 'REJECT_POST'
  | 'REMOVE_LIBRARY_STAFF'
  | 'REMOVE_MEMBER'
  | 'REMOVE_POST'
  | 'REMOVE_WATCHED_WORD'
  | 'RESOLVE_REPORT'
  | 'RESTORE_POST'
  | 'REVOKE_INVITE_LINK'
  | 'SAVE_COURSE'
  | 'SET_MEMBER_ROLE'
  | 'SET_PROGRAMME_TARGETS'
  | 'SUSPEND_USER'
  | 'UNBAN_MEMBER'
  | 'UNBLOCK_INSTANCE'
  | 'UNLOCK_THREAD'
  | 'UNPIN_THREAD'
  | 'UNPUBLISH_COURSE'
  | 'UNSUSPEND_USER'
  | 'UPDATE_CONTENT_ITEM'
  | 'UPDATE_EVENT'
  | 'UPDATE_LIBRARY_STYLE'
  | 'UPDATE_SETTINGS'
  | 'WITHDRAW_SYNDICATION';

export type ModTarget =
  | 'COMMUNITY'
  | 'CONTENT_ITEM'
  | 'COURSE'
  | 'EVENT'
  | 'INSTANCE'
  | 'LIBRARY'
  | 'POST'
  | 'PROGRAMME'
  | 'REPORT'
  | 'REVISION'
  | 'SYNDICATION'
  | 'THREAD'
  | 'USER'
  | 'WATCHED_WORD';

/** IN_APP; EMAIL (also in-app); OFF (not even in-app). */
export type NotificationChannel =
  | 'EMAIL'
  | 'IN_APP'
  | 'OFF';

/** What a notification is about. One post gives a person at most one notification, of the most specific kind. */
export type NotificationKind =
  | 'ANSWER_ACCEPTED'
  | 'EVENT_CANCELLED'
  | 'EVENT_REMINDER'
  | 'EXPERTISE_VERIFIED'
  | 'JOIN_REQUESTED'
  | 'MEMBERSHIP_APPROVED'
  | 'MENTION'
  | 'POST_QUEUED'
  | 'REPLY_IN_FOLLOWED_THREAD'
  | 'REPLY_TO_POST'
  | 'REPORT_FILED'
  | 'REPORT_RESOLVED'
  | 'THREAD_IN_FOLLOWED_COMMUNITY';

export type NotificationPreferenceInput = {
  channel: NotificationChannel;
  kind: NotificationKind;
};

export type OnboardingStepKey =
  | 'CATALOGUE'
  | 'COMMUNITY'
  | 'EXPERT'
  | 'PROFILE'
  | 'STAFF';

/** VISIBLE; PENDING (awaiting approval); HIDDEN (pending review, e.g. after reports); REMOVED (soft, recoverable by moderators). */
export type PostState =
  | 'HIDDEN'
  | 'PENDING'
  | 'REMOVED'
  | 'VISIBLE';

export type ProgrammeTargetsInput = {
  facilitating: number;
  present: number;
  trained: number;
};

export type PublishCommunityTemplateInput = {
  /** Campaigns: the banner colour, #rrggbb. */
  bannerColor?: string | null | undefined;
  /** Campaigns: the banner text. */
  bannerText?: string | null | undefined;
  /** The description a community started from it gets (markdown). */
  description: string;
  /** Campaigns: last day, YYYY-MM-DD, inclusive. */
  endsOn?: string | null | undefined;
  kind: TemplateKind;
  name: string;
  /** A community of a NATIONAL library: the theme a library opens its chapter of. */
  nationalCommunityId: string | number;
  /** At most 5. */
  starterThreads?: Array<StarterThreadInput> | null | undefined;
  /** Campaigns: first day, YYYY-MM-DD. */
  startsOn?: string | null | undefined;
  /** At most 20 plain phrases. */
  watchedWords?: Array<string> | null | undefined;
};

export type PublishContentInput = {
  communityId: string | number;
  contentItemId: string | number;
};

/** The keys of a browser's push subscription (PushSubscription.toJSON().keys), base64url. */
export type PushKeysInput = {
  auth: string;
  p256dh: string;
};

export type ReactInput = {
  kind: ReactionKind;
  postId: string | number;
};

export type ReactionKind =
  | 'AGREE'
  | 'CELEBRATE'
  | 'INSIGHTFUL'
  | 'LIKE'
  | 'THANKS';

export type RedactRevisionInput = {
  /** Why the text is removed for good: written to the moderation log. */
  reason: string;
  revisionId: string | number;
};

export type RegisterInput = {
  /** NFKC-normalized; invisible, control and bidi characters are refused, as is a look-alike of a staff member's name. */
  displayName: string;
  email: string;
  /** At least 10 characters and not a common password: refused with reason PASSWORD_TOO_SHORT or PASSWORD_BREACHED. */
  password: string;
};

export type RejectExpertiseInput = {
  expertiseId: string | number;
  /** The library the claim was made at, in whose name it is rejected (you must be on its staff). Needed only for claims from before claimants chose a library. */
  libraryId?: string | number | null | undefined;
  /** Shown to the claimant and in the library’s expertise log. */
  reason: string;
};

export type RemoveLibraryStaffInput = {
  libraryId: string | number;
  /** Why: written to the library's audit log. */
  reason?: string | null | undefined;
  userId: string | number;
};

export type ReplyToRemoteInput = {
  /** Markdown. */
  body: string;
  /** The remote thread or reply answered (RemotePost.id). */
  remotePostId: string | number;
};

/** What resolving a report as ACTED does to the reported post (or the opening post of a reported thread). */
export type ReportAction =
  | 'HIDE'
  | 'REMOVE';

export type ReportContentInput = {
  note?: string | null | undefined;
  /** The post reported; give this or threadId, not both. */
  postId?: string | number | null | undefined;
  reason: ReportReason;
  /** The thread reported; give this or postId, not both. */
  threadId?: string | number | null | undefined;
};

/** DISMISSED: nothing wrong (a post the reports hid comes back). ACTED: a moderator dealt with it. */
export type ReportOutcome =
  | 'ACTED'
  | 'DISMISSED';

export type ReportReason =
  | 'ABUSE'
  | 'OFF_TOPIC'
  | 'OTHER'
  | 'PERSONAL_DATA'
  | 'SPAM';

export type ReportStatus =
  | 'OPEN'
  | 'RESOLVED';

export type ReportTarget =
  | 'POST'
  | 'THREAD';

export type RequestEmailChangeInput = {
  /** The address to move to: it gets a confirmation link; nothing changes until that is used. */
  newEmail: string;
  /** Your current password (reason WRONG_PASSWORD when it is not). */
  password: string;
};

export type ResetPasswordInput = {
  /** At least 10 characters and not a common password (reasons PASSWORD_TOO_SHORT, PASSWORD_BREACHED). */
  password: string;
  /** The token from the reset link in the mail. */
  token: string;
};

export type ResolveReportInput = {
  /** With ACTED only: hide or remove the reported post (a thread: its opening post). */
  action?: ReportAction | null | undefined;
  outcome: ReportOutcome;
  reportId: string | number;
};

export type RevokeExpertiseInput = {
  expertiseId: string | number;
  /** Shown in the library’s expertise log and to the expert. */
  reason: string;
};

export type RsvpInput = {
  eventId: string | number;
  /** GOING (WAITLISTED when full) or NOT_GOING; WAITLISTED itself is not asked for. */
  status: RsvpStatus;
};

/** An answer to an event: GOING, WAITLISTED (it was full; you move up when a place comes free), NOT_GOING. */
export type RsvpStatus =
  | 'GOING'
  | 'NOT_GOING'
  | 'WAITLISTED';

export type SaveCourseInput = {
  /** Make this the basic course (the one that makes a library trained); another basic course stops being one. */
  basic?: boolean;
  /** The course to change; none: a new draft. */
  id?: string | number | null | undefined;
  /** 1 to 20 modules, in order. */
  modules: Array<CourseModuleInput>;
  summary?: string;
  title: string;
};

/** Narrows a search; every field is optional and they combine. */
export type SearchFilter = {
  communityId?: string | number | null | undefined;
  /** Only threads about this catalogue item, and their posts. */
  itemId?: string | number | null | undefined;
  kind?: SearchKind | null | undefined;
  libraryId?: string | number | null | undefined;
};

/** What a search hit is: a thread (by its title), a post (by its text), a catalogue item or a community. */
export type SearchKind =
  | 'COMMUNITY'
  | 'ITEM'
  | 'POST'
  | 'THREAD';

export type SetCommunityFederationInput = {
  communityId: string | number;
  /** On: the community is a Group others can follow, and its threads and replies go to its followers. */
  enabled: boolean;
};

export type SetCommunityVisibilityInput = {
  communityId: string | number;
  /** Why, for the moderation log. */
  reason?: string | null | undefined;
  visibility: Visibility;
};

export type SetHandleInput = {
  /** 3 to 30 lower-case letters (a–z) and digits; upper case is lowered, a leading @ dropped. */
  handle: string;
};

export type SetMemberRoleInput = {
  communityId: string | number;
  /** MEMBER, EXPERT or MODERATOR. */
  role: MemberRole;
  userId: string | number;
};

export type SetRemoteLikeInput = {
  /** True: like it; false: take the like back. */
  liked: boolean;
  remotePostId: string | number;
};

export type StaffRole =
  | 'ADMIN'
  | 'COMMUNITY_MANAGER';

export type StarterThreadInput = {
  /** Markdown. */
  body: string;
  title: string;
};

/** A browser's push subscription, as its service worker got it with this server's vapidPublicKey. */
export type SubscribePushInput = {
  endpoint: string;
  keys: PushKeysInput;
};

export type SuspendUserInput = {
  reason: string;
  /** When the suspension ends by itself; leave out for one until it is lifted. */
  until?: string | null | undefined;
  userId: string | number;
};

/** PROPOSED by the chapter; ACCEPTED or DECLINED by a national editor; WITHDRAWN by either side (an accepted thread leaves the national feed). */
export type SyndicationState =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'PROPOSED'
  | 'WITHDRAWN';

export type TemplateKind =
  | 'CAMPAIGN'
  | 'TEMPLATE';

export type ThreadEventType =
  | 'ANSWER_ACCEPTED'
  | 'ANSWER_UNACCEPTED'
  | 'POST_ADDED'
  | 'POST_EDITED'
  | 'POST_REMOVED'
  | 'POST_RESTORED'
  | 'REACTIONS_CHANGED'
  | 'THREAD_LOCKED'
  | 'THREAD_UPDATED';

/** A thread and a catalogue item it is (or is no longer) about. */
export type ThreadItemInput = {
  itemId: string | number;
  threadId: string | number;
};

export type ThreadKind =
  | 'DISCUSSION'
  | 'QUESTION';

export type UnbanMemberInput = {
  communityId: string | number;
  userId: string | number;
};

export type UpdateContentItemInput = {
  /** Markdown. */
  body?: string | null | undefined;
  campaign?: string | null | undefined;
  id: string | number;
  licence?: string | null | undefined;
  /** A local item that staff of every library may browse and publish. */
  sharedNationally?: boolean | null | undefined;
  /** At most 20, stored in lower case. */
  tags?: Array<string> | null | undefined;
  title?: string | null | undefined;
  /** YYYY-MM-DD */
  validFrom?: string | null | undefined;
  /** YYYY-MM-DD, inclusive */
  validUntil?: string | null | undefined;
};

/** What changes; a field left out stays as it is, null clears location, onlineUrl or capacity. */
export type UpdateEventInput = {
  /** How many may come (1 to 10000); null: no limit. */
  capacity?: number | null | undefined;
  /** Plain text, at most 4000 characters; null or empty: none. */
  description?: string | null | undefined;
  endsAt?: string | null | undefined;
  eventId: string | number;
  /** Where (an address, a room); give this, onlineUrl or both. */
  location?: string | null | undefined;
  /** An https:// link to join online. */
  onlineUrl?: string | null | undefined;
  startsAt?: string | null | undefined;
  /** Left out: unchanged; null is refused (an event keeps a title). */
  title?: string | null | undefined;
};

/** A library's house style; a field left out stays as it is, null clears it. */
export type UpdateLibraryStyleInput = {
  /** An https URL with {isbn} or {recordId}, e.g. https://bibliotheek.example.nl/zoeken?isbn={isbn} */
  catalogueUrlTemplate?: string | null | undefined;
  libraryId: string | number;
  logoUrl?: string | null | undefined;
  /** Cannot be cleared. */
  name?: string | null | undefined;
  primaryColor?: string | null | undefined;
  welcomeText?: string | null | undefined;
};

/** What to change in your profile; a field left out stays as it is. */
export type UpdateProfileInput = {
  /** Plain text, at most 500 characters (reason BIO_TOO_LONG); an empty string removes it. */
  bio?: string | null | undefined;
  /** As at registration: NFKC-normalized; invisible, control and bidi characters are refused, as is a look-alike of a staff member's name. */
  displayName?: string | null | undefined;
  /** Your preferred language: the web client and your mail. */
  locale?: Locale | null | undefined;
};

export type VerifyExpertiseInput = {
  expertiseId: string | number;
  /** The library the claim was made at (it vouches for it; you must be on its staff). Needed only for claims from before claimants chose a library. */
  libraryId?: string | number | null | undefined;
};

/** PUBLIC: anyone reads. RESTRICTED: anyone sees the description, members read. PRIVATE: invisible to non-members. */
export type Visibility =
  | 'PRIVATE'
  | 'PUBLIC'
  | 'RESTRICTED';

/** BLOCK refuses the text; REQUIRE_APPROVAL holds it for a moderator; FLAG files an automatic report. */
export type WatchedWordAction =
  | 'BLOCK'
  | 'FLAG'
  | 'REQUIRE_APPROVAL';

export type AcademyAccessQueryVariables = Exact<{ [key: string]: never; }>;


export type AcademyAccessQuery = { academyAccess: { canRead: boolean, canAuthor: boolean, canTake: boolean, canEditTargets: boolean } };

export type AcademyCoursesQueryVariables = Exact<{ [key: string]: never; }>;


export type AcademyCoursesQuery = { courses: Array<{ id: string, title: string, summary: string, basic: boolean, publishedAt: string | null, viewerCompletedAt: string | null, modules: Array<{ id: string, viewerPassed: boolean }> }> };

export type AcademyCourseQueryVariables = Exact<{
  id: string | number;
}>;


export type AcademyCourseQuery = { course: { id: string, title: string, summary: string, basic: boolean, publishedAt: string | null, viewerCompletedAt: string | null, modules: Array<{ id: string, title: string, body: string, bodyHtml: string, imageUrl: string | null, imageAlt: string | null, viewerPassed: boolean, questions: Array<{ id: string, prompt: string, options: Array<string>, correctOption: number | null }> }> } };

export type SaveCourseMutationVariables = Exact<{
  input: SaveCourseInput;
}>;


export type SaveCourseMutation = { saveCourse: { id: string } };

export type PublishCourseMutationVariables = Exact<{
  id: string | number;
  published: boolean;
}>;


export type PublishCourseMutation = { publishCourse: { id: string, publishedAt: string | null } };

export type AnswerCourseModuleMutationVariables = Exact<{
  input: AnswerCourseModuleInput;
}>;


export type AnswerCourseModuleMutation = { answerCourseModule: { correct: Array<boolean>, passed: boolean, courseCompleted: boolean, completedAt: string | null, module: { id: string } } };

export type NationalProgrammeQueryVariables = Exact<{
  weeks: number;
}>;


export type NationalProgrammeQuery = { nationalDashboard: { libraries: number, librariesTrained: number, librariesPresent: number, librariesFacilitating: number, targets: { trained: number, present: number, facilitating: number, updatedAt: string | null }, phaseHistory: Array<{ weekStart: string, trained: number, present: number, facilitating: number }>, perLibrary: Array<{ trained: boolean, trainedAt: string | null, present: boolean, facilitatesValueNetwork: boolean, library: { id: string, slug: string, name: string }, phaseHistory: Array<{ weekStart: string, trained: boolean, present: boolean, facilitating: boolean }> }> } };

export type SetProgrammeTargetsMutationVariables = Exact<{
  input: ProgrammeTargetsInput;
}>;


export type SetProgrammeTargetsMutation = { setProgrammeTargets: { trained: number, present: number, facilitating: number, updatedAt: string | null } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type MySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySessionsQuery = { mySessions: Array<{ id: string, createdAt: string, lastUsedAt: string, userAgent: string | null, current: boolean }> };

export type RevokeSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeSessionMutation = { revokeSession: boolean };

export type LogoutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutEverywhereMutation = { logoutEverywhere: boolean };

export type ItemThreadFieldsFragment = { id: string, title: string, kind: ThreadKind, replyCount: number, lastActivityAt: string, community: { slug: string, name: string } };

export type ItemPageQueryVariables = Exact<{
  id: string | number;
}>;


export type ItemPageQuery = { item: { id: string, title: string, creators: Array<string>, year: number | null, isbn13: string | null, publisher: string | null, edition: string | null, subjects: Array<string>, holdings: Array<{ id: string, catalogueUrl: string | null, library: { slug: string, name: string } }>, experts: Array<{ id: string, displayName: string }>, threads: { edges: Array<{ cursor: string, node: { id: string, title: string, kind: ThreadKind, replyCount: number, lastActivityAt: string, community: { slug: string, name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type ItemThreadsQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type ItemThreadsQuery = { item: { id: string, threads: { edges: Array<{ cursor: string, node: { id: string, title: string, kind: ThreadKind, replyCount: number, lastActivityAt: string, community: { slug: string, name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type CreateCommunityMutationVariables = Exact<{
  input: CreateCommunityInput;
}>;


export type CreateCommunityMutation = { createCommunity: { id: string, slug: string, name: string } };

export type NewCommunityLibraryQueryVariables = Exact<{
  slug: string;
}>;


export type NewCommunityLibraryQuery = { library: { id: string, slug: string, name: string, kind: LibraryKind, staff: Array<{ userId: string }> }, me: { id: string, isPlatformAdmin: boolean } | null };

export type NationalCommunitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type NationalCommunitiesQuery = { communities: { edges: Array<{ node: { id: string, name: string, isNational: boolean } }> } };

export type CreateChapterMutationVariables = Exact<{
  input: CreateChapterInput;
}>;


export type CreateChapterMutation = { createChapter: { id: string, slug: string, name: string } };

export type SettingsFieldsFragment = { approval: ApprovalMode, publicModLog: boolean, reportThreshold: number, slowModeSeconds: number };

export type WatchedWordFieldsFragment = { id: string, phrase: string, action: WatchedWordAction, communityId: string | null };

export type CommunitySettingsQueryVariables = Exact<{
  slug: string;
  communityId: string | number;
}>;


export type CommunitySettingsQuery = { community: { id: string, visibility: Visibility, bannerUrl: string | null, moderationSettings: { approval: ApprovalMode, publicModLog: boolean, reportThreshold: number, slowModeSeconds: number } | null }, watchedWords: Array<{ id: string, phrase: string, action: WatchedWordAction, communityId: string | null }> };

export type UpdateCommunitySettingsMutationVariables = Exact<{
  input: CommunitySettingsInput;
}>;


export type UpdateCommunitySettingsMutation = { updateCommunitySettings: { id: string, moderationSettings: { approval: ApprovalMode, publicModLog: boolean, reportThreshold: number, slowModeSeconds: number } | null } };

export type AddWatchedWordMutationVariables = Exact<{
  input: AddWatchedWordInput;
}>;


export type AddWatchedWordMutation = { addWatchedWord: { id: string, phrase: string, action: WatchedWordAction, communityId: string | null } };

export type RemoveWatchedWordMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveWatchedWordMutation = { removeWatchedWord: boolean };

export type FindUserQueryVariables = Exact<{
  handle: string;
}>;


export type FindUserQuery = { user: { id: string, displayName: string, handle: string | null } | null };

export type InviteToCommunityMutationVariables = Exact<{
  communityId: string | number;
  userId: string | number;
}>;


export type InviteToCommunityMutation = { inviteToCommunity: boolean };

export type InviteLinkFieldsFragment = { id: string, createdAt: string, expiresAt: string, maxUses: number | null, uses: number };

export type InviteLinksQueryVariables = Exact<{
  communityId: string | number;
}>;


export type InviteLinksQuery = { inviteLinks: Array<{ id: string, createdAt: string, expiresAt: string, maxUses: number | null, uses: number }> };

export type CreateInviteLinkMutationVariables = Exact<{
  input: CreateInviteLinkInput;
}>;


export type CreateInviteLinkMutation = { createInviteLink: { token: string, link: { id: string, createdAt: string, expiresAt: string, maxUses: number | null, uses: number } } };

export type RevokeInviteLinkMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeInviteLinkMutation = { revokeInviteLink: boolean };

export type InviteLinkPreviewQueryVariables = Exact<{
  token: string;
}>;


export type InviteLinkPreviewQuery = { inviteLinkPreview: { communityName: string, communitySlug: string, visibility: Visibility, expiresAt: string, usable: boolean } | null };

export type AcceptInviteLinkMutationVariables = Exact<{
  token: string;
}>;


export type AcceptInviteLinkMutation = { acceptInviteLink: { id: string, state: MembershipState } };

export type VerifyEmailMutationVariables = Exact<{
  token: string;
}>;


export type VerifyEmailMutation = { verifyEmail: boolean };

export type ResendVerificationMutationVariables = Exact<{ [key: string]: never; }>;


export type ResendVerificationMutation = { resendVerification: boolean };

export type RequestEmailChangeMutationVariables = Exact<{
  input: RequestEmailChangeInput;
}>;


export type RequestEmailChangeMutation = { requestEmailChange: boolean };

export type ConfirmEmailChangeMutationVariables = Exact<{
  token: string;
}>;


export type ConfirmEmailChangeMutation = { confirmEmailChange: boolean };

export type CommunityEventListQueryVariables = Exact<{
  slug: string;
}>;


export type CommunityEventListQuery = { community: { id: string, slug: string, name: string, viewerCanModerate: boolean, events: Array<{ id: string, title: string, startsAt: string, endsAt: string, location: string | null, onlineUrl: string | null, capacity: number | null, cancelledAt: string | null, goingCount: number, placesLeft: number | null, viewerRsvp: RsvpStatus | null }> } };

export type LibraryEventListQueryVariables = Exact<{
  slug: string;
}>;


export type LibraryEventListQuery = { library: { id: string, slug: string, events: Array<{ id: string, title: string, startsAt: string, endsAt: string, location: string | null, onlineUrl: string | null, capacity: number | null, cancelledAt: string | null, goingCount: number, placesLeft: number | null, viewerRsvp: RsvpStatus | null }> } };

export type EventPageQueryVariables = Exact<{
  id: string | number;
}>;


export type EventPageQuery = { libraryEvent: { id: string, title: string, description: string, startsAt: string, endsAt: string, location: string | null, onlineUrl: string | null, capacity: number | null, cancelledAt: string | null, cancelReason: string | null, goingCount: number, waitlistCount: number, placesLeft: number | null, viewerRsvp: RsvpStatus | null, viewerCanManage: boolean, community: { id: string, slug: string, name: string }, attendees: Array<{ status: RsvpStatus, user: { id: string, displayName: string, handle: string | null } }> | null } | null };

export type EventIcsQueryVariables = Exact<{
  id: string | number;
}>;


export type EventIcsQuery = { libraryEvent: { id: string, ics: string } | null };

export type RsvpEventMutationVariables = Exact<{
  input: RsvpInput;
}>;


export type RsvpEventMutation = { rsvpEvent: { id: string, viewerRsvp: RsvpStatus | null, goingCount: number, waitlistCount: number, placesLeft: number | null } };

export type CreateEventMutationVariables = Exact<{
  input: CreateEventInput;
}>;


export type CreateEventMutation = { createEvent: { id: string } };

export type UpdateEventMutationVariables = Exact<{
  input: UpdateEventInput;
}>;


export type UpdateEventMutation = { updateEvent: { id: string } };

export type CancelEventMutationVariables = Exact<{
  input: CancelEventInput;
}>;


export type CancelEventMutation = { cancelEvent: { id: string, cancelledAt: string | null, cancelReason: string | null } };

export type CommunityFederationQueryVariables = Exact<{
  communityId: string | number;
}>;


export type CommunityFederationQuery = { communityFederation: { communityId: string, enabled: boolean, handle: string | null, remoteFollowers: number } };

export type SetCommunityFederationMutationVariables = Exact<{
  input: SetCommunityFederationInput;
}>;


export type SetCommunityFederationMutation = { setCommunityFederation: { communityId: string, enabled: boolean, handle: string | null, remoteFollowers: number } };

export type RemoteCommunitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type RemoteCommunitiesQuery = { remoteCommunities: Array<{ id: string, handle: string, name: string, summary: string, url: string, accepted: boolean }> };

export type FollowRemoteCommunityMutationVariables = Exact<{
  handle: string;
}>;


export type FollowRemoteCommunityMutation = { followRemoteCommunity: { id: string, handle: string, name: string, summary: string, url: string, accepted: boolean } };

export type UnfollowRemoteCommunityMutationVariables = Exact<{
  id: string | number;
}>;


export type UnfollowRemoteCommunityMutation = { unfollowRemoteCommunity: boolean };

export type RemoteCommunityThreadsQueryVariables = Exact<{
  id: string | number;
}>;


export type RemoteCommunityThreadsQuery = { remoteCommunity: { id: string, name: string, handle: string, threads: Array<{ id: string, uri: string, title: string | null, contentHtml: string, authorName: string, published: string, editedAt: string | null, likeCount: number, viewerLiked: boolean, replies: Array<{ id: string, contentHtml: string, authorName: string, published: string, editedAt: string | null, deletedAt: string | null, likeCount: number, viewerLiked: boolean, viewerIsAuthor: boolean }> }> } };

export type ReplyToRemoteThreadMutationVariables = Exact<{
  input: ReplyToRemoteInput;
}>;


export type ReplyToRemoteThreadMutation = { replyToRemoteThread: { id: string, contentHtml: string, authorName: string, published: string, editedAt: string | null, deletedAt: string | null, likeCount: number, viewerLiked: boolean, viewerIsAuthor: boolean } };

export type SetRemoteLikeMutationVariables = Exact<{
  input: SetRemoteLikeInput;
}>;


export type SetRemoteLikeMutation = { setRemoteLike: { id: string, likeCount: number, viewerLiked: boolean } };

export type EditRemoteReplyMutationVariables = Exact<{
  input: ReplyToRemoteInput;
}>;


export type EditRemoteReplyMutation = { editRemoteReply: { id: string, contentHtml: string, editedAt: string | null } };

export type DeleteRemoteReplyMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteRemoteReplyMutation = { deleteRemoteReply: boolean };

export type RemoteSyndicationQueryVariables = Exact<{
  id: string | number;
}>;


export type RemoteSyndicationQuery = { thread: { id: string, state: PostState, community: { id: string, visibility: Visibility }, syndications: Array<{ id: string, state: SyndicationState, targetHandle: string | null, remoteUrl: string | null, reason: string | null }> } };

export type ProposeRemoteSyndicationMutationVariables = Exact<{
  threadId: string | number;
  targetHandle: string;
}>;


export type ProposeRemoteSyndicationMutation = { proposeSyndication: { id: string, state: SyndicationState, targetHandle: string | null, remoteUrl: string | null, reason: string | null } };

export type WithdrawRemoteSyndicationMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawRemoteSyndicationMutation = { withdrawSyndication: { id: string, state: SyndicationState, targetHandle: string | null, remoteUrl: string | null, reason: string | null } };

export type FederationViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type FederationViewerQuery = { me: { id: string, isPlatformAdmin: boolean } | null };

export type BlockedInstancesQueryVariables = Exact<{ [key: string]: never; }>;


export type BlockedInstancesQuery = { blockedInstances: Array<{ id: string, host: string, reason: string, createdAt: string }> };

export type BlockInstanceMutationVariables = Exact<{
  input: BlockInstanceInput;
}>;


export type BlockInstanceMutation = { blockInstance: { id: string, host: string, reason: string, createdAt: string } };

export type UnblockInstanceMutationVariables = Exact<{
  host: string;
}>;


export type UnblockInstanceMutation = { unblockInstance: boolean };

export type CommunityFigureFieldsFragment = { members: number, activeMembers7d: number, activeMembers30d: number, medianFirstReplySeconds: number | null, questions: number, answeredQuestions: number, acceptedQuestions: number, unansweredQuestions: number, expertAnswerShare: number | null, weeks: Array<{ weekStart: string, newThreads: number, newPosts: number, medianFirstReplySeconds: number | null }>, topContributors: Array<{ posts: number, user: { id: string, displayName: string } }>, reach: { pageViews: number, catalogueClicks: number, localFollowers: number, remoteFollowers: number, followers: number, weeks: Array<{ weekStart: string, pageViews: number, catalogueClicks: number }> } };

export type LibraryFigureFieldsFragment = { members: number, activeMembers7d: number, activeMembers30d: number, medianFirstReplySeconds: number | null, questions: number, answeredQuestions: number, acceptedQuestions: number, unansweredQuestions: number, expertAnswerShare: number | null, weeks: Array<{ weekStart: string, newThreads: number, newPosts: number, medianFirstReplySeconds: number | null }>, topContributors: Array<{ posts: number, user: { id: string, displayName: string } }>, reach: { pageViews: number, catalogueClicks: number, localFollowers: number, remoteFollowers: number, followers: number, weeks: Array<{ weekStart: string, pageViews: number, catalogueClicks: number }> } };

export type MyCommunitiesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MyCommunitiesQuery = { myCommunities: { edges: Array<{ node: { id: string, slug: string, name: string, description: string, theme: string, visibility: Visibility, memberCount: number, libraryId: string, viewerMembership: { state: MembershipState } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type LibraryAdminQueryVariables = Exact<{
  slug: string;
}>;


export type LibraryAdminQuery = { library: { id: string, slug: string, name: string, kind: LibraryKind, logoUrl: string | null, primaryColor: string | null, welcomeText: string | null, catalogueUrlTemplate: string | null, staff: Array<{ userId: string, role: StaffRole, createdAt: string, user: { id: string, displayName: string, handle: string | null } }> }, me: { id: string, isPlatformAdmin: boolean } | null };

export type CreateLibraryMutationVariables = Exact<{
  input: CreateLibraryInput;
}>;


export type CreateLibraryMutation = { createLibrary: { id: string, slug: string, name: string } };

export type AddLibraryStaffMutationVariables = Exact<{
  input: LibraryStaffInput;
}>;


export type AddLibraryStaffMutation = { addLibraryStaff: { userId: string, role: StaffRole } };

export type RemoveLibraryStaffMutationVariables = Exact<{
  input: RemoveLibraryStaffInput;
}>;


export type RemoveLibraryStaffMutation = { removeLibraryStaff: boolean };

export type UpdateLibraryStyleMutationVariables = Exact<{
  input: UpdateLibraryStyleInput;
}>;


export type UpdateLibraryStyleMutation = { updateLibraryStyle: { id: string, name: string, logoUrl: string | null, primaryColor: string | null, welcomeText: string | null, catalogueUrlTemplate: string | null } };

export type ManageCommunityQueryVariables = Exact<{
  slug: string;
}>;


export type ManageCommunityQuery = { community: { id: string, slug: string, name: string, viewerCanModerate: boolean, library: { slug: string, name: string } } };

export type QueueQueryVariables = Exact<{
  communityId: string | number;
  after?: string | null | undefined;
}>;


export type QueueQuery = { moderationQueue: { edges: Array<{ cursor: string, node: { id: string, seq: number, bodyHtml: string | null, createdAt: string, author: { displayName: string }, thread: { id: string, title: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ApprovePostMutationVariables = Exact<{
  postId: string | number;
}>;


export type ApprovePostMutation = { approvePost: { id: string, state: PostState } };

export type RejectPostMutationVariables = Exact<{
  postId: string | number;
  reason: string;
}>;


export type RejectPostMutation = { rejectPost: { id: string, state: PostState } };

export type ReportsQueryVariables = Exact<{
  communityId: string | number;
  after?: string | null | undefined;
}>;


export type ReportsQuery = { reports: { edges: Array<{ cursor: string, node: { id: string, reason: ReportReason, note: string | null, createdAt: string, targetType: ReportTarget, reporter: { displayName: string } | null, post: { id: string, seq: number, bodyHtml: string | null, state: PostState, author: { displayName: string } } | null, thread: { id: string, title: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ResolveReportMutationVariables = Exact<{
  input: ResolveReportInput;
}>;


export type ResolveReportMutation = { resolveReport: { id: string, status: ReportStatus } };

export type ModLogQueryVariables = Exact<{
  communityId: string | number;
  after?: string | null | undefined;
}>;


export type ModLogQuery = { modLog: { edges: Array<{ cursor: string, node: { id: string, action: ModAction, targetType: ModTarget, reason: string | null, details: string | null, createdAt: string, expiresAt: string | null, actor: { displayName: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MembersQueryVariables = Exact<{
  slug: string;
  state?: MembershipState | null | undefined;
  after?: string | null | undefined;
}>;


export type MembersQuery = { community: { id: string, members: { edges: Array<{ cursor: string, node: { id: string, role: MemberRole, state: MembershipState, createdAt: string, banReason: string | null, bannedUntil: string | null, user: { id: string, displayName: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type ApproveMembershipMutationVariables = Exact<{
  input: MembershipDecisionInput;
}>;


export type ApproveMembershipMutation = { approveMembership: { id: string, state: MembershipState } };

export type RejectMembershipMutationVariables = Exact<{
  input: MembershipDecisionInput;
}>;


export type RejectMembershipMutation = { rejectMembership: boolean };

export type SetMemberRoleMutationVariables = Exact<{
  input: SetMemberRoleInput;
}>;


export type SetMemberRoleMutation = { setMemberRole: { id: string, role: MemberRole } };

export type BanMemberMutationVariables = Exact<{
  input: BanMemberInput;
}>;


export type BanMemberMutation = { banMember: { id: string, state: MembershipState } };

export type UnbanMemberMutationVariables = Exact<{
  input: UnbanMemberInput;
}>;


export type UnbanMemberMutation = { unbanMember: boolean };

export type FiguresQueryVariables = Exact<{
  communityId: string | number;
  weeks: number;
}>;


export type FiguresQuery = { communityFigures: { members: number, activeMembers7d: number, activeMembers30d: number, medianFirstReplySeconds: number | null, questions: number, answeredQuestions: number, acceptedQuestions: number, unansweredQuestions: number, expertAnswerShare: number | null, weeks: Array<{ weekStart: string, newThreads: number, newPosts: number, medianFirstReplySeconds: number | null }>, topContributors: Array<{ posts: number, user: { id: string, displayName: string } }>, reach: { pageViews: number, catalogueClicks: number, localFollowers: number, remoteFollowers: number, followers: number, weeks: Array<{ weekStart: string, pageViews: number, catalogueClicks: number }> } } };

export type ThreadStateFieldsFragment = { id: string, pinned: boolean, locked: boolean, community: { id: string, slug: string, name: string } };

export type LockThreadMutationVariables = Exact<{
  threadId: string | number;
  reason?: string | null | undefined;
}>;


export type LockThreadMutation = { lockThread: { id: string, pinned: boolean, locked: boolean, community: { id: string, slug: string, name: string } } };

export type UnlockThreadMutationVariables = Exact<{
  threadId: string | number;
}>;


export type UnlockThreadMutation = { unlockThread: { id: string, pinned: boolean, locked: boolean, community: { id: string, slug: string, name: string } } };

export type PinThreadMutationVariables = Exact<{
  threadId: string | number;
}>;


export type PinThreadMutation = { pinThread: { id: string, pinned: boolean, locked: boolean, community: { id: string, slug: string, name: string } } };

export type UnpinThreadMutationVariables = Exact<{
  threadId: string | number;
}>;


export type UnpinThreadMutation = { unpinThread: { id: string, pinned: boolean, locked: boolean, community: { id: string, slug: string, name: string } } };

export type MoveThreadMutationVariables = Exact<{
  threadId: string | number;
  communityId: string | number;
}>;


export type MoveThreadMutation = { moveThread: { id: string, pinned: boolean, locked: boolean, community: { id: string, slug: string, name: string } } };

export type MoveTargetsQueryVariables = Exact<{
  libraryId: string | number;
}>;


export type MoveTargetsQuery = { communities: { edges: Array<{ node: { id: string, name: string, viewerCanModerate: boolean } }> } };

export type ThreadLibraryQueryVariables = Exact<{
  id: string | number;
}>;


export type ThreadLibraryQuery = { thread: { id: string, community: { id: string, libraryId: string } } };

export type PostStateFieldsFragment = { id: string, state: PostState, isDeleted: boolean, bodyHtml: string | null, editedAt: string | null };

export type HidePostMutationVariables = Exact<{
  postId: string | number;
  reason: string;
}>;


export type HidePostMutation = { hidePost: { id: string, state: PostState, isDeleted: boolean, bodyHtml: string | null, editedAt: string | null } };

export type RemovePostMutationVariables = Exact<{
  postId: string | number;
  reason: string;
}>;


export type RemovePostMutation = { removePost: { id: string, state: PostState, isDeleted: boolean, bodyHtml: string | null, editedAt: string | null } };

export type RestorePostMutationVariables = Exact<{
  postId: string | number;
}>;


export type RestorePostMutation = { restorePost: { id: string, state: PostState, isDeleted: boolean, bodyHtml: string | null, editedAt: string | null } };

export type DeletePostMutationVariables = Exact<{
  postId: string | number;
  reason?: string | null | undefined;
}>;


export type DeletePostMutation = { deletePost: { id: string, state: PostState, isDeleted: boolean, bodyHtml: string | null, editedAt: string | null } };

export type EditPostMutationVariables = Exact<{
  input: EditPostInput;
}>;


export type EditPostMutation = { editPost: { id: string, state: PostState, isDeleted: boolean, bodyHtml: string | null, editedAt: string | null } };

export type PostSourceQueryVariables = Exact<{
  postId: string | number;
}>;


export type PostSourceQuery = { postRevisions: Array<{ id: string, version: number, body: string, createdAt: string, editedByModerator: boolean, redactedAt: string | null }> };

export type RedactRevisionMutationVariables = Exact<{
  input: RedactRevisionInput;
}>;


export type RedactRevisionMutation = { redactRevision: { id: string, redactedAt: string | null } };

export type RemoveMemberMutationVariables = Exact<{
  input: MembershipDecisionInput;
}>;


export type RemoveMemberMutation = { removeMember: boolean };

export type SuspensionFieldsFragment = { id: string, suspension: { reason: string, since: string, until: string | null } | null };

export type ProfileAdminQueryVariables = Exact<{
  handle: string;
}>;


export type ProfileAdminQuery = { user: { displayName: string, id: string, suspension: { reason: string, since: string, until: string | null } | null } | null, me: { id: string, isPlatformAdmin: boolean } | null };

export type SuspendUserMutationVariables = Exact<{
  input: SuspendUserInput;
}>;


export type SuspendUserMutation = { suspendUser: { id: string, suspension: { reason: string, since: string, until: string | null } | null } };

export type UnsuspendUserMutationVariables = Exact<{
  userId: string | number;
}>;


export type UnsuspendUserMutation = { unsuspendUser: { id: string, suspension: { reason: string, since: string, until: string | null } | null } };

export type PublicLogCommunityQueryVariables = Exact<{
  slug: string;
}>;


export type PublicLogCommunityQuery = { community: { id: string, slug: string, name: string, publicModLog: boolean, library: { slug: string, name: string } } };

export type PublicModLogQueryVariables = Exact<{
  communityId: string | number;
  after?: string | null | undefined;
}>;


export type PublicModLogQuery = { publicModLog: { edges: Array<{ cursor: string, node: { id: string, action: ModAction, targetType: ModTarget, reason: string | null, createdAt: string, expiresAt: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ManageWorkQueryVariables = Exact<{
  communityId: string | number;
  slug: string;
}>;


export type ManageWorkQuery = { moderationQueue: { edges: Array<{ cursor: string }>, pageInfo: { hasNextPage: boolean } }, reports: { edges: Array<{ cursor: string }>, pageInfo: { hasNextPage: boolean } }, community: { id: string, members: { edges: Array<{ cursor: string }>, pageInfo: { hasNextPage: boolean } } } };

export type ItemSearchQueryVariables = Exact<{
  query: string;
}>;


export type ItemSearchQuery = { items: { edges: Array<{ node: { id: string, title: string, creators: Array<string>, year: number | null, isbn13: string | null } }> } };

export type LinkItemMutationVariables = Exact<{
  input: ThreadItemInput;
}>;


export type LinkItemMutation = { linkItem: { id: string, items: Array<{ id: string, title: string }> } };

export type UnlinkItemMutationVariables = Exact<{
  input: ThreadItemInput;
}>;


export type UnlinkItemMutation = { unlinkItem: { id: string, items: Array<{ id: string, title: string }> } };

export type ConversationCommunitiesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ConversationCommunitiesQuery = { communities: { edges: Array<{ node: { id: string, name: string, viewerMembership: { state: MembershipState } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type StartItemThreadMutationVariables = Exact<{
  input: CreateThreadInput;
}>;


export type StartItemThreadMutation = { createThread: { id: string, title: string } };

export type SyndicationRowFragment = { id: string, state: SyndicationState, reason: string | null, proposedAt: string, decidedAt: string | null, showing: boolean, targetHandle: string | null, remoteUrl: string | null, origin: { instance: string, libraryName: string | null, communityName: string | null, url: string | null } | null, proposedBy: { id: string, displayName: string }, decidedBy: { id: string, displayName: string } | null, toCommunity: { slug: string, name: string } | null, fromCommunity: { slug: string, name: string } | null, fromLibrary: { name: string } | null, thread: { id: string, title: string } | null };

export type ThreadSyndicationsQueryVariables = Exact<{
  id: string | number;
}>;


export type ThreadSyndicationsQuery = { thread: { id: string, community: { id: string, visibility: Visibility, viewerCanModerate: boolean, nationalCommunity: { id: string, slug: string, name: string } | null }, syndications: Array<{ id: string, state: SyndicationState, reason: string | null, proposedAt: string, decidedAt: string | null, showing: boolean, targetHandle: string | null, remoteUrl: string | null, origin: { instance: string, libraryName: string | null, communityName: string | null, url: string | null } | null, proposedBy: { id: string, displayName: string }, decidedBy: { id: string, displayName: string } | null, toCommunity: { slug: string, name: string } | null, fromCommunity: { slug: string, name: string } | null, fromLibrary: { name: string } | null, thread: { id: string, title: string } | null }> } };

export type ProposeSyndicationMutationVariables = Exact<{
  threadId: string | number;
}>;


export type ProposeSyndicationMutation = { proposeSyndication: { id: string, state: SyndicationState } };

export type AcceptSyndicationMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type AcceptSyndicationMutation = { acceptSyndication: { id: string, state: SyndicationState } };

export type DeclineSyndicationMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type DeclineSyndicationMutation = { declineSyndication: { id: string, state: SyndicationState, reason: string | null } };

export type WithdrawSyndicationMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type WithdrawSyndicationMutation = { withdrawSyndication: { id: string, state: SyndicationState } };

export type SyndicationCommunityQueryVariables = Exact<{
  slug: string;
}>;


export type SyndicationCommunityQuery = { community: { id: string, slug: string, name: string, isNational: boolean, viewerCanModerate: boolean } };

export type SyndicationInboxQueryVariables = Exact<{
  communityId: string | number;
  state?: SyndicationState | null | undefined;
  after?: string | null | undefined;
}>;


export type SyndicationInboxQuery = { syndicationProposals: { edges: Array<{ cursor: string, node: { id: string, state: SyndicationState, reason: string | null, proposedAt: string, decidedAt: string | null, showing: boolean, targetHandle: string | null, remoteUrl: string | null, origin: { instance: string, libraryName: string | null, communityName: string | null, url: string | null } | null, proposedBy: { id: string, displayName: string }, decidedBy: { id: string, displayName: string } | null, toCommunity: { slug: string, name: string } | null, fromCommunity: { slug: string, name: string } | null, fromLibrary: { name: string } | null, thread: { id: string, title: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ContentLibraryQueryVariables = Exact<{
  slug: string;
}>;


export type ContentLibraryQuery = { library: { id: string, slug: string, name: string, kind: LibraryKind, staff: Array<{ userId: string }> }, me: { id: string, isPlatformAdmin: boolean } | null };

export type ContentItemFieldsFragment = { id: string, title: string, body: string, bodyHtml: string, tags: Array<string>, campaign: string | null, licence: string | null, validFrom: string | null, validUntil: string | null, sharedNationally: boolean, archived: boolean, updatedAt: string, ownerLibrary: { id: string, slug: string, name: string, kind: LibraryKind }, usage: { total: number, libraries: Array<{ count: number, library: { name: string } }> } };

export type ContentItemsQueryVariables = Exact<{
  filter?: ContentFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type ContentItemsQuery = { contentItems: { edges: Array<{ cursor: string, node: { id: string, title: string, tags: Array<string>, campaign: string | null, archived: boolean, sharedNationally: boolean, validFrom: string | null, validUntil: string | null, ownerLibrary: { name: string }, usage: { total: number } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ContentItemPageQueryVariables = Exact<{
  id: string | number;
  slug: string;
}>;


export type ContentItemPageQuery = { contentItem: { id: string, title: string, body: string, bodyHtml: string, tags: Array<string>, campaign: string | null, licence: string | null, validFrom: string | null, validUntil: string | null, sharedNationally: boolean, archived: boolean, updatedAt: string, ownerLibrary: { id: string, slug: string, name: string, kind: LibraryKind }, usage: { total: number, libraries: Array<{ count: number, library: { name: string } }> } }, library: { id: string, slug: string, name: string, staff: Array<{ userId: string }> }, me: { id: string, isPlatformAdmin: boolean } | null };

export type PublishTargetsQueryVariables = Exact<{
  libraryId: string | number;
}>;


export type PublishTargetsQuery = { communities: { edges: Array<{ node: { id: string, name: string, viewerCanModerate: boolean, viewerMembership: { state: MembershipState } | null } }> } };

export type CreateContentItemMutationVariables = Exact<{
  input: CreateContentItemInput;
}>;


export type CreateContentItemMutation = { createContentItem: { id: string, title: string } };

export type UpdateContentItemMutationVariables = Exact<{
  input: UpdateContentItemInput;
}>;


export type UpdateContentItemMutation = { updateContentItem: { id: string, title: string, body: string, bodyHtml: string, tags: Array<string>, campaign: string | null, licence: string | null, validFrom: string | null, validUntil: string | null, sharedNationally: boolean, archived: boolean, updatedAt: string, ownerLibrary: { id: string, slug: string, name: string, kind: LibraryKind }, usage: { total: number, libraries: Array<{ count: number, library: { name: string } }> } } };

export type ArchiveContentItemMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchiveContentItemMutation = { archiveContentItem: { id: string, title: string, body: string, bodyHtml: string, tags: Array<string>, campaign: string | null, licence: string | null, validFrom: string | null, validUntil: string | null, sharedNationally: boolean, archived: boolean, updatedAt: string, ownerLibrary: { id: string, slug: string, name: string, kind: LibraryKind }, usage: { total: number, libraries: Array<{ count: number, library: { name: string } }> } } };

export type PublishContentMutationVariables = Exact<{
  input: PublishContentInput;
}>;


export type PublishContentMutation = { publishContent: { id: string, title: string } };

export type SyndicationFieldsFragment = { fromLibrary: { name: string } | null, fromCommunity: { slug: string, name: string } | null };

export type CommunityFeedQueryVariables = Exact<{
  slug: string;
  after?: string | null | undefined;
}>;


export type CommunityFeedQuery = { community: { id: string, liveCursor: string, feed: { edges: Array<{ cursor: string, node: { thread: { id: string, title: string, kind: ThreadKind, pinned: boolean, locked: boolean, replyCount: number, lastActivityAt: string, author: { displayName: string } }, syndication: { fromLibrary: { name: string } | null, fromCommunity: { slug: string, name: string } | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } };

export type FeedEventsSubscriptionVariables = Exact<{
  communityId: string | number;
  after?: string | null | undefined;
}>;


export type FeedEventsSubscription = { communityEvents: { type: CommunityEventType, cursor: string, threadId: string, thread: { id: string, title: string, kind: ThreadKind, pinned: boolean, locked: boolean, replyCount: number, lastActivityAt: string, community: { id: string }, provenance: { fromLibrary: { name: string }, fromCommunity: { slug: string, name: string } } | null, author: { displayName: string } } | null } };

export type CommunityChaptersQueryVariables = Exact<{
  slug: string;
}>;


export type CommunityChaptersQuery = { community: { id: string, chapters: { edges: Array<{ node: { id: string, slug: string, name: string, library: { name: string } } }> } } };

export type NotificationFieldsFragment = { id: string, kind: NotificationKind, read: boolean, createdAt: string, detail: string | null, actor: { displayName: string } | null, community: { slug: string, name: string } | null, thread: { id: string, title: string } | null, post: { id: string, seq: number } | null, event: { id: string, title: string } | null };

export type UnreadCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadCountQuery = { unreadCount: number };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationAddedSubscription = { notificationAdded: { unreadCount: number, notification: { id: string, kind: NotificationKind, read: boolean, createdAt: string, detail: string | null, actor: { displayName: string } | null, community: { slug: string, name: string } | null, thread: { id: string, title: string } | null, post: { id: string, seq: number } | null, event: { id: string, title: string } | null } } };

export type MyExpertiseQueryVariables = Exact<{ [key: string]: never; }>;


export type MyExpertiseQuery = { me: { id: string, expertise: Array<{ id: string, topic: string, state: ExpertiseState, rejectReason: string | null, revokeReason: string | null, libraryId: string | null }> } | null };

export type JoinAsExpertMutationVariables = Exact<{
  communityId: string | number;
}>;


export type JoinAsExpertMutation = { joinAsExpert: { role: MemberRole, state: MembershipState } };

export type InviteByEmailMutationVariables = Exact<{
  input: InviteByEmailInput;
}>;


export type InviteByEmailMutation = { inviteByEmail: boolean };

export type InviteStaffByEmailMutationVariables = Exact<{
  input: InviteStaffByEmailInput;
}>;


export type InviteStaffByEmailMutation = { inviteStaffByEmail: boolean };

export type EmailInvitationQueryVariables = Exact<{
  token: string;
}>;


export type EmailInvitationQuery = { emailInvitation: { communityName: string | null, communitySlug: string | null, libraryName: string, librarySlug: string, staffRole: StaffRole | null } };

export type AcceptEmailInvitationMutationVariables = Exact<{
  token: string;
}>;


export type AcceptEmailInvitationMutation = { acceptEmailInvitation: { communitySlug: string | null, librarySlug: string, staffRole: StaffRole | null } };

export type SetCommunityVisibilityMutationVariables = Exact<{
  input: SetCommunityVisibilityInput;
}>;


export type SetCommunityVisibilityMutation = { setCommunityVisibility: { id: string, visibility: Visibility } };

export type DeleteAccountMutationVariables = Exact<{
  input: DeleteAccountInput;
}>;


export type DeleteAccountMutation = { deleteAccount: boolean };

export type ProfileSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProfileSettingsQuery = { me: { id: string, displayName: string, handle: string | null, bio: string } | null, notificationPreferences: { locale: Locale } };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { updateProfile: { id: string, displayName: string, bio: string } };

export type PublicProfileQueryVariables = Exact<{
  handle: string;
}>;


export type PublicProfileQuery = { user: { id: string, displayName: string, handle: string | null, bio: string, createdAt: string, expertise: Array<{ id: string, topic: string, state: ExpertiseState, library: { name: string } | null }> } | null };

export type PushSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type PushSettingsQuery = { vapidPublicKey: string | null, notificationPreferences: { pushAvailable: boolean, pushKinds: Array<NotificationKind>, pushSubscriptions: number } };

export type SubscribePushMutationVariables = Exact<{
  input: SubscribePushInput;
}>;


export type SubscribePushMutation = { subscribePush: boolean };

export type UnsubscribePushMutationVariables = Exact<{
  endpoint?: string | null | undefined;
}>;


export type UnsubscribePushMutation = { unsubscribePush: number };

export type SetPushKindsMutationVariables = Exact<{
  kinds: Array<NotificationKind> | NotificationKind;
}>;


export type SetPushKindsMutation = { setPushKinds: { pushAvailable: boolean, pushKinds: Array<NotificationKind>, pushSubscriptions: number } };

export type ReachFieldsFragment = { pageViews: number, catalogueClicks: number, localFollowers: number, remoteFollowers: number, followers: number, weeks: Array<{ weekStart: string, pageViews: number, catalogueClicks: number }> };

export type CommunityReachFieldsFragment = { pageViews: number, catalogueClicks: number, localFollowers: number, remoteFollowers: number, followers: number, community: { id: string, slug: string, name: string } };

export type SearchQueryVariables = Exact<{
  query: string;
  filter?: SearchFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchQuery = { search: { edges: Array<{ cursor: string, node: { kind: SearchKind, snippet: string, thread: { id: string, title: string } | null, post: { id: string, seq: number } | null, community: { slug: string, name: string } | null, item: { id: string, title: string, year: number | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type NotificationsQueryVariables = Exact<{
  after?: string | null | undefined;
  unreadOnly?: boolean | null | undefined;
}>;


export type NotificationsQuery = { notifications: { edges: Array<{ cursor: string, node: { id: string, kind: NotificationKind, read: boolean, createdAt: string, detail: string | null, actor: { displayName: string } | null, community: { slug: string, name: string } | null, thread: { id: string, title: string } | null, post: { id: string, seq: number } | null, event: { id: string, title: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MarkReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type MarkReadMutation = { markNotificationsRead: number };

export type PreferenceFieldsFragment = { digestHourUtc: number, emailAvailable: boolean, emailDelivery: EmailDelivery, locale: Locale, kinds: Array<{ kind: NotificationKind, channel: NotificationChannel }> };

export type PreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type PreferencesQuery = { notificationPreferences: { digestHourUtc: number, emailAvailable: boolean, emailDelivery: EmailDelivery, locale: Locale, kinds: Array<{ kind: NotificationKind, channel: NotificationChannel }> } };

export type SetPreferenceMutationVariables = Exact<{
  input: NotificationPreferenceInput;
}>;


export type SetPreferenceMutation = { setNotificationPreference: { digestHourUtc: number, emailAvailable: boolean, emailDelivery: EmailDelivery, locale: Locale, kinds: Array<{ kind: NotificationKind, channel: NotificationChannel }> } };

export type SetEmailDeliveryMutationVariables = Exact<{
  delivery?: EmailDelivery | null | undefined;
  locale?: Locale | null | undefined;
}>;


export type SetEmailDeliveryMutation = { setEmailDelivery: { digestHourUtc: number, emailAvailable: boolean, emailDelivery: EmailDelivery, locale: Locale, kinds: Array<{ kind: NotificationKind, channel: NotificationChannel }> } };

export type OwnProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type OwnProfileQuery = { me: { id: string, handle: string | null, expertise: Array<{ id: string, topic: string, state: ExpertiseState, evidence: string | null, revokeReason: string | null, rejectReason: string | null, library: { name: string } | null }> } | null, libraries: { edges: Array<{ node: { id: string, name: string } }> } };

export type ClaimMutationVariables = Exact<{
  input: ClaimExpertiseInput;
}>;


export type ClaimMutation = { claimExpertise: { id: string } };

export type WithdrawExpertiseMutationVariables = Exact<{
  expertiseId: string | number;
}>;


export type WithdrawExpertiseMutation = { withdrawExpertise: { id: string, state: ExpertiseState } };

export type SetHandleMutationVariables = Exact<{
  input: SetHandleInput;
}>;


export type SetHandleMutation = { setHandle: { id: string, handle: string | null } };

export type SsoLibrariesQueryVariables = Exact<{ [key: string]: never; }>;


export type SsoLibrariesQuery = { ssoLibraries: Array<{ id: string, slug: string, name: string, ssoLogin: { label: string, url: string } | null }> };

export type LibrarySsoLoginQueryVariables = Exact<{
  slug: string;
}>;


export type LibrarySsoLoginQuery = { library: { id: string, slug: string, name: string, ssoLogin: { label: string, url: string } | null } };

export type LibrarySsoSettingsQueryVariables = Exact<{
  slug: string;
}>;


export type LibrarySsoSettingsQuery = { librarySso: { issuer: string, clientId: string, clientSecretSet: boolean, label: string, enabled: boolean, redirectUri: string } | null };

export type ConfigureLibrarySsoMutationVariables = Exact<{
  input: ConfigureLibrarySsoInput;
}>;


export type ConfigureLibrarySsoMutation = { configureLibrarySso: { issuer: string, clientId: string, clientSecretSet: boolean, label: string, enabled: boolean, redirectUri: string } };

export type StaffLibraryQueryVariables = Exact<{
  slug: string;
}>;


export type StaffLibraryQuery = { library: { id: string, slug: string, name: string, kind: LibraryKind } };

export type LibraryFiguresQueryVariables = Exact<{
  libraryId: string | number;
  weeks: number;
}>;


export type LibraryFiguresQuery = { libraryFigures: { communities: number, members: number, activeMembers7d: number, activeMembers30d: number, medianFirstReplySeconds: number | null, questions: number, answeredQuestions: number, acceptedQuestions: number, unansweredQuestions: number, expertAnswerShare: number | null, communityReach: Array<{ pageViews: number, catalogueClicks: number, localFollowers: number, remoteFollowers: number, followers: number, community: { id: string, slug: string, name: string } }>, phaseHistory: Array<{ weekStart: string, trained: boolean, present: boolean, facilitating: boolean }>, weeks: Array<{ weekStart: string, newThreads: number, newPosts: number, medianFirstReplySeconds: number | null }>, topContributors: Array<{ posts: number, user: { id: string, displayName: string } }>, reach: { pageViews: number, catalogueClicks: number, localFollowers: number, remoteFollowers: number, followers: number, weeks: Array<{ weekStart: string, pageViews: number, catalogueClicks: number }> } } };

export type NationalDashboardQueryVariables = Exact<{
  weeks: number;
}>;


export type NationalDashboardQuery = { nationalDashboard: { libraries: number, librariesPresent: number, librariesFacilitating: number, medianFirstReplySeconds: number | null, perLibrary: Array<{ present: boolean, facilitatesValueNetwork: boolean, medianFirstReplySeconds: number | null, pageViews: number, followers: number, remoteFollowers: number, catalogueClicks: number, library: { id: string, slug: string, name: string }, trend: Array<{ weekStart: string, medianFirstReplySeconds: number | null }> }>, reach: { pageViews: number, catalogueClicks: number, localFollowers: number, remoteFollowers: number, followers: number, weeks: Array<{ weekStart: string, pageViews: number, catalogueClicks: number }> } } };

export type ExpertiseClaimsQueryVariables = Exact<{
  libraryId: string | number;
  after?: string | null | undefined;
}>;


export type ExpertiseClaimsQuery = { expertiseClaims: { edges: Array<{ cursor: string, node: { id: string, topic: string, evidence: string | null, createdAt: string, user: { id: string, displayName: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ExpertiseLogQueryVariables = Exact<{
  libraryId: string | number;
  after?: string | null | undefined;
}>;


export type ExpertiseLogQuery = { expertiseLog: { edges: Array<{ cursor: string, node: { id: string, action: ExpertiseAction, topic: string, reason: string | null, details: string | null, createdAt: string, expertiseId: string, actor: { displayName: string } | null, expert: { id: string, displayName: string, expertise: Array<{ id: string, state: ExpertiseState, libraryId: string | null }> } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type VerifyExpertiseMutationVariables = Exact<{
  input: VerifyExpertiseInput;
}>;


export type VerifyExpertiseMutation = { verifyExpertise: { id: string, state: ExpertiseState } };

export type RejectExpertiseMutationVariables = Exact<{
  input: RejectExpertiseInput;
}>;


export type RejectExpertiseMutation = { rejectExpertise: { id: string, state: ExpertiseState } };

export type RevokeExpertiseMutationVariables = Exact<{
  input: RevokeExpertiseInput;
}>;


export type RevokeExpertiseMutation = { revokeExpertise: { id: string, state: ExpertiseState } };

export type LibraryOnboardingQueryVariables = Exact<{
  slug: string;
}>;


export type LibraryOnboardingQuery = { library: { id: string, slug: string, name: string, kind: LibraryKind, primaryColor: string | null }, me: { id: string, isPlatformAdmin: boolean } | null };

export type OnboardingStateQueryVariables = Exact<{
  libraryId: string | number;
}>;


export type OnboardingStateQuery = { libraryOnboarding: { libraryId: string, allDone: boolean, completedAt: string | null, steps: Array<{ key: OnboardingStepKey, done: boolean, marked: boolean }> }, communities: { edges: Array<{ node: { id: string, slug: string, name: string } }> } };

export type MarkOnboardingStepMutationVariables = Exact<{
  libraryId: string | number;
  step: OnboardingStepKey;
}>;


export type MarkOnboardingStepMutation = { markOnboardingStep: { libraryId: string, allDone: boolean, steps: Array<{ key: OnboardingStepKey, done: boolean, marked: boolean }> } };

export type CompleteOnboardingMutationVariables = Exact<{
  libraryId: string | number;
}>;


export type CompleteOnboardingMutation = { completeOnboarding: { libraryId: string, allDone: boolean, completedAt: string | null } };

export type CommunityTemplatesQueryVariables = Exact<{
  includeEnded?: boolean | null | undefined;
}>;


export type CommunityTemplatesQuery = { communityTemplates: Array<{ id: string, kind: TemplateKind, name: string, theme: string, description: string, running: boolean, startsOn: string | null, endsOn: string | null, bannerText: string | null, bannerColor: string | null, watchedWords: Array<string>, starterThreads: Array<{ title: string }>, nationalCommunity: { id: string, slug: string, name: string } | null }> };

export type AdoptCommunityTemplateMutationVariables = Exact<{
  input: AdoptCommunityTemplateInput;
}>;


export type AdoptCommunityTemplateMutation = { adoptCommunityTemplate: { id: string, slug: string, name: string } };

export type PublishCommunityTemplateMutationVariables = Exact<{
  input: PublishCommunityTemplateInput;
}>;


export type PublishCommunityTemplateMutation = { publishCommunityTemplate: { id: string, kind: TemplateKind, name: string } };

export type TemplateAdoptionQueryVariables = Exact<{ [key: string]: never; }>;


export type TemplateAdoptionQuery = { templateAdoption: Array<{ adoptions: number, localLibraries: number, template: { id: string, kind: TemplateKind, name: string, startsOn: string | null, endsOn: string | null, running: boolean }, libraries: Array<{ libraryName: string, librarySlug: string, adoptedAt: string }> }> };

export type NationalLibrariesQueryVariables = Exact<{ [key: string]: never; }>;


export type NationalLibrariesQuery = { libraries: { edges: Array<{ node: { id: string, slug: string, name: string, kind: LibraryKind } }> } };

export type NationalThemeCommunitiesQueryVariables = Exact<{
  libraryId: string | number;
}>;


export type NationalThemeCommunitiesQuery = { communities: { edges: Array<{ node: { id: string, name: string, theme: string } }> } };

export type ThreadExtrasQueryVariables = Exact<{
  id: string | number;
}>;


export type ThreadExtrasQuery = { thread: { id: string, author: { id: string }, items: Array<{ id: string, title: string, creators: Array<string>, year: number | null }>, provenance: { fromLibrary: { name: string }, fromCommunity: { slug: string, name: string } } | null, remoteProvenance: { instance: string, libraryName: string | null, communityName: string | null, url: string | null } | null, contentSource: { title: string, licence: string | null, publishedAt: string, ownerLibrary: { name: string } } | null, community: { id: string, viewerCanModerate: boolean, visibility: Visibility, library: { catalogueUrlTemplate: string | null }, nationalCommunity: { id: string } | null } } };

export type AcceptAnswerMutationVariables = Exact<{
  postId: string | number;
}>;


export type AcceptAnswerMutation = { acceptAnswer: { id: string, acceptedAnswer: { id: string } | null } };

export type UnacceptAnswerMutationVariables = Exact<{
  threadId: string | number;
}>;


export type UnacceptAnswerMutation = { unacceptAnswer: { id: string, acceptedAnswer: { id: string } | null } };

export type MyTwoFactorQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTwoFactorQuery = { myTwoFactor: { enabled: boolean, recoveryCodesLeft: number, required: boolean } };

export type SetupTotpMutationVariables = Exact<{ [key: string]: never; }>;


export type SetupTotpMutation = { setupTotp: { uri: string, qrCode: string, secret: string } };

export type EnableTotpMutationVariables = Exact<{
  code: string;
}>;


export type EnableTotpMutation = { enableTotp: Array<string> };

export type DisableTotpMutationVariables = Exact<{
  password: string;
}>;


export type DisableTotpMutation = { disableTotp: boolean };

export type CommunitySummaryFragment = { id: string, slug: string, name: string, description: string, theme: string, visibility: Visibility, memberCount: number, libraryId: string };

export type ProvenanceFieldsFragment = { fromLibrary: { name: string }, fromCommunity: { slug: string, name: string } };

export type ThreadSummaryFragment = { id: string, title: string, kind: ThreadKind, pinned: boolean, locked: boolean, replyCount: number, lastActivityAt: string, author: { displayName: string } };

export type HomeQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type HomeQuery = { libraries: { edges: Array<{ node: { id: string, slug: string, name: string, kind: LibraryKind } }> }, communities: { edges: Array<{ node: { id: string, slug: string, name: string, description: string, theme: string, visibility: Visibility, memberCount: number, libraryId: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type LibraryPageQueryVariables = Exact<{
  slug: string;
}>;


export type LibraryPageQuery = { library: { id: string, slug: string, name: string, kind: LibraryKind, logoUrl: string | null, primaryColor: string | null, welcomeText: string | null, staff: Array<{ userId: string }>, verifiedExpertise: Array<{ id: string, topic: string, user: { id: string, displayName: string, handle: string | null } }> }, me: { id: string, isPlatformAdmin: boolean } | null };

export type LibraryCommunitiesQueryVariables = Exact<{
  libraryId: string | number;
  after?: string | null | undefined;
}>;


export type LibraryCommunitiesQuery = { communities: { edges: Array<{ node: { id: string, slug: string, name: string, description: string, theme: string, visibility: Visibility, memberCount: number, libraryId: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CommunityPageQueryVariables = Exact<{
  slug: string;
  threads?: boolean | null | undefined;
}>;


export type CommunityPageQuery = { community: { bannerUrl: string | null, viewerCanRead: boolean, viewerCanModerate: boolean, publicModLog: boolean, liveCursor: string, viewerFollows: boolean, isNational: boolean, id: string, slug: string, name: string, description: string, theme: string, visibility: Visibility, memberCount: number, libraryId: string, campaignBanner: { name: string, text: string, color: string | null, endsOn: string } | null, library: { id: string, slug: string, name: string, kind: LibraryKind }, viewerMembership: { state: MembershipState, role: MemberRole } | null, nationalCommunity: { slug: string, name: string } | null, threads?: { edges: Array<{ node: { id: string, title: string, kind: ThreadKind, pinned: boolean, locked: boolean, replyCount: number, lastActivityAt: string, author: { displayName: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } };

export type CommunityThreadsQueryVariables = Exact<{
  slug: string;
  after?: string | null | undefined;
}>;


export type CommunityThreadsQuery = { community: { id: string, threads: { edges: Array<{ node: { id: string, title: string, kind: ThreadKind, pinned: boolean, locked: boolean, replyCount: number, lastActivityAt: string, author: { displayName: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } };

export type FollowMutationVariables = Exact<{
  input: FollowInput;
}>;


export type FollowMutation = { follow: boolean };

export type UnfollowMutationVariables = Exact<{
  input: FollowInput;
}>;


export type UnfollowMutation = { unfollow: boolean };

export type JoinMutationVariables = Exact<{
  id: string | number;
}>;


export type JoinMutation = { joinCommunity: { state: MembershipState, role: MemberRole } };

export type LeaveMutationVariables = Exact<{
  id: string | number;
}>;


export type LeaveMutation = { leaveCommunity: boolean };

export type CreateThreadMutationVariables = Exact<{
  input: CreateThreadInput;
}>;


export type CreateThreadMutation = { createThread: { id: string } };

export type PostFieldsFragment = { id: string, seq: number, state: PostState, isDeleted: boolean, bodyHtml: string | null, createdAt: string, editedAt: string | null, replyToId: string | null, isAcceptedAnswer: boolean, author: { id: string, displayName: string, avatarUrl: string | null }, reactionCounts: Array<{ kind: ReactionKind, count: number }>, authorExpertise: Array<{ id: string, topic: string, library: { name: string } | null }>, linkPreviews: Array<{ url: string, title: string | null, description: string | null, siteName: string | null, imageUrl: string | null, imageWidth: number | null, imageHeight: number | null }> };

export type ThreadPageQueryVariables = Exact<{
  id: string | number;
}>;


export type ThreadPageQuery = { thread: { id: string, title: string, kind: ThreadKind, pinned: boolean, locked: boolean, replyCount: number, viewerCanReply: boolean, viewerFollows: boolean, community: { id: string, slug: string, name: string, viewerMembership: { state: MembershipState } | null }, posts: { edges: Array<{ cursor: string, node: { viewerReactions: Array<ReactionKind>, id: string, seq: number, state: PostState, isDeleted: boolean, bodyHtml: string | null, createdAt: string, editedAt: string | null, replyToId: string | null, isAcceptedAnswer: boolean, author: { id: string, displayName: string, avatarUrl: string | null }, reactionCounts: Array<{ kind: ReactionKind, count: number }>, authorExpertise: Array<{ id: string, topic: string, library: { name: string } | null }>, linkPreviews: Array<{ url: string, title: string | null, description: string | null, siteName: string | null, imageUrl: string | null, imageWidth: number | null, imageHeight: number | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type ThreadPostsQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type ThreadPostsQuery = { thread: { id: string, posts: { edges: Array<{ cursor: string, node: { viewerReactions: Array<ReactionKind>, id: string, seq: number, state: PostState, isDeleted: boolean, bodyHtml: string | null, createdAt: string, editedAt: string | null, replyToId: string | null, isAcceptedAnswer: boolean, author: { id: string, displayName: string, avatarUrl: string | null }, reactionCounts: Array<{ kind: ReactionKind, count: number }>, authorExpertise: Array<{ id: string, topic: string, library: { name: string } | null }>, linkPreviews: Array<{ url: string, title: string | null, description: string | null, siteName: string | null, imageUrl: string | null, imageWidth: number | null, imageHeight: number | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type ThreadViewerQueryVariables = Exact<{
  id: string | number;
}>;


export type ThreadViewerQuery = { thread: { id: string, locked: boolean, viewerCanReply: boolean } };

export type ThreadEventsSubscriptionVariables = Exact<{
  threadId: string | number;
  after?: string | null | undefined;
}>;


export type ThreadEventsSubscription = { threadEvents: { type: ThreadEventType, cursor: string, post: { id: string, seq: number, state: PostState, isDeleted: boolean, bodyHtml: string | null, createdAt: string, editedAt: string | null, replyToId: string | null, isAcceptedAnswer: boolean, author: { id: string, displayName: string, avatarUrl: string | null }, reactionCounts: Array<{ kind: ReactionKind, count: number }>, authorExpertise: Array<{ id: string, topic: string, library: { name: string } | null }>, linkPreviews: Array<{ url: string, title: string | null, description: string | null, siteName: string | null, imageUrl: string | null, imageWidth: number | null, imageHeight: number | null }> } | null, thread: { id: string, title: string, pinned: boolean, locked: boolean, replyCount: number } } };

export type CreatePostMutationVariables = Exact<{
  input: CreatePostInput;
}>;


export type CreatePostMutation = { createPost: { viewerReactions: Array<ReactionKind>, id: string, seq: number, state: PostState, isDeleted: boolean, bodyHtml: string | null, createdAt: string, editedAt: string | null, replyToId: string | null, isAcceptedAnswer: boolean, author: { id: string, displayName: string, avatarUrl: string | null }, reactionCounts: Array<{ kind: ReactionKind, count: number }>, authorExpertise: Array<{ id: string, topic: string, library: { name: string } | null }>, linkPreviews: Array<{ url: string, title: string | null, description: string | null, siteName: string | null, imageUrl: string | null, imageWidth: number | null, imageHeight: number | null }> } };

export type PreviewMarkdownQueryVariables = Exact<{
  body: string;
}>;


export type PreviewMarkdownQuery = { previewMarkdown: string };

export type ReactionResultFragment = { id: string, viewerReactions: Array<ReactionKind>, reactionCounts: Array<{ kind: ReactionKind, count: number }> };

export type ReactMutationVariables = Exact<{
  input: ReactInput;
}>;


export type ReactMutation = { react: { id: string, viewerReactions: Array<ReactionKind>, reactionCounts: Array<{ kind: ReactionKind, count: number }> } };

export type UnreactMutationVariables = Exact<{
  input: ReactInput;
}>;


export type UnreactMutation = { unreact: { id: string, viewerReactions: Array<ReactionKind>, reactionCounts: Array<{ kind: ReactionKind, count: number }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, displayName: string, email: string | null, createdAt: string, isPlatformAdmin: boolean, suspension: { reason: string, until: string | null } | null } | null };

export type CommunityEventsSubscriptionVariables = Exact<{
  communityId: string | number;
  after?: string | null | undefined;
}>;


export type CommunityEventsSubscription = { communityEvents: { type: CommunityEventType, cursor: string, threadId: string, thread: { id: string, title: string, kind: ThreadKind, pinned: boolean, locked: boolean, replyCount: number, lastActivityAt: string, author: { displayName: string } } | null } };

export type AuthPayloadFieldsFragment = { accessToken: string, accessTokenExpiresAt: string, user: { id: string, displayName: string, emailVerified: boolean | null } };

export type RefreshSessionMutationVariables = Exact<{ [key: string]: never; }>;


export type RefreshSessionMutation = { refreshSession: { accessToken: string, accessTokenExpiresAt: string, user: { id: string, displayName: string, emailVerified: boolean | null } } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { accessToken: string, accessTokenExpiresAt: string, user: { id: string, displayName: string, emailVerified: boolean | null } } };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { register: { accessToken: string, accessTokenExpiresAt: string, user: { id: string, displayName: string, emailVerified: boolean | null } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type CompleteSsoLoginMutationVariables = Exact<{
  input: CompleteSsoLoginInput;
}>;


export type CompleteSsoLoginMutation = { completeSsoLogin: { accessToken: string, accessTokenExpiresAt: string, user: { id: string, displayName: string, emailVerified: boolean | null } } };

export type ReportContentMutationVariables = Exact<{
  input: ReportContentInput;
}>;


export type ReportContentMutation = { reportContent: { id: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ItemThreadFieldsFragmentDoc = new TypedDocumentString(`
    fragment ItemThreadFields on Thread {
  id
  title
  kind
  replyCount
  lastActivityAt
  community {
    slug
    name
  }
}
    `, {"fragmentName":"ItemThreadFields"}) as unknown as TypedDocumentString<ItemThreadFieldsFragment, unknown>;
export const SettingsFieldsFragmentDoc = new TypedDocumentString(`
    fragment SettingsFields on CommunitySettings {
  approval
  publicModLog
  reportThreshold
  slowModeSeconds
}
    `, {"fragmentName":"SettingsFields"}) as unknown as TypedDocumentString<SettingsFieldsFragment, unknown>;
export const WatchedWordFieldsFragmentDoc = new TypedDocumentString(`
    fragment WatchedWordFields on WatchedWord {
  id
  phrase
  action
  communityId
}
    `, {"fragmentName":"WatchedWordFields"}) as unknown as TypedDocumentString<WatchedWordFieldsFragment, unknown>;
export const InviteLinkFieldsFragmentDoc = new TypedDocumentString(`
    fragment InviteLinkFields on InviteLink {
  id
  createdAt
  expiresAt
  maxUses
  uses
}
    `, {"fragmentName":"InviteLinkFields"}) as unknown as TypedDocumentString<InviteLinkFieldsFragment, unknown>;
export const ReachFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReachFields on ReachFigures {
  pageViews
  catalogueClicks
  localFollowers
  remoteFollowers
  followers
  weeks {
    weekStart
    pageViews
    catalogueClicks
  }
}
    `, {"fragmentName":"ReachFields"}) as unknown as TypedDocumentString<ReachFieldsFragment, unknown>;
export const CommunityFigureFieldsFragmentDoc = new TypedDocumentString(`
    fragment CommunityFigureFields on CommunityFigures {
  members
  activeMembers7d
  activeMembers30d
  medianFirstReplySeconds
  questions
  answeredQuestions
  acceptedQuestions
  unansweredQuestions
  expertAnswerShare
  weeks {
    weekStart
    newThreads
    newPosts
    medianFirstReplySeconds
  }
  topContributors {
    posts
    user {
      id
      displayName
    }
  }
  reach {
    ...ReachFields
  }
}
    fragment ReachFields on ReachFigures {
  pageViews
  catalogueClicks
  localFollowers
  remoteFollowers
  followers
  weeks {
    weekStart
    pageViews
    catalogueClicks
  }
}`, {"fragmentName":"CommunityFigureFields"}) as unknown as TypedDocumentString<CommunityFigureFieldsFragment, unknown>;
export const LibraryFigureFieldsFragmentDoc = new TypedDocumentString(`
    fragment LibraryFigureFields on LibraryFigures {
  members
  activeMembers7d
  activeMembers30d
  medianFirstReplySeconds
  questions
  answeredQuestions
  acceptedQuestions
  unansweredQuestions
  expertAnswerShare
  weeks {
    weekStart
    newThreads
    newPosts
    medianFirstReplySeconds
  }
  topContributors {
    posts
    user {
      id
      displayName
    }
  }
  reach {
    ...ReachFields
  }
}
    fragment ReachFields on ReachFigures {
  pageViews
  catalogueClicks
  localFollowers
  remoteFollowers
  followers
  weeks {
    weekStart
    pageViews
    catalogueClicks
  }
}`, {"fragmentName":"LibraryFigureFields"}) as unknown as TypedDocumentString<LibraryFigureFieldsFragment, unknown>;
export const ThreadStateFieldsFragmentDoc = new TypedDocumentString(`
    fragment ThreadStateFields on Thread {
  id
  pinned
  locked
  community {
    id
    slug
    name
  }
}
    `, {"fragmentName":"ThreadStateFields"}) as unknown as TypedDocumentString<ThreadStateFieldsFragment, unknown>;
export const PostStateFieldsFragmentDoc = new TypedDocumentString(`
    fragment PostStateFields on Post {
  id
  state
  isDeleted
  bodyHtml
  editedAt
}
    `, {"fragmentName":"PostStateFields"}) as unknown as TypedDocumentString<PostStateFieldsFragment, unknown>;
export const SuspensionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SuspensionFields on User {
  id
  suspension {
    reason
    since
    until
  }
}
    `, {"fragmentName":"SuspensionFields"}) as unknown as TypedDocumentString<SuspensionFieldsFragment, unknown>;
export const SyndicationRowFragmentDoc = new TypedDocumentString(`
    fragment SyndicationRow on Syndication {
  id
  state
  reason
  proposedAt
  decidedAt
  showing
  targetHandle
  remoteUrl
  origin {
    instance
    libraryName
    communityName
    url
  }
  proposedBy {
    id
    displayName
  }
  decidedBy {
    id
    displayName
  }
  toCommunity {
    slug
    name
  }
  fromCommunity {
    slug
    name
  }
  fromLibrary {
    name
  }
  thread {
    id
    title
  }
}
    `, {"fragmentName":"SyndicationRow"}) as unknown as TypedDocumentString<SyndicationRowFragment, unknown>;
export const ContentItemFieldsFragmentDoc = new TypedDocumentString(`
    fragment ContentItemFields on ContentItem {
  id
  title
  body
  bodyHtml
  tags
  campaign
  licence
  validFrom
  validUntil
  sharedNationally
  archived
  updatedAt
  ownerLibrary {
    id
    slug
    name
    kind
  }
  usage {
    total
    libraries {
      count
      library {
        name
      }
    }
  }
}
    `, {"fragmentName":"ContentItemFields"}) as unknown as TypedDocumentString<ContentItemFieldsFragment, unknown>;
export const SyndicationFieldsFragmentDoc = new TypedDocumentString(`
    fragment SyndicationFields on Syndication {
  fromLibrary {
    name
  }
  fromCommunity {
    slug
    name
  }
}
    `, {"fragmentName":"SyndicationFields"}) as unknown as TypedDocumentString<SyndicationFieldsFragment, unknown>;
export const NotificationFieldsFragmentDoc = new TypedDocumentString(`
    fragment NotificationFields on Notification {
  id
  kind
  read
  createdAt
  detail
  actor {
    displayName
  }
  community {
    slug
    name
  }
  thread {
    id
    title
  }
  post {
    id
    seq
  }
  event {
    id
    title
  }
}
    `, {"fragmentName":"NotificationFields"}) as unknown as TypedDocumentString<NotificationFieldsFragment, unknown>;
export const CommunityReachFieldsFragmentDoc = new TypedDocumentString(`
    fragment CommunityReachFields on CommunityReach {
  community {
    id
    slug
    name
  }
  pageViews
  catalogueClicks
  localFollowers
  remoteFollowers
  followers
}
    `, {"fragmentName":"CommunityReachFields"}) as unknown as TypedDocumentString<CommunityReachFieldsFragment, unknown>;
export const PreferenceFieldsFragmentDoc = new TypedDocumentString(`
    fragment PreferenceFields on NotificationPreferences {
  digestHourUtc
  emailAvailable
  emailDelivery
  locale
  kinds {
    kind
    channel
  }
}
    `, {"fragmentName":"PreferenceFields"}) as unknown as TypedDocumentString<PreferenceFieldsFragment, unknown>;
export const CommunitySummaryFragmentDoc = new TypedDocumentString(`
    fragment CommunitySummary on Community {
  id
  slug
  name
  description
  theme
  visibility
  memberCount
  libraryId
}
    `, {"fragmentName":"CommunitySummary"}) as unknown as TypedDocumentString<CommunitySummaryFragment, unknown>;
export const ProvenanceFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProvenanceFields on Provenance {
  fromLibrary {
    name
  }
  fromCommunity {
    slug
    name
  }
}
    `, {"fragmentName":"ProvenanceFields"}) as unknown as TypedDocumentString<ProvenanceFieldsFragment, unknown>;
export const ThreadSummaryFragmentDoc = new TypedDocumentString(`
    fragment ThreadSummary on Thread {
  id
  title
  kind
  pinned
  locked
  replyCount
  lastActivityAt
  author {
    displayName
  }
}
    `, {"fragmentName":"ThreadSummary"}) as unknown as TypedDocumentString<ThreadSummaryFragment, unknown>;
export const PostFieldsFragmentDoc = new TypedDocumentString(`
    fragment PostFields on Post {
  id
  seq
  state
  isDeleted
  bodyHtml
  createdAt
  editedAt
  replyToId
  author {
    id
    displayName
    avatarUrl
  }
  reactionCounts {
    kind
    count
  }
  isAcceptedAnswer
  authorExpertise {
    id
    topic
    library {
      name
    }
  }
  linkPreviews {
    url
    title
    description
    siteName
    imageUrl
    imageWidth
    imageHeight
  }
}
    `, {"fragmentName":"PostFields"}) as unknown as TypedDocumentString<PostFieldsFragment, unknown>;
export const ReactionResultFragmentDoc = new TypedDocumentString(`
    fragment ReactionResult on Post {
  id
  reactionCounts {
    kind
    count
  }
  viewerReactions
}
    `, {"fragmentName":"ReactionResult"}) as unknown as TypedDocumentString<ReactionResultFragment, unknown>;
export const AuthPayloadFieldsFragmentDoc = new TypedDocumentString(`
    fragment AuthPayloadFields on AuthPayload {
  accessToken
  accessTokenExpiresAt
  user {
    id
    displayName
    emailVerified
  }
}
    `, {"fragmentName":"AuthPayloadFields"}) as unknown as TypedDocumentString<AuthPayloadFieldsFragment, unknown>;
export const AcademyAccessDocument = new TypedDocumentString(`
    query AcademyAccess {
  academyAccess {
    canRead
    canAuthor
    canTake
    canEditTargets
  }
}
    `) as unknown as TypedDocumentString<AcademyAccessQuery, AcademyAccessQueryVariables>;
export const AcademyCoursesDocument = new TypedDocumentString(`
    query AcademyCourses {
  courses {
    id
    title
    summary
    basic
    publishedAt
    viewerCompletedAt
    modules {
      id
      viewerPassed
    }
  }
}
    `) as unknown as TypedDocumentString<AcademyCoursesQuery, AcademyCoursesQueryVariables>;
export const AcademyCourseDocument = new TypedDocumentString(`
    query AcademyCourse($id: ID!) {
  course(id: $id) {
    id
    title
    summary
    basic
    publishedAt
    viewerCompletedAt
    modules {
      id
      title
      body
      bodyHtml
      imageUrl
      imageAlt
      viewerPassed
      questions {
        id
        prompt
        options
        correctOption
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AcademyCourseQuery, AcademyCourseQueryVariables>;
export const SaveCourseDocument = new TypedDocumentString(`
    mutation SaveCourse($input: SaveCourseInput!) {
  saveCourse(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SaveCourseMutation, SaveCourseMutationVariables>;
export const PublishCourseDocument = new TypedDocumentString(`
    mutation PublishCourse($id: ID!, $published: Boolean!) {
  publishCourse(id: $id, published: $published) {
    id
    publishedAt
  }
}
    `) as unknown as TypedDocumentString<PublishCourseMutation, PublishCourseMutationVariables>;
export const AnswerCourseModuleDocument = new TypedDocumentString(`
    mutation AnswerCourseModule($input: AnswerCourseModuleInput!) {
  answerCourseModule(input: $input) {
    correct
    passed
    courseCompleted
    completedAt
    module {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AnswerCourseModuleMutation, AnswerCourseModuleMutationVariables>;
export const NationalProgrammeDocument = new TypedDocumentString(`
    query NationalProgramme($weeks: Int!) {
  nationalDashboard(weeks: $weeks) {
    libraries
    librariesTrained
    librariesPresent
    librariesFacilitating
    targets {
      trained
      present
      facilitating
      updatedAt
    }
    phaseHistory(weeks: $weeks) {
      weekStart
      trained
      present
      facilitating
    }
    perLibrary {
      library {
        id
        slug
        name
      }
      trained
      trainedAt
      present
      facilitatesValueNetwork
      phaseHistory(weeks: $weeks) {
        weekStart
        trained
        present
        facilitating
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NationalProgrammeQuery, NationalProgrammeQueryVariables>;
export const SetProgrammeTargetsDocument = new TypedDocumentString(`
    mutation SetProgrammeTargets($input: ProgrammeTargetsInput!) {
  setProgrammeTargets(input: $input) {
    trained
    present
    facilitating
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<SetProgrammeTargetsMutation, SetProgrammeTargetsMutationVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input)
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const MySessionsDocument = new TypedDocumentString(`
    query MySessions {
  mySessions {
    id
    createdAt
    lastUsedAt
    userAgent
    current
  }
}
    `) as unknown as TypedDocumentString<MySessionsQuery, MySessionsQueryVariables>;
export const RevokeSessionDocument = new TypedDocumentString(`
    mutation RevokeSession($id: ID!) {
  revokeSession(id: $id)
}
    `) as unknown as TypedDocumentString<RevokeSessionMutation, RevokeSessionMutationVariables>;
export const LogoutEverywhereDocument = new TypedDocumentString(`
    mutation LogoutEverywhere {
  logoutEverywhere
}
    `) as unknown as TypedDocumentString<LogoutEverywhereMutation, LogoutEverywhereMutationVariables>;
export const ItemPageDocument = new TypedDocumentString(`
    query ItemPage($id: ID!) {
  item(id: $id) {
    id
    title
    creators
    year
    isbn13
    publisher
    edition
    subjects
    holdings {
      id
      catalogueUrl
      library {
        slug
        name
      }
    }
    experts {
      id
      displayName
    }
    threads(first: 30) {
      edges {
        cursor
        node {
          ...ItemThreadFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment ItemThreadFields on Thread {
  id
  title
  kind
  replyCount
  lastActivityAt
  community {
    slug
    name
  }
}`) as unknown as TypedDocumentString<ItemPageQuery, ItemPageQueryVariables>;
export const ItemThreadsDocument = new TypedDocumentString(`
    query ItemThreads($id: ID!, $after: String) {
  item(id: $id) {
    id
    threads(first: 30, after: $after) {
      edges {
        cursor
        node {
          ...ItemThreadFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment ItemThreadFields on Thread {
  id
  title
  kind
  replyCount
  lastActivityAt
  community {
    slug
    name
  }
}`) as unknown as TypedDocumentString<ItemThreadsQuery, ItemThreadsQueryVariables>;
export const CreateCommunityDocument = new TypedDocumentString(`
    mutation CreateCommunity($input: CreateCommunityInput!) {
  createCommunity(input: $input) {
    id
    slug
    name
  }
}
    `) as unknown as TypedDocumentString<CreateCommunityMutation, CreateCommunityMutationVariables>;
export const NewCommunityLibraryDocument = new TypedDocumentString(`
    query NewCommunityLibrary($slug: String!) {
  library(slug: $slug) {
    id
    slug
    name
    kind
    staff {
      userId
    }
  }
  me {
    id
    isPlatformAdmin
  }
}
    `) as unknown as TypedDocumentString<NewCommunityLibraryQuery, NewCommunityLibraryQueryVariables>;
export const NationalCommunitiesDocument = new TypedDocumentString(`
    query NationalCommunities {
  communities(first: 50) {
    edges {
      node {
        id
        name
        isNational
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NationalCommunitiesQuery, NationalCommunitiesQueryVariables>;
export const CreateChapterDocument = new TypedDocumentString(`
    mutation CreateChapter($input: CreateChapterInput!) {
  createChapter(input: $input) {
    id
    slug
    name
  }
}
    `) as unknown as TypedDocumentString<CreateChapterMutation, CreateChapterMutationVariables>;
export const CommunitySettingsDocument = new TypedDocumentString(`
    query CommunitySettings($slug: String!, $communityId: ID!) {
  community(slug: $slug) {
    id
    visibility
    bannerUrl
    moderationSettings {
      ...SettingsFields
    }
  }
  watchedWords(communityId: $communityId) {
    ...WatchedWordFields
  }
}
    fragment SettingsFields on CommunitySettings {
  approval
  publicModLog
  reportThreshold
  slowModeSeconds
}
fragment WatchedWordFields on WatchedWord {
  id
  phrase
  action
  communityId
}`) as unknown as TypedDocumentString<CommunitySettingsQuery, CommunitySettingsQueryVariables>;
export const UpdateCommunitySettingsDocument = new TypedDocumentString(`
    mutation UpdateCommunitySettings($input: CommunitySettingsInput!) {
  updateCommunitySettings(input: $input) {
    id
    moderationSettings {
      ...SettingsFields
    }
  }
}
    fragment SettingsFields on CommunitySettings {
  approval
  publicModLog
  reportThreshold
  slowModeSeconds
}`) as unknown as TypedDocumentString<UpdateCommunitySettingsMutation, UpdateCommunitySettingsMutationVariables>;
export const AddWatchedWordDocument = new TypedDocumentString(`
    mutation AddWatchedWord($input: AddWatchedWordInput!) {
  addWatchedWord(input: $input) {
    ...WatchedWordFields
  }
}
    fragment WatchedWordFields on WatchedWord {
  id
  phrase
  action
  communityId
}`) as unknown as TypedDocumentString<AddWatchedWordMutation, AddWatchedWordMutationVariables>;
export const RemoveWatchedWordDocument = new TypedDocumentString(`
    mutation RemoveWatchedWord($id: ID!) {
  removeWatchedWord(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveWatchedWordMutation, RemoveWatchedWordMutationVariables>;
export const FindUserDocument = new TypedDocumentString(`
    query FindUser($handle: String!) {
  user(handle: $handle) {
    id
    displayName
    handle
  }
}
    `) as unknown as TypedDocumentString<FindUserQuery, FindUserQueryVariables>;
export const InviteToCommunityDocument = new TypedDocumentString(`
    mutation InviteToCommunity($communityId: ID!, $userId: ID!) {
  inviteToCommunity(communityId: $communityId, userId: $userId)
}
    `) as unknown as TypedDocumentString<InviteToCommunityMutation, InviteToCommunityMutationVariables>;
export const InviteLinksDocument = new TypedDocumentString(`
    query InviteLinks($communityId: ID!) {
  inviteLinks(communityId: $communityId) {
    ...InviteLinkFields
  }
}
    fragment InviteLinkFields on InviteLink {
  id
  createdAt
  expiresAt
  maxUses
  uses
}`) as unknown as TypedDocumentString<InviteLinksQuery, InviteLinksQueryVariables>;
export const CreateInviteLinkDocument = new TypedDocumentString(`
    mutation CreateInviteLink($input: CreateInviteLinkInput!) {
  createInviteLink(input: $input) {
    token
    link {
      ...InviteLinkFields
    }
  }
}
    fragment InviteLinkFields on InviteLink {
  id
  createdAt
  expiresAt
  maxUses
  uses
}`) as unknown as TypedDocumentString<CreateInviteLinkMutation, CreateInviteLinkMutationVariables>;
export const RevokeInviteLinkDocument = new TypedDocumentString(`
    mutation RevokeInviteLink($id: ID!) {
  revokeInviteLink(id: $id)
}
    `) as unknown as TypedDocumentString<RevokeInviteLinkMutation, RevokeInviteLinkMutationVariables>;
export const InviteLinkPreviewDocument = new TypedDocumentString(`
    query InviteLinkPreview($token: String!) {
  inviteLinkPreview(token: $token) {
    communityName
    communitySlug
    visibility
    expiresAt
    usable
  }
}
    `) as unknown as TypedDocumentString<InviteLinkPreviewQuery, InviteLinkPreviewQueryVariables>;
export const AcceptInviteLinkDocument = new TypedDocumentString(`
    mutation AcceptInviteLink($token: String!) {
  acceptInviteLink(token: $token) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<AcceptInviteLinkMutation, AcceptInviteLinkMutationVariables>;
export const VerifyEmailDocument = new TypedDocumentString(`
    mutation VerifyEmail($token: String!) {
  verifyEmail(token: $token)
}
    `) as unknown as TypedDocumentString<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const ResendVerificationDocument = new TypedDocumentString(`
    mutation ResendVerification {
  resendVerification
}
    `) as unknown as TypedDocumentString<ResendVerificationMutation, ResendVerificationMutationVariables>;
export const RequestEmailChangeDocument = new TypedDocumentString(`
    mutation RequestEmailChange($input: RequestEmailChangeInput!) {
  requestEmailChange(input: $input)
}
    `) as unknown as TypedDocumentString<RequestEmailChangeMutation, RequestEmailChangeMutationVariables>;
export const ConfirmEmailChangeDocument = new TypedDocumentString(`
    mutation ConfirmEmailChange($token: String!) {
  confirmEmailChange(token: $token)
}
    `) as unknown as TypedDocumentString<ConfirmEmailChangeMutation, ConfirmEmailChangeMutationVariables>;
export const CommunityEventListDocument = new TypedDocumentString(`
    query CommunityEventList($slug: String!) {
  community(slug: $slug) {
    id
    slug
    name
    viewerCanModerate
    events {
      id
      title
      startsAt
      endsAt
      location
      onlineUrl
      capacity
      cancelledAt
      goingCount
      placesLeft
      viewerRsvp
    }
  }
}
    `) as unknown as TypedDocumentString<CommunityEventListQuery, CommunityEventListQueryVariables>;
export const LibraryEventListDocument = new TypedDocumentString(`
    query LibraryEventList($slug: String!) {
  library(slug: $slug) {
    id
    slug
    events {
      id
      title
      startsAt
      endsAt
      location
      onlineUrl
      capacity
      cancelledAt
      goingCount
      placesLeft
      viewerRsvp
    }
  }
}
    `) as unknown as TypedDocumentString<LibraryEventListQuery, LibraryEventListQueryVariables>;
export const EventPageDocument = new TypedDocumentString(`
    query EventPage($id: ID!) {
  libraryEvent(id: $id) {
    id
    title
    description
    startsAt
    endsAt
    location
    onlineUrl
    capacity
    cancelledAt
    cancelReason
    goingCount
    waitlistCount
    placesLeft
    viewerRsvp
    viewerCanManage
    community {
      id
      slug
      name
    }
    attendees {
      status
      user {
        id
        displayName
        handle
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EventPageQuery, EventPageQueryVariables>;
export const EventIcsDocument = new TypedDocumentString(`
    query EventIcs($id: ID!) {
  libraryEvent(id: $id) {
    id
    ics
  }
}
    `) as unknown as TypedDocumentString<EventIcsQuery, EventIcsQueryVariables>;
export const RsvpEventDocument = new TypedDocumentString(`
    mutation RsvpEvent($input: RsvpInput!) {
  rsvpEvent(input: $input) {
    id
    viewerRsvp
    goingCount
    waitlistCount
    placesLeft
  }
}
    `) as unknown as TypedDocumentString<RsvpEventMutation, RsvpEventMutationVariables>;
export const CreateEventDocument = new TypedDocumentString(`
    mutation CreateEvent($input: CreateEventInput!) {
  createEvent(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateEventMutation, CreateEventMutationVariables>;
export const UpdateEventDocument = new TypedDocumentString(`
    mutation UpdateEvent($input: UpdateEventInput!) {
  updateEvent(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateEventMutation, UpdateEventMutationVariables>;
export const CancelEventDocument = new TypedDocumentString(`
    mutation CancelEvent($input: CancelEventInput!) {
  cancelEvent(input: $input) {
    id
    cancelledAt
    cancelReason
  }
}
    `) as unknown as TypedDocumentString<CancelEventMutation, CancelEventMutationVariables>;
export const CommunityFederationDocument = new TypedDocumentString(`
    query CommunityFederation($communityId: ID!) {
  communityFederation(communityId: $communityId) {
    communityId
    enabled
    handle
    remoteFollowers
  }
}
    `) as unknown as TypedDocumentString<CommunityFederationQuery, CommunityFederationQueryVariables>;
export const SetCommunityFederationDocument = new TypedDocumentString(`
    mutation SetCommunityFederation($input: SetCommunityFederationInput!) {
  setCommunityFederation(input: $input) {
    communityId
    enabled
    handle
    remoteFollowers
  }
}
    `) as unknown as TypedDocumentString<SetCommunityFederationMutation, SetCommunityFederationMutationVariables>;
export const RemoteCommunitiesDocument = new TypedDocumentString(`
    query RemoteCommunities {
  remoteCommunities {
    id
    handle
    name
    summary
    url
    accepted
  }
}
    `) as unknown as TypedDocumentString<RemoteCommunitiesQuery, RemoteCommunitiesQueryVariables>;
export const FollowRemoteCommunityDocument = new TypedDocumentString(`
    mutation FollowRemoteCommunity($handle: String!) {
  followRemoteCommunity(handle: $handle) {
    id
    handle
    name
    summary
    url
    accepted
  }
}
    `) as unknown as TypedDocumentString<FollowRemoteCommunityMutation, FollowRemoteCommunityMutationVariables>;
export const UnfollowRemoteCommunityDocument = new TypedDocumentString(`
    mutation UnfollowRemoteCommunity($id: ID!) {
  unfollowRemoteCommunity(id: $id)
}
    `) as unknown as TypedDocumentString<UnfollowRemoteCommunityMutation, UnfollowRemoteCommunityMutationVariables>;
export const RemoteCommunityThreadsDocument = new TypedDocumentString(`
    query RemoteCommunityThreads($id: ID!) {
  remoteCommunity(id: $id) {
    id
    name
    handle
    threads(first: 20) {
      id
      uri
      title
      contentHtml
      authorName
      published
      editedAt
      likeCount
      viewerLiked
      replies {
        id
        contentHtml
        authorName
        published
        editedAt
        deletedAt
        likeCount
        viewerLiked
        viewerIsAuthor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RemoteCommunityThreadsQuery, RemoteCommunityThreadsQueryVariables>;
export const ReplyToRemoteThreadDocument = new TypedDocumentString(`
    mutation ReplyToRemoteThread($input: ReplyToRemoteInput!) {
  replyToRemoteThread(input: $input) {
    id
    contentHtml
    authorName
    published
    editedAt
    deletedAt
    likeCount
    viewerLiked
    viewerIsAuthor
  }
}
    `) as unknown as TypedDocumentString<ReplyToRemoteThreadMutation, ReplyToRemoteThreadMutationVariables>;
export const SetRemoteLikeDocument = new TypedDocumentString(`
    mutation SetRemoteLike($input: SetRemoteLikeInput!) {
  setRemoteLike(input: $input) {
    id
    likeCount
    viewerLiked
  }
}
    `) as unknown as TypedDocumentString<SetRemoteLikeMutation, SetRemoteLikeMutationVariables>;
export const EditRemoteReplyDocument = new TypedDocumentString(`
    mutation EditRemoteReply($input: ReplyToRemoteInput!) {
  editRemoteReply(input: $input) {
    id
    contentHtml
    editedAt
  }
}
    `) as unknown as TypedDocumentString<EditRemoteReplyMutation, EditRemoteReplyMutationVariables>;
export const DeleteRemoteReplyDocument = new TypedDocumentString(`
    mutation DeleteRemoteReply($id: ID!) {
  deleteRemoteReply(remotePostId: $id)
}
    `) as unknown as TypedDocumentString<DeleteRemoteReplyMutation, DeleteRemoteReplyMutationVariables>;
export const RemoteSyndicationDocument = new TypedDocumentString(`
    query RemoteSyndication($id: ID!) {
  thread(id: $id) {
    id
    state
    community {
      id
      visibility
    }
    syndications {
      id
      state
      targetHandle
      remoteUrl
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<RemoteSyndicationQuery, RemoteSyndicationQueryVariables>;
export const ProposeRemoteSyndicationDocument = new TypedDocumentString(`
    mutation ProposeRemoteSyndication($threadId: ID!, $targetHandle: String!) {
  proposeSyndication(threadId: $threadId, targetHandle: $targetHandle) {
    id
    state
    targetHandle
    remoteUrl
    reason
  }
}
    `) as unknown as TypedDocumentString<ProposeRemoteSyndicationMutation, ProposeRemoteSyndicationMutationVariables>;
export const WithdrawRemoteSyndicationDocument = new TypedDocumentString(`
    mutation WithdrawRemoteSyndication($id: ID!) {
  withdrawSyndication(syndicationId: $id) {
    id
    state
    targetHandle
    remoteUrl
    reason
  }
}
    `) as unknown as TypedDocumentString<WithdrawRemoteSyndicationMutation, WithdrawRemoteSyndicationMutationVariables>;
export const FederationViewerDocument = new TypedDocumentString(`
    query FederationViewer {
  me {
    id
    isPlatformAdmin
  }
}
    `) as unknown as TypedDocumentString<FederationViewerQuery, FederationViewerQueryVariables>;
export const BlockedInstancesDocument = new TypedDocumentString(`
    query BlockedInstances {
  blockedInstances {
    id
    host
    reason
    createdAt
  }
}
    `) as unknown as TypedDocumentString<BlockedInstancesQuery, BlockedInstancesQueryVariables>;
export const BlockInstanceDocument = new TypedDocumentString(`
    mutation BlockInstance($input: BlockInstanceInput!) {
  blockInstance(input: $input) {
    id
    host
    reason
    createdAt
  }
}
    `) as unknown as TypedDocumentString<BlockInstanceMutation, BlockInstanceMutationVariables>;
export const UnblockInstanceDocument = new TypedDocumentString(`
    mutation UnblockInstance($host: String!) {
  unblockInstance(host: $host)
}
    `) as unknown as TypedDocumentString<UnblockInstanceMutation, UnblockInstanceMutationVariables>;
export const MyCommunitiesDocument = new TypedDocumentString(`
    query MyCommunities($after: String) {
  myCommunities(first: 100, after: $after) {
    edges {
      node {
        ...CommunitySummary
        viewerMembership {
          state
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment CommunitySummary on Community {
  id
  slug
  name
  description
  theme
  visibility
  memberCount
  libraryId
}`) as unknown as TypedDocumentString<MyCommunitiesQuery, MyCommunitiesQueryVariables>;
export const LibraryAdminDocument = new TypedDocumentString(`
    query LibraryAdmin($slug: String!) {
  library(slug: $slug) {
    id
    slug
    name
    kind
    logoUrl
    primaryColor
    welcomeText
    catalogueUrlTemplate
    staff {
      userId
      role
      createdAt
      user {
        id
        displayName
        handle
      }
    }
  }
  me {
    id
    isPlatformAdmin
  }
}
    `) as unknown as TypedDocumentString<LibraryAdminQuery, LibraryAdminQueryVariables>;
export const CreateLibraryDocument = new TypedDocumentString(`
    mutation CreateLibrary($input: CreateLibraryInput!) {
  createLibrary(input: $input) {
    id
    slug
    name
  }
}
    `) as unknown as TypedDocumentString<CreateLibraryMutation, CreateLibraryMutationVariables>;
export const AddLibraryStaffDocument = new TypedDocumentString(`
    mutation AddLibraryStaff($input: LibraryStaffInput!) {
  addLibraryStaff(input: $input) {
    userId
    role
  }
}
    `) as unknown as TypedDocumentString<AddLibraryStaffMutation, AddLibraryStaffMutationVariables>;
export const RemoveLibraryStaffDocument = new TypedDocumentString(`
    mutation RemoveLibraryStaff($input: RemoveLibraryStaffInput!) {
  removeLibraryStaff(input: $input)
}
    `) as unknown as TypedDocumentString<RemoveLibraryStaffMutation, RemoveLibraryStaffMutationVariables>;
export const UpdateLibraryStyleDocument = new TypedDocumentString(`
    mutation UpdateLibraryStyle($input: UpdateLibraryStyleInput!) {
  updateLibraryStyle(input: $input) {
    id
    name
    logoUrl
    primaryColor
    welcomeText
    catalogueUrlTemplate
  }
}
    `) as unknown as TypedDocumentString<UpdateLibraryStyleMutation, UpdateLibraryStyleMutationVariables>;
export const ManageCommunityDocument = new TypedDocumentString(`
    query ManageCommunity($slug: String!) {
  community(slug: $slug) {
    id
    slug
    name
    viewerCanModerate
    library {
      slug
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ManageCommunityQuery, ManageCommunityQueryVariables>;
export const QueueDocument = new TypedDocumentString(`
    query Queue($communityId: ID!, $after: String) {
  moderationQueue(communityId: $communityId, first: 30, after: $after) {
    edges {
      cursor
      node {
        id
        seq
        bodyHtml
        createdAt
        author {
          displayName
        }
        thread {
          id
          title
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<QueueQuery, QueueQueryVariables>;
export const ApprovePostDocument = new TypedDocumentString(`
    mutation ApprovePost($postId: ID!) {
  approvePost(postId: $postId) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<ApprovePostMutation, ApprovePostMutationVariables>;
export const RejectPostDocument = new TypedDocumentString(`
    mutation RejectPost($postId: ID!, $reason: String!) {
  rejectPost(postId: $postId, reason: $reason) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<RejectPostMutation, RejectPostMutationVariables>;
export const ReportsDocument = new TypedDocumentString(`
    query Reports($communityId: ID!, $after: String) {
  reports(communityId: $communityId, first: 30, after: $after) {
    edges {
      cursor
      node {
        id
        reason
        note
        createdAt
        targetType
        reporter {
          displayName
        }
        post {
          id
          seq
          bodyHtml
          state
          author {
            displayName
          }
        }
        thread {
          id
          title
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ReportsQuery, ReportsQueryVariables>;
export const ResolveReportDocument = new TypedDocumentString(`
    mutation ResolveReport($input: ResolveReportInput!) {
  resolveReport(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ResolveReportMutation, ResolveReportMutationVariables>;
export const ModLogDocument = new TypedDocumentString(`
    query ModLog($communityId: ID!, $after: String) {
  modLog(communityId: $communityId, first: 50, after: $after) {
    edges {
      cursor
      node {
        id
        action
        targetType
        reason
        details
        createdAt
        expiresAt
        actor {
          displayName
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ModLogQuery, ModLogQueryVariables>;
export const MembersDocument = new TypedDocumentString(`
    query Members($slug: String!, $state: MembershipState, $after: String) {
  community(slug: $slug) {
    id
    members(first: 50, state: $state, after: $after) {
      edges {
        cursor
        node {
          id
          role
          state
          createdAt
          banReason
          bannedUntil
          user {
            id
            displayName
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MembersQuery, MembersQueryVariables>;
export const ApproveMembershipDocument = new TypedDocumentString(`
    mutation ApproveMembership($input: MembershipDecisionInput!) {
  approveMembership(input: $input) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<ApproveMembershipMutation, ApproveMembershipMutationVariables>;
export const RejectMembershipDocument = new TypedDocumentString(`
    mutation RejectMembership($input: MembershipDecisionInput!) {
  rejectMembership(input: $input)
}
    `) as unknown as TypedDocumentString<RejectMembershipMutation, RejectMembershipMutationVariables>;
export const SetMemberRoleDocument = new TypedDocumentString(`
    mutation SetMemberRole($input: SetMemberRoleInput!) {
  setMemberRole(input: $input) {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<SetMemberRoleMutation, SetMemberRoleMutationVariables>;
export const BanMemberDocument = new TypedDocumentString(`
    mutation BanMember($input: BanMemberInput!) {
  banMember(input: $input) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<BanMemberMutation, BanMemberMutationVariables>;
export const UnbanMemberDocument = new TypedDocumentString(`
    mutation UnbanMember($input: UnbanMemberInput!) {
  unbanMember(input: $input)
}
    `) as unknown as TypedDocumentString<UnbanMemberMutation, UnbanMemberMutationVariables>;
export const FiguresDocument = new TypedDocumentString(`
    query Figures($communityId: ID!, $weeks: Int!) {
  communityFigures(communityId: $communityId, weeks: $weeks) {
    ...CommunityFigureFields
  }
}
    fragment CommunityFigureFields on CommunityFigures {
  members
  activeMembers7d
  activeMembers30d
  medianFirstReplySeconds
  questions
  answeredQuestions
  acceptedQuestions
  unansweredQuestions
  expertAnswerShare
  weeks {
    weekStart
    newThreads
    newPosts
    medianFirstReplySeconds
  }
  topContributors {
    posts
    user {
      id
      displayName
    }
  }
  reach {
    ...ReachFields
  }
}
fragment ReachFields on ReachFigures {
  pageViews
  catalogueClicks
  localFollowers
  remoteFollowers
  followers
  weeks {
    weekStart
    pageViews
    catalogueClicks
  }
}`) as unknown as TypedDocumentString<FiguresQuery, FiguresQueryVariables>;
export const LockThreadDocument = new TypedDocumentString(`
    mutation LockThread($threadId: ID!, $reason: String) {
  lockThread(threadId: $threadId, reason: $reason) {
    ...ThreadStateFields
  }
}
    fragment ThreadStateFields on Thread {
  id
  pinned
  locked
  community {
    id
    slug
    name
  }
}`) as unknown as TypedDocumentString<LockThreadMutation, LockThreadMutationVariables>;
export const UnlockThreadDocument = new TypedDocumentString(`
    mutation UnlockThread($threadId: ID!) {
  unlockThread(threadId: $threadId) {
    ...ThreadStateFields
  }
}
    fragment ThreadStateFields on Thread {
  id
  pinned
  locked
  community {
    id
    slug
    name
  }
}`) as unknown as TypedDocumentString<UnlockThreadMutation, UnlockThreadMutationVariables>;
export const PinThreadDocument = new TypedDocumentString(`
    mutation PinThread($threadId: ID!) {
  pinThread(threadId: $threadId) {
    ...ThreadStateFields
  }
}
    fragment ThreadStateFields on Thread {
  id
  pinned
  locked
  community {
    id
    slug
    name
  }
}`) as unknown as TypedDocumentString<PinThreadMutation, PinThreadMutationVariables>;
export const UnpinThreadDocument = new TypedDocumentString(`
    mutation UnpinThread($threadId: ID!) {
  unpinThread(threadId: $threadId) {
    ...ThreadStateFields
  }
}
    fragment ThreadStateFields on Thread {
  id
  pinned
  locked
  community {
    id
    slug
    name
  }
}`) as unknown as TypedDocumentString<UnpinThreadMutation, UnpinThreadMutationVariables>;
export const MoveThreadDocument = new TypedDocumentString(`
    mutation MoveThread($threadId: ID!, $communityId: ID!) {
  moveThread(threadId: $threadId, communityId: $communityId) {
    ...ThreadStateFields
  }
}
    fragment ThreadStateFields on Thread {
  id
  pinned
  locked
  community {
    id
    slug
    name
  }
}`) as unknown as TypedDocumentString<MoveThreadMutation, MoveThreadMutationVariables>;
export const MoveTargetsDocument = new TypedDocumentString(`
    query MoveTargets($libraryId: ID!) {
  communities(libraryId: $libraryId, first: 50) {
    edges {
      node {
        id
        name
        viewerCanModerate
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MoveTargetsQuery, MoveTargetsQueryVariables>;
export const ThreadLibraryDocument = new TypedDocumentString(`
    query ThreadLibrary($id: ID!) {
  thread(id: $id) {
    id
    community {
      id
      libraryId
    }
  }
}
    `) as unknown as TypedDocumentString<ThreadLibraryQuery, ThreadLibraryQueryVariables>;
export const HidePostDocument = new TypedDocumentString(`
    mutation HidePost($postId: ID!, $reason: String!) {
  hidePost(postId: $postId, reason: $reason) {
    ...PostStateFields
  }
}
    fragment PostStateFields on Post {
  id
  state
  isDeleted
  bodyHtml
  editedAt
}`) as unknown as TypedDocumentString<HidePostMutation, HidePostMutationVariables>;
export const RemovePostDocument = new TypedDocumentString(`
    mutation RemovePost($postId: ID!, $reason: String!) {
  removePost(postId: $postId, reason: $reason) {
    ...PostStateFields
  }
}
    fragment PostStateFields on Post {
  id
  state
  isDeleted
  bodyHtml
  editedAt
}`) as unknown as TypedDocumentString<RemovePostMutation, RemovePostMutationVariables>;
export const RestorePostDocument = new TypedDocumentString(`
    mutation RestorePost($postId: ID!) {
  restorePost(postId: $postId) {
    ...PostStateFields
  }
}
    fragment PostStateFields on Post {
  id
  state
  isDeleted
  bodyHtml
  editedAt
}`) as unknown as TypedDocumentString<RestorePostMutation, RestorePostMutationVariables>;
export const DeletePostDocument = new TypedDocumentString(`
    mutation DeletePost($postId: ID!, $reason: String) {
  deletePost(postId: $postId, reason: $reason) {
    ...PostStateFields
  }
}
    fragment PostStateFields on Post {
  id
  state
  isDeleted
  bodyHtml
  editedAt
}`) as unknown as TypedDocumentString<DeletePostMutation, DeletePostMutationVariables>;
export const EditPostDocument = new TypedDocumentString(`
    mutation EditPost($input: EditPostInput!) {
  editPost(input: $input) {
    ...PostStateFields
  }
}
    fragment PostStateFields on Post {
  id
  state
  isDeleted
  bodyHtml
  editedAt
}`) as unknown as TypedDocumentString<EditPostMutation, EditPostMutationVariables>;
export const PostSourceDocument = new TypedDocumentString(`
    query PostSource($postId: ID!) {
  postRevisions(postId: $postId) {
    id
    version
    body
    createdAt
    editedByModerator
    redactedAt
  }
}
    `) as unknown as TypedDocumentString<PostSourceQuery, PostSourceQueryVariables>;
export const RedactRevisionDocument = new TypedDocumentString(`
    mutation RedactRevision($input: RedactRevisionInput!) {
  redactRevision(input: $input) {
    id
    redactedAt
  }
}
    `) as unknown as TypedDocumentString<RedactRevisionMutation, RedactRevisionMutationVariables>;
export const RemoveMemberDocument = new TypedDocumentString(`
    mutation RemoveMember($input: MembershipDecisionInput!) {
  removeMember(input: $input)
}
    `) as unknown as TypedDocumentString<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const ProfileAdminDocument = new TypedDocumentString(`
    query ProfileAdmin($handle: String!) {
  user(handle: $handle) {
    displayName
    ...SuspensionFields
  }
  me {
    id
    isPlatformAdmin
  }
}
    fragment SuspensionFields on User {
  id
  suspension {
    reason
    since
    until
  }
}`) as unknown as TypedDocumentString<ProfileAdminQuery, ProfileAdminQueryVariables>;
export const SuspendUserDocument = new TypedDocumentString(`
    mutation SuspendUser($input: SuspendUserInput!) {
  suspendUser(input: $input) {
    ...SuspensionFields
  }
}
    fragment SuspensionFields on User {
  id
  suspension {
    reason
    since
    until
  }
}`) as unknown as TypedDocumentString<SuspendUserMutation, SuspendUserMutationVariables>;
export const UnsuspendUserDocument = new TypedDocumentString(`
    mutation UnsuspendUser($userId: ID!) {
  unsuspendUser(userId: $userId) {
    ...SuspensionFields
  }
}
    fragment SuspensionFields on User {
  id
  suspension {
    reason
    since
    until
  }
}`) as unknown as TypedDocumentString<UnsuspendUserMutation, UnsuspendUserMutationVariables>;
export const PublicLogCommunityDocument = new TypedDocumentString(`
    query PublicLogCommunity($slug: String!) {
  community(slug: $slug) {
    id
    slug
    name
    publicModLog
    library {
      slug
      name
    }
  }
}
    `) as unknown as TypedDocumentString<PublicLogCommunityQuery, PublicLogCommunityQueryVariables>;
export const PublicModLogDocument = new TypedDocumentString(`
    query PublicModLog($communityId: ID!, $after: String) {
  publicModLog(communityId: $communityId, first: 50, after: $after) {
    edges {
      cursor
      node {
        id
        action
        targetType
        reason
        createdAt
        expiresAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<PublicModLogQuery, PublicModLogQueryVariables>;
export const ManageWorkDocument = new TypedDocumentString(`
    query ManageWork($communityId: ID!, $slug: String!) {
  moderationQueue(communityId: $communityId, first: 30) {
    edges {
      cursor
    }
    pageInfo {
      hasNextPage
    }
  }
  reports(communityId: $communityId, first: 30) {
    edges {
      cursor
    }
    pageInfo {
      hasNextPage
    }
  }
  community(slug: $slug) {
    id
    members(state: PENDING, first: 30) {
      edges {
        cursor
      }
      pageInfo {
        hasNextPage
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ManageWorkQuery, ManageWorkQueryVariables>;
export const ItemSearchDocument = new TypedDocumentString(`
    query ItemSearch($query: String!) {
  items(query: $query, first: 10) {
    edges {
      node {
        id
        title
        creators
        year
        isbn13
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ItemSearchQuery, ItemSearchQueryVariables>;
export const LinkItemDocument = new TypedDocumentString(`
    mutation LinkItem($input: ThreadItemInput!) {
  linkItem(input: $input) {
    id
    items {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<LinkItemMutation, LinkItemMutationVariables>;
export const UnlinkItemDocument = new TypedDocumentString(`
    mutation UnlinkItem($input: ThreadItemInput!) {
  unlinkItem(input: $input) {
    id
    items {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<UnlinkItemMutation, UnlinkItemMutationVariables>;
export const ConversationCommunitiesDocument = new TypedDocumentString(`
    query ConversationCommunities($after: String) {
  communities(first: 100, after: $after) {
    edges {
      node {
        id
        name
        viewerMembership {
          state
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ConversationCommunitiesQuery, ConversationCommunitiesQueryVariables>;
export const StartItemThreadDocument = new TypedDocumentString(`
    mutation StartItemThread($input: CreateThreadInput!) {
  createThread(input: $input) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<StartItemThreadMutation, StartItemThreadMutationVariables>;
export const ThreadSyndicationsDocument = new TypedDocumentString(`
    query ThreadSyndications($id: ID!) {
  thread(id: $id) {
    id
    community {
      id
      visibility
      viewerCanModerate
      nationalCommunity {
        id
        slug
        name
      }
    }
    syndications {
      ...SyndicationRow
    }
  }
}
    fragment SyndicationRow on Syndication {
  id
  state
  reason
  proposedAt
  decidedAt
  showing
  targetHandle
  remoteUrl
  origin {
    instance
    libraryName
    communityName
    url
  }
  proposedBy {
    id
    displayName
  }
  decidedBy {
    id
    displayName
  }
  toCommunity {
    slug
    name
  }
  fromCommunity {
    slug
    name
  }
  fromLibrary {
    name
  }
  thread {
    id
    title
  }
}`) as unknown as TypedDocumentString<ThreadSyndicationsQuery, ThreadSyndicationsQueryVariables>;
export const ProposeSyndicationDocument = new TypedDocumentString(`
    mutation ProposeSyndication($threadId: ID!) {
  proposeSyndication(threadId: $threadId) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<ProposeSyndicationMutation, ProposeSyndicationMutationVariables>;
export const AcceptSyndicationDocument = new TypedDocumentString(`
    mutation AcceptSyndication($id: ID!, $reason: String) {
  acceptSyndication(syndicationId: $id, reason: $reason) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<AcceptSyndicationMutation, AcceptSyndicationMutationVariables>;
export const DeclineSyndicationDocument = new TypedDocumentString(`
    mutation DeclineSyndication($id: ID!, $reason: String) {
  declineSyndication(syndicationId: $id, reason: $reason) {
    id
    state
    reason
  }
}
    `) as unknown as TypedDocumentString<DeclineSyndicationMutation, DeclineSyndicationMutationVariables>;
export const WithdrawSyndicationDocument = new TypedDocumentString(`
    mutation WithdrawSyndication($id: ID!, $reason: String) {
  withdrawSyndication(syndicationId: $id, reason: $reason) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<WithdrawSyndicationMutation, WithdrawSyndicationMutationVariables>;
export const SyndicationCommunityDocument = new TypedDocumentString(`
    query SyndicationCommunity($slug: String!) {
  community(slug: $slug) {
    id
    slug
    name
    isNational
    viewerCanModerate
  }
}
    `) as unknown as TypedDocumentString<SyndicationCommunityQuery, SyndicationCommunityQueryVariables>;
export const SyndicationInboxDocument = new TypedDocumentString(`
    query SyndicationInbox($communityId: ID!, $state: SyndicationState, $after: String) {
  syndicationProposals(
    communityId: $communityId
    state: $state
    first: 50
    after: $after
  ) {
    edges {
      cursor
      node {
        ...SyndicationRow
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment SyndicationRow on Syndication {
  id
  state
  reason
  proposedAt
  decidedAt
  showing
  targetHandle
  remoteUrl
  origin {
    instance
    libraryName
    communityName
    url
  }
  proposedBy {
    id
    displayName
  }
  decidedBy {
    id
    displayName
  }
  toCommunity {
    slug
    name
  }
  fromCommunity {
    slug
    name
  }
  fromLibrary {
    name
  }
  thread {
    id
    title
  }
}`) as unknown as TypedDocumentString<SyndicationInboxQuery, SyndicationInboxQueryVariables>;
export const ContentLibraryDocument = new TypedDocumentString(`
    query ContentLibrary($slug: String!) {
  library(slug: $slug) {
    id
    slug
    name
    kind
    staff {
      userId
    }
  }
  me {
    id
    isPlatformAdmin
  }
}
    `) as unknown as TypedDocumentString<ContentLibraryQuery, ContentLibraryQueryVariables>;
export const ContentItemsDocument = new TypedDocumentString(`
    query ContentItems($filter: ContentFilter, $after: String) {
  contentItems(filter: $filter, first: 30, after: $after) {
    edges {
      cursor
      node {
        id
        title
        tags
        campaign
        archived
        sharedNationally
        validFrom
        validUntil
        ownerLibrary {
          name
        }
        usage {
          total
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ContentItemsQuery, ContentItemsQueryVariables>;
export const ContentItemPageDocument = new TypedDocumentString(`
    query ContentItemPage($id: ID!, $slug: String!) {
  contentItem(id: $id) {
    ...ContentItemFields
  }
  library(slug: $slug) {
    id
    slug
    name
    staff {
      userId
    }
  }
  me {
    id
    isPlatformAdmin
  }
}
    fragment ContentItemFields on ContentItem {
  id
  title
  body
  bodyHtml
  tags
  campaign
  licence
  validFrom
  validUntil
  sharedNationally
  archived
  updatedAt
  ownerLibrary {
    id
    slug
    name
    kind
  }
  usage {
    total
    libraries {
      count
      library {
        name
      }
    }
  }
}`) as unknown as TypedDocumentString<ContentItemPageQuery, ContentItemPageQueryVariables>;
export const PublishTargetsDocument = new TypedDocumentString(`
    query PublishTargets($libraryId: ID!) {
  communities(first: 100, libraryId: $libraryId) {
    edges {
      node {
        id
        name
        viewerCanModerate
        viewerMembership {
          state
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublishTargetsQuery, PublishTargetsQueryVariables>;
export const CreateContentItemDocument = new TypedDocumentString(`
    mutation CreateContentItem($input: CreateContentItemInput!) {
  createContentItem(input: $input) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<CreateContentItemMutation, CreateContentItemMutationVariables>;
export const UpdateContentItemDocument = new TypedDocumentString(`
    mutation UpdateContentItem($input: UpdateContentItemInput!) {
  updateContentItem(input: $input) {
    ...ContentItemFields
  }
}
    fragment ContentItemFields on ContentItem {
  id
  title
  body
  bodyHtml
  tags
  campaign
  licence
  validFrom
  validUntil
  sharedNationally
  archived
  updatedAt
  ownerLibrary {
    id
    slug
    name
    kind
  }
  usage {
    total
    libraries {
      count
      library {
        name
      }
    }
  }
}`) as unknown as TypedDocumentString<UpdateContentItemMutation, UpdateContentItemMutationVariables>;
export const ArchiveContentItemDocument = new TypedDocumentString(`
    mutation ArchiveContentItem($id: ID!) {
  archiveContentItem(id: $id) {
    ...ContentItemFields
  }
}
    fragment ContentItemFields on ContentItem {
  id
  title
  body
  bodyHtml
  tags
  campaign
  licence
  validFrom
  validUntil
  sharedNationally
  archived
  updatedAt
  ownerLibrary {
    id
    slug
    name
    kind
  }
  usage {
    total
    libraries {
      count
      library {
        name
      }
    }
  }
}`) as unknown as TypedDocumentString<ArchiveContentItemMutation, ArchiveContentItemMutationVariables>;
export const PublishContentDocument = new TypedDocumentString(`
    mutation PublishContent($input: PublishContentInput!) {
  publishContent(input: $input) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<PublishContentMutation, PublishContentMutationVariables>;
export const CommunityFeedDocument = new TypedDocumentString(`
    query CommunityFeed($slug: String!, $after: String) {
  community(slug: $slug) {
    id
    liveCursor
    feed(first: 30, after: $after) {
      edges {
        cursor
        node {
          thread {
            ...ThreadSummary
          }
          syndication {
            ...SyndicationFields
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment SyndicationFields on Syndication {
  fromLibrary {
    name
  }
  fromCommunity {
    slug
    name
  }
}
fragment ThreadSummary on Thread {
  id
  title
  kind
  pinned
  locked
  replyCount
  lastActivityAt
  author {
    displayName
  }
}`) as unknown as TypedDocumentString<CommunityFeedQuery, CommunityFeedQueryVariables>;
export const FeedEventsDocument = new TypedDocumentString(`
    subscription FeedEvents($communityId: ID!, $after: String) {
  communityEvents(communityId: $communityId, after: $after) {
    type
    cursor
    threadId
    thread {
      ...ThreadSummary
      community {
        id
      }
      provenance {
        ...ProvenanceFields
      }
    }
  }
}
    fragment ProvenanceFields on Provenance {
  fromLibrary {
    name
  }
  fromCommunity {
    slug
    name
  }
}
fragment ThreadSummary on Thread {
  id
  title
  kind
  pinned
  locked
  replyCount
  lastActivityAt
  author {
    displayName
  }
}`) as unknown as TypedDocumentString<FeedEventsSubscription, FeedEventsSubscriptionVariables>;
export const CommunityChaptersDocument = new TypedDocumentString(`
    query CommunityChapters($slug: String!) {
  community(slug: $slug) {
    id
    chapters(first: 100) {
      edges {
        node {
          id
          slug
          name
          library {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommunityChaptersQuery, CommunityChaptersQueryVariables>;
export const UnreadCountDocument = new TypedDocumentString(`
    query UnreadCount {
  unreadCount
}
    `) as unknown as TypedDocumentString<UnreadCountQuery, UnreadCountQueryVariables>;
export const NotificationAddedDocument = new TypedDocumentString(`
    subscription NotificationAdded {
  notificationAdded {
    unreadCount
    notification {
      ...NotificationFields
    }
  }
}
    fragment NotificationFields on Notification {
  id
  kind
  read
  createdAt
  detail
  actor {
    displayName
  }
  community {
    slug
    name
  }
  thread {
    id
    title
  }
  post {
    id
    seq
  }
  event {
    id
    title
  }
}`) as unknown as TypedDocumentString<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const MyExpertiseDocument = new TypedDocumentString(`
    query MyExpertise {
  me {
    id
    expertise {
      id
      topic
      state
      rejectReason
      revokeReason
      libraryId
    }
  }
}
    `) as unknown as TypedDocumentString<MyExpertiseQuery, MyExpertiseQueryVariables>;
export const JoinAsExpertDocument = new TypedDocumentString(`
    mutation JoinAsExpert($communityId: ID!) {
  joinAsExpert(communityId: $communityId) {
    role
    state
  }
}
    `) as unknown as TypedDocumentString<JoinAsExpertMutation, JoinAsExpertMutationVariables>;
export const InviteByEmailDocument = new TypedDocumentString(`
    mutation InviteByEmail($input: InviteByEmailInput!) {
  inviteByEmail(input: $input)
}
    `) as unknown as TypedDocumentString<InviteByEmailMutation, InviteByEmailMutationVariables>;
export const InviteStaffByEmailDocument = new TypedDocumentString(`
    mutation InviteStaffByEmail($input: InviteStaffByEmailInput!) {
  inviteStaffByEmail(input: $input)
}
    `) as unknown as TypedDocumentString<InviteStaffByEmailMutation, InviteStaffByEmailMutationVariables>;
export const EmailInvitationDocument = new TypedDocumentString(`
    query EmailInvitation($token: String!) {
  emailInvitation(token: $token) {
    communityName
    communitySlug
    libraryName
    librarySlug
    staffRole
  }
}
    `) as unknown as TypedDocumentString<EmailInvitationQuery, EmailInvitationQueryVariables>;
export const AcceptEmailInvitationDocument = new TypedDocumentString(`
    mutation AcceptEmailInvitation($token: String!) {
  acceptEmailInvitation(token: $token) {
    communitySlug
    librarySlug
    staffRole
  }
}
    `) as unknown as TypedDocumentString<AcceptEmailInvitationMutation, AcceptEmailInvitationMutationVariables>;
export const SetCommunityVisibilityDocument = new TypedDocumentString(`
    mutation SetCommunityVisibility($input: SetCommunityVisibilityInput!) {
  setCommunityVisibility(input: $input) {
    id
    visibility
  }
}
    `) as unknown as TypedDocumentString<SetCommunityVisibilityMutation, SetCommunityVisibilityMutationVariables>;
export const DeleteAccountDocument = new TypedDocumentString(`
    mutation DeleteAccount($input: DeleteAccountInput!) {
  deleteAccount(input: $input)
}
    `) as unknown as TypedDocumentString<DeleteAccountMutation, DeleteAccountMutationVariables>;
export const ProfileSettingsDocument = new TypedDocumentString(`
    query ProfileSettings {
  me {
    id
    displayName
    handle
    bio
  }
  notificationPreferences {
    locale
  }
}
    `) as unknown as TypedDocumentString<ProfileSettingsQuery, ProfileSettingsQueryVariables>;
export const UpdateProfileDocument = new TypedDocumentString(`
    mutation UpdateProfile($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    id
    displayName
    bio
  }
}
    `) as unknown as TypedDocumentString<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const PublicProfileDocument = new TypedDocumentString(`
    query PublicProfile($handle: String!) {
  user(handle: $handle) {
    id
    displayName
    handle
    bio
    createdAt
    expertise {
      id
      topic
      state
      library {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicProfileQuery, PublicProfileQueryVariables>;
export const PushSettingsDocument = new TypedDocumentString(`
    query PushSettings {
  vapidPublicKey
  notificationPreferences {
    pushAvailable
    pushKinds
    pushSubscriptions
  }
}
    `) as unknown as TypedDocumentString<PushSettingsQuery, PushSettingsQueryVariables>;
export const SubscribePushDocument = new TypedDocumentString(`
    mutation SubscribePush($input: SubscribePushInput!) {
  subscribePush(input: $input)
}
    `) as unknown as TypedDocumentString<SubscribePushMutation, SubscribePushMutationVariables>;
export const UnsubscribePushDocument = new TypedDocumentString(`
    mutation UnsubscribePush($endpoint: String) {
  unsubscribePush(endpoint: $endpoint)
}
    `) as unknown as TypedDocumentString<UnsubscribePushMutation, UnsubscribePushMutationVariables>;
export const SetPushKindsDocument = new TypedDocumentString(`
    mutation SetPushKinds($kinds: [NotificationKind!]!) {
  setPushKinds(kinds: $kinds) {
    pushAvailable
    pushKinds
    pushSubscriptions
  }
}
    `) as unknown as TypedDocumentString<SetPushKindsMutation, SetPushKindsMutationVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($query: String!, $filter: SearchFilter, $after: String) {
  search(query: $query, filter: $filter, first: 20, after: $after) {
    edges {
      cursor
      node {
        kind
        snippet
        thread {
          id
          title
        }
        post {
          id
          seq
        }
        community {
          slug
          name
        }
        item {
          id
          title
          year
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications($after: String, $unreadOnly: Boolean) {
  notifications(first: 30, after: $after, unreadOnly: $unreadOnly) {
    edges {
      cursor
      node {
        ...NotificationFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment NotificationFields on Notification {
  id
  kind
  read
  createdAt
  detail
  actor {
    displayName
  }
  community {
    slug
    name
  }
  thread {
    id
    title
  }
  post {
    id
    seq
  }
  event {
    id
    title
  }
}`) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const MarkReadDocument = new TypedDocumentString(`
    mutation MarkRead($input: MarkNotificationsReadInput!) {
  markNotificationsRead(input: $input)
}
    `) as unknown as TypedDocumentString<MarkReadMutation, MarkReadMutationVariables>;
export const PreferencesDocument = new TypedDocumentString(`
    query Preferences {
  notificationPreferences {
    ...PreferenceFields
  }
}
    fragment PreferenceFields on NotificationPreferences {
  digestHourUtc
  emailAvailable
  emailDelivery
  locale
  kinds {
    kind
    channel
  }
}`) as unknown as TypedDocumentString<PreferencesQuery, PreferencesQueryVariables>;
export const SetPreferenceDocument = new TypedDocumentString(`
    mutation SetPreference($input: NotificationPreferenceInput!) {
  setNotificationPreference(input: $input) {
    ...PreferenceFields
  }
}
    fragment PreferenceFields on NotificationPreferences {
  digestHourUtc
  emailAvailable
  emailDelivery
  locale
  kinds {
    kind
    channel
  }
}`) as unknown as TypedDocumentString<SetPreferenceMutation, SetPreferenceMutationVariables>;
export const SetEmailDeliveryDocument = new TypedDocumentString(`
    mutation SetEmailDelivery($delivery: EmailDelivery, $locale: Locale) {
  setEmailDelivery(delivery: $delivery, locale: $locale) {
    ...PreferenceFields
  }
}
    fragment PreferenceFields on NotificationPreferences {
  digestHourUtc
  emailAvailable
  emailDelivery
  locale
  kinds {
    kind
    channel
  }
}`) as unknown as TypedDocumentString<SetEmailDeliveryMutation, SetEmailDeliveryMutationVariables>;
export const OwnProfileDocument = new TypedDocumentString(`
    query OwnProfile {
  me {
    id
    handle
    expertise {
      id
      topic
      state
      evidence
      revokeReason
      rejectReason
      library {
        name
      }
    }
  }
  libraries(first: 100) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OwnProfileQuery, OwnProfileQueryVariables>;
export const ClaimDocument = new TypedDocumentString(`
    mutation Claim($input: ClaimExpertiseInput!) {
  claimExpertise(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ClaimMutation, ClaimMutationVariables>;
export const WithdrawExpertiseDocument = new TypedDocumentString(`
    mutation WithdrawExpertise($expertiseId: ID!) {
  withdrawExpertise(expertiseId: $expertiseId) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<WithdrawExpertiseMutation, WithdrawExpertiseMutationVariables>;
export const SetHandleDocument = new TypedDocumentString(`
    mutation SetHandle($input: SetHandleInput!) {
  setHandle(input: $input) {
    id
    handle
  }
}
    `) as unknown as TypedDocumentString<SetHandleMutation, SetHandleMutationVariables>;
export const SsoLibrariesDocument = new TypedDocumentString(`
    query SsoLibraries {
  ssoLibraries {
    id
    slug
    name
    ssoLogin {
      label
      url
    }
  }
}
    `) as unknown as TypedDocumentString<SsoLibrariesQuery, SsoLibrariesQueryVariables>;
export const LibrarySsoLoginDocument = new TypedDocumentString(`
    query LibrarySsoLogin($slug: String!) {
  library(slug: $slug) {
    id
    slug
    name
    ssoLogin {
      label
      url
    }
  }
}
    `) as unknown as TypedDocumentString<LibrarySsoLoginQuery, LibrarySsoLoginQueryVariables>;
export const LibrarySsoSettingsDocument = new TypedDocumentString(`
    query LibrarySsoSettings($slug: String!) {
  librarySso(librarySlug: $slug) {
    issuer
    clientId
    clientSecretSet
    label
    enabled
    redirectUri
  }
}
    `) as unknown as TypedDocumentString<LibrarySsoSettingsQuery, LibrarySsoSettingsQueryVariables>;
export const ConfigureLibrarySsoDocument = new TypedDocumentString(`
    mutation ConfigureLibrarySso($input: ConfigureLibrarySsoInput!) {
  configureLibrarySso(input: $input) {
    issuer
    clientId
    clientSecretSet
    label
    enabled
    redirectUri
  }
}
    `) as unknown as TypedDocumentString<ConfigureLibrarySsoMutation, ConfigureLibrarySsoMutationVariables>;
export const StaffLibraryDocument = new TypedDocumentString(`
    query StaffLibrary($slug: String!) {
  library(slug: $slug) {
    id
    slug
    name
    kind
  }
}
    `) as unknown as TypedDocumentString<StaffLibraryQuery, StaffLibraryQueryVariables>;
export const LibraryFiguresDocument = new TypedDocumentString(`
    query LibraryFigures($libraryId: ID!, $weeks: Int!) {
  libraryFigures(libraryId: $libraryId, weeks: $weeks) {
    communities
    ...LibraryFigureFields
    communityReach {
      ...CommunityReachFields
    }
    phaseHistory(weeks: $weeks) {
      weekStart
      trained
      present
      facilitating
    }
  }
}
    fragment LibraryFigureFields on LibraryFigures {
  members
  activeMembers7d
  activeMembers30d
  medianFirstReplySeconds
  questions
  answeredQuestions
  acceptedQuestions
  unansweredQuestions
  expertAnswerShare
  weeks {
    weekStart
    newThreads
    newPosts
    medianFirstReplySeconds
  }
  topContributors {
    posts
    user {
      id
      displayName
    }
  }
  reach {
    ...ReachFields
  }
}
fragment ReachFields on ReachFigures {
  pageViews
  catalogueClicks
  localFollowers
  remoteFollowers
  followers
  weeks {
    weekStart
    pageViews
    catalogueClicks
  }
}
fragment CommunityReachFields on CommunityReach {
  community {
    id
    slug
    name
  }
  pageViews
  catalogueClicks
  localFollowers
  remoteFollowers
  followers
}`) as unknown as TypedDocumentString<LibraryFiguresQuery, LibraryFiguresQueryVariables>;
export const NationalDashboardDocument = new TypedDocumentString(`
    query NationalDashboard($weeks: Int!) {
  nationalDashboard(weeks: $weeks) {
    libraries
    librariesPresent
    librariesFacilitating
    medianFirstReplySeconds
    perLibrary {
      present
      facilitatesValueNetwork
      medianFirstReplySeconds
      library {
        id
        slug
        name
      }
      trend {
        weekStart
        medianFirstReplySeconds
      }
      pageViews
      followers
      remoteFollowers
      catalogueClicks
    }
    reach {
      ...ReachFields
    }
  }
}
    fragment ReachFields on ReachFigures {
  pageViews
  catalogueClicks
  localFollowers
  remoteFollowers
  followers
  weeks {
    weekStart
    pageViews
    catalogueClicks
  }
}`) as unknown as TypedDocumentString<NationalDashboardQuery, NationalDashboardQueryVariables>;
export const ExpertiseClaimsDocument = new TypedDocumentString(`
    query ExpertiseClaims($libraryId: ID!, $after: String) {
  expertiseClaims(libraryId: $libraryId, first: 50, after: $after) {
    edges {
      cursor
      node {
        id
        topic
        evidence
        createdAt
        user {
          id
          displayName
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ExpertiseClaimsQuery, ExpertiseClaimsQueryVariables>;
export const ExpertiseLogDocument = new TypedDocumentString(`
    query ExpertiseLog($libraryId: ID!, $after: String) {
  expertiseLog(libraryId: $libraryId, first: 50, after: $after) {
    edges {
      cursor
      node {
        id
        action
        topic
        reason
        details
        createdAt
        expertiseId
        actor {
          displayName
        }
        expert {
          id
          displayName
          expertise {
            id
            state
            libraryId
          }
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ExpertiseLogQuery, ExpertiseLogQueryVariables>;
export const VerifyExpertiseDocument = new TypedDocumentString(`
    mutation VerifyExpertise($input: VerifyExpertiseInput!) {
  verifyExpertise(input: $input) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<VerifyExpertiseMutation, VerifyExpertiseMutationVariables>;
export const RejectExpertiseDocument = new TypedDocumentString(`
    mutation RejectExpertise($input: RejectExpertiseInput!) {
  rejectExpertise(input: $input) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<RejectExpertiseMutation, RejectExpertiseMutationVariables>;
export const RevokeExpertiseDocument = new TypedDocumentString(`
    mutation RevokeExpertise($input: RevokeExpertiseInput!) {
  revokeExpertise(input: $input) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<RevokeExpertiseMutation, RevokeExpertiseMutationVariables>;
export const LibraryOnboardingDocument = new TypedDocumentString(`
    query LibraryOnboarding($slug: String!) {
  library(slug: $slug) {
    id
    slug
    name
    kind
    primaryColor
  }
  me {
    id
    isPlatformAdmin
  }
}
    `) as unknown as TypedDocumentString<LibraryOnboardingQuery, LibraryOnboardingQueryVariables>;
export const OnboardingStateDocument = new TypedDocumentString(`
    query OnboardingState($libraryId: ID!) {
  libraryOnboarding(libraryId: $libraryId) {
    libraryId
    allDone
    completedAt
    steps {
      key
      done
      marked
    }
  }
  communities(libraryId: $libraryId, first: 20) {
    edges {
      node {
        id
        slug
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OnboardingStateQuery, OnboardingStateQueryVariables>;
export const MarkOnboardingStepDocument = new TypedDocumentString(`
    mutation MarkOnboardingStep($libraryId: ID!, $step: OnboardingStepKey!) {
  markOnboardingStep(libraryId: $libraryId, step: $step) {
    libraryId
    allDone
    steps {
      key
      done
      marked
    }
  }
}
    `) as unknown as TypedDocumentString<MarkOnboardingStepMutation, MarkOnboardingStepMutationVariables>;
export const CompleteOnboardingDocument = new TypedDocumentString(`
    mutation CompleteOnboarding($libraryId: ID!) {
  completeOnboarding(libraryId: $libraryId) {
    libraryId
    allDone
    completedAt
  }
}
    `) as unknown as TypedDocumentString<CompleteOnboardingMutation, CompleteOnboardingMutationVariables>;
export const CommunityTemplatesDocument = new TypedDocumentString(`
    query CommunityTemplates($includeEnded: Boolean) {
  communityTemplates(includeEnded: $includeEnded) {
    id
    kind
    name
    theme
    description
    running
    startsOn
    endsOn
    bannerText
    bannerColor
    watchedWords
    starterThreads {
      title
    }
    nationalCommunity {
      id
      slug
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CommunityTemplatesQuery, CommunityTemplatesQueryVariables>;
export const AdoptCommunityTemplateDocument = new TypedDocumentString(`
    mutation AdoptCommunityTemplate($input: AdoptCommunityTemplateInput!) {
  adoptCommunityTemplate(input: $input) {
    id
    slug
    name
  }
}
    `) as unknown as TypedDocumentString<AdoptCommunityTemplateMutation, AdoptCommunityTemplateMutationVariables>;
export const PublishCommunityTemplateDocument = new TypedDocumentString(`
    mutation PublishCommunityTemplate($input: PublishCommunityTemplateInput!) {
  publishCommunityTemplate(input: $input) {
    id
    kind
    name
  }
}
    `) as unknown as TypedDocumentString<PublishCommunityTemplateMutation, PublishCommunityTemplateMutationVariables>;
export const TemplateAdoptionDocument = new TypedDocumentString(`
    query TemplateAdoption {
  templateAdoption {
    adoptions
    localLibraries
    template {
      id
      kind
      name
      startsOn
      endsOn
      running
    }
    libraries {
      libraryName
      librarySlug
      adoptedAt
    }
  }
}
    `) as unknown as TypedDocumentString<TemplateAdoptionQuery, TemplateAdoptionQueryVariables>;
export const NationalLibrariesDocument = new TypedDocumentString(`
    query NationalLibraries {
  libraries(first: 100) {
    edges {
      node {
        id
        slug
        name
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NationalLibrariesQuery, NationalLibrariesQueryVariables>;
export const NationalThemeCommunitiesDocument = new TypedDocumentString(`
    query NationalThemeCommunities($libraryId: ID!) {
  communities(libraryId: $libraryId, first: 50) {
    edges {
      node {
        id
        name
        theme
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NationalThemeCommunitiesQuery, NationalThemeCommunitiesQueryVariables>;
export const ThreadExtrasDocument = new TypedDocumentString(`
    query ThreadExtras($id: ID!) {
  thread(id: $id) {
    id
    author {
      id
    }
    items {
      id
      title
      creators
      year
    }
    provenance {
      ...ProvenanceFields
    }
    remoteProvenance {
      instance
      libraryName
      communityName
      url
    }
    contentSource {
      title
      licence
      publishedAt
      ownerLibrary {
        name
      }
    }
    community {
      id
      viewerCanModerate
      visibility
      library {
        catalogueUrlTemplate
      }
      nationalCommunity {
        id
      }
    }
  }
}
    fragment ProvenanceFields on Provenance {
  fromLibrary {
    name
  }
  fromCommunity {
    slug
    name
  }
}`) as unknown as TypedDocumentString<ThreadExtrasQuery, ThreadExtrasQueryVariables>;
export const AcceptAnswerDocument = new TypedDocumentString(`
    mutation AcceptAnswer($postId: ID!) {
  acceptAnswer(postId: $postId) {
    id
    acceptedAnswer {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptAnswerMutation, AcceptAnswerMutationVariables>;
export const UnacceptAnswerDocument = new TypedDocumentString(`
    mutation UnacceptAnswer($threadId: ID!) {
  unacceptAnswer(threadId: $threadId) {
    id
    acceptedAnswer {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<UnacceptAnswerMutation, UnacceptAnswerMutationVariables>;
export const MyTwoFactorDocument = new TypedDocumentString(`
    query MyTwoFactor {
  myTwoFactor {
    enabled
    recoveryCodesLeft
    required
  }
}
    `) as unknown as TypedDocumentString<MyTwoFactorQuery, MyTwoFactorQueryVariables>;
export const SetupTotpDocument = new TypedDocumentString(`
    mutation SetupTotp {
  setupTotp {
    uri
    qrCode
    secret
  }
}
    `) as unknown as TypedDocumentString<SetupTotpMutation, SetupTotpMutationVariables>;
export const EnableTotpDocument = new TypedDocumentString(`
    mutation EnableTotp($code: String!) {
  enableTotp(code: $code)
}
    `) as unknown as TypedDocumentString<EnableTotpMutation, EnableTotpMutationVariables>;
export const DisableTotpDocument = new TypedDocumentString(`
    mutation DisableTotp($password: String!) {
  disableTotp(password: $password)
}
    `) as unknown as TypedDocumentString<DisableTotpMutation, DisableTotpMutationVariables>;
export const HomeDocument = new TypedDocumentString(`
    query Home($after: String) {
  libraries(first: 100) {
    edges {
      node {
        id
        slug
        name
        kind
      }
    }
  }
  communities(first: 100, after: $after) {
    edges {
      node {
        ...CommunitySummary
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment CommunitySummary on Community {
  id
  slug
  name
  description
  theme
  visibility
  memberCount
  libraryId
}`) as unknown as TypedDocumentString<HomeQuery, HomeQueryVariables>;
export const LibraryPageDocument = new TypedDocumentString(`
    query LibraryPage($slug: String!) {
  library(slug: $slug) {
    id
    slug
    name
    kind
    logoUrl
    primaryColor
    welcomeText
    staff {
      userId
    }
    verifiedExpertise {
      id
      topic
      user {
        id
        displayName
        handle
      }
    }
  }
  me {
    id
    isPlatformAdmin
  }
}
    `) as unknown as TypedDocumentString<LibraryPageQuery, LibraryPageQueryVariables>;
export const LibraryCommunitiesDocument = new TypedDocumentString(`
    query LibraryCommunities($libraryId: ID!, $after: String) {
  communities(first: 100, libraryId: $libraryId, after: $after) {
    edges {
      node {
        ...CommunitySummary
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment CommunitySummary on Community {
  id
  slug
  name
  description
  theme
  visibility
  memberCount
  libraryId
}`) as unknown as TypedDocumentString<LibraryCommunitiesQuery, LibraryCommunitiesQueryVariables>;
export const CommunityPageDocument = new TypedDocumentString(`
    query CommunityPage($slug: String!, $threads: Boolean = true) {
  community(slug: $slug) {
    ...CommunitySummary
    bannerUrl
    campaignBanner {
      name
      text
      color
      endsOn
    }
    library {
      id
      slug
      name
      kind
    }
    viewerCanRead
    viewerCanModerate
    publicModLog
    liveCursor
    viewerMembership {
      state
      role
    }
    viewerFollows
    isNational
    nationalCommunity {
      slug
      name
    }
    threads(first: 30) @include(if: $threads) {
      edges {
        node {
          ...ThreadSummary
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment CommunitySummary on Community {
  id
  slug
  name
  description
  theme
  visibility
  memberCount
  libraryId
}
fragment ThreadSummary on Thread {
  id
  title
  kind
  pinned
  locked
  replyCount
  lastActivityAt
  author {
    displayName
  }
}`) as unknown as TypedDocumentString<CommunityPageQuery, CommunityPageQueryVariables>;
export const CommunityThreadsDocument = new TypedDocumentString(`
    query CommunityThreads($slug: String!, $after: String) {
  community(slug: $slug) {
    id
    threads(first: 30, after: $after) {
      edges {
        node {
          ...ThreadSummary
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment ThreadSummary on Thread {
  id
  title
  kind
  pinned
  locked
  replyCount
  lastActivityAt
  author {
    displayName
  }
}`) as unknown as TypedDocumentString<CommunityThreadsQuery, CommunityThreadsQueryVariables>;
export const FollowDocument = new TypedDocumentString(`
    mutation Follow($input: FollowInput!) {
  follow(input: $input)
}
    `) as unknown as TypedDocumentString<FollowMutation, FollowMutationVariables>;
export const UnfollowDocument = new TypedDocumentString(`
    mutation Unfollow($input: FollowInput!) {
  unfollow(input: $input)
}
    `) as unknown as TypedDocumentString<UnfollowMutation, UnfollowMutationVariables>;
export const JoinDocument = new TypedDocumentString(`
    mutation Join($id: ID!) {
  joinCommunity(communityId: $id) {
    state
    role
  }
}
    `) as unknown as TypedDocumentString<JoinMutation, JoinMutationVariables>;
export const LeaveDocument = new TypedDocumentString(`
    mutation Leave($id: ID!) {
  leaveCommunity(communityId: $id)
}
    `) as unknown as TypedDocumentString<LeaveMutation, LeaveMutationVariables>;
export const CreateThreadDocument = new TypedDocumentString(`
    mutation CreateThread($input: CreateThreadInput!) {
  createThread(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateThreadMutation, CreateThreadMutationVariables>;
export const ThreadPageDocument = new TypedDocumentString(`
    query ThreadPage($id: ID!) {
  thread(id: $id) {
    id
    title
    kind
    pinned
    locked
    replyCount
    viewerCanReply
    viewerFollows
    community {
      id
      slug
      name
      viewerMembership {
        state
      }
    }
    posts(first: 50) {
      edges {
        cursor
        node {
          ...PostFields
          viewerReactions
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment PostFields on Post {
  id
  seq
  state
  isDeleted
  bodyHtml
  createdAt
  editedAt
  replyToId
  author {
    id
    displayName
    avatarUrl
  }
  reactionCounts {
    kind
    count
  }
  isAcceptedAnswer
  authorExpertise {
    id
    topic
    library {
      name
    }
  }
  linkPreviews {
    url
    title
    description
    siteName
    imageUrl
    imageWidth
    imageHeight
  }
}`) as unknown as TypedDocumentString<ThreadPageQuery, ThreadPageQueryVariables>;
export const ThreadPostsDocument = new TypedDocumentString(`
    query ThreadPosts($id: ID!, $after: String) {
  thread(id: $id) {
    id
    posts(first: 50, after: $after) {
      edges {
        cursor
        node {
          ...PostFields
          viewerReactions
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment PostFields on Post {
  id
  seq
  state
  isDeleted
  bodyHtml
  createdAt
  editedAt
  replyToId
  author {
    id
    displayName
    avatarUrl
  }
  reactionCounts {
    kind
    count
  }
  isAcceptedAnswer
  authorExpertise {
    id
    topic
    library {
      name
    }
  }
  linkPreviews {
    url
    title
    description
    siteName
    imageUrl
    imageWidth
    imageHeight
  }
}`) as unknown as TypedDocumentString<ThreadPostsQuery, ThreadPostsQueryVariables>;
export const ThreadViewerDocument = new TypedDocumentString(`
    query ThreadViewer($id: ID!) {
  thread(id: $id) {
    id
    locked
    viewerCanReply
  }
}
    `) as unknown as TypedDocumentString<ThreadViewerQuery, ThreadViewerQueryVariables>;
export const ThreadEventsDocument = new TypedDocumentString(`
    subscription ThreadEvents($threadId: ID!, $after: String) {
  threadEvents(threadId: $threadId, after: $after) {
    type
    cursor
    post {
      ...PostFields
    }
    thread {
      id
      title
      pinned
      locked
      replyCount
    }
  }
}
    fragment PostFields on Post {
  id
  seq
  state
  isDeleted
  bodyHtml
  createdAt
  editedAt
  replyToId
  author {
    id
    displayName
    avatarUrl
  }
  reactionCounts {
    kind
    count
  }
  isAcceptedAnswer
  authorExpertise {
    id
    topic
    library {
      name
    }
  }
  linkPreviews {
    url
    title
    description
    siteName
    imageUrl
    imageWidth
    imageHeight
  }
}`) as unknown as TypedDocumentString<ThreadEventsSubscription, ThreadEventsSubscriptionVariables>;
export const CreatePostDocument = new TypedDocumentString(`
    mutation CreatePost($input: CreatePostInput!) {
  createPost(input: $input) {
    ...PostFields
    viewerReactions
  }
}
    fragment PostFields on Post {
  id
  seq
  state
  isDeleted
  bodyHtml
  createdAt
  editedAt
  replyToId
  author {
    id
    displayName
    avatarUrl
  }
  reactionCounts {
    kind
    count
  }
  isAcceptedAnswer
  authorExpertise {
    id
    topic
    library {
      name
    }
  }
  linkPreviews {
    url
    title
    description
    siteName
    imageUrl
    imageWidth
    imageHeight
  }
}`) as unknown as TypedDocumentString<CreatePostMutation, CreatePostMutationVariables>;
export const PreviewMarkdownDocument = new TypedDocumentString(`
    query PreviewMarkdown($body: String!) {
  previewMarkdown(body: $body)
}
    `) as unknown as TypedDocumentString<PreviewMarkdownQuery, PreviewMarkdownQueryVariables>;
export const ReactDocument = new TypedDocumentString(`
    mutation React($input: ReactInput!) {
  react(input: $input) {
    ...ReactionResult
  }
}
    fragment ReactionResult on Post {
  id
  reactionCounts {
    kind
    count
  }
  viewerReactions
}`) as unknown as TypedDocumentString<ReactMutation, ReactMutationVariables>;
export const UnreactDocument = new TypedDocumentString(`
    mutation Unreact($input: ReactInput!) {
  unreact(input: $input) {
    ...ReactionResult
  }
}
    fragment ReactionResult on Post {
  id
  reactionCounts {
    kind
    count
  }
  viewerReactions
}`) as unknown as TypedDocumentString<UnreactMutation, UnreactMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    displayName
    email
    createdAt
    isPlatformAdmin
    suspension {
      reason
      until
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const CommunityEventsDocument = new TypedDocumentString(`
    subscription CommunityEvents($communityId: ID!, $after: String) {
  communityEvents(communityId: $communityId, after: $after) {
    type
    cursor
    threadId
    thread {
      ...ThreadSummary
    }
  }
}
    fragment ThreadSummary on Thread {
  id
  title
  kind
  pinned
  locked
  replyCount
  lastActivityAt
  author {
    displayName
  }
}`) as unknown as TypedDocumentString<CommunityEventsSubscription, CommunityEventsSubscriptionVariables>;
export const RefreshSessionDocument = new TypedDocumentString(`
    mutation RefreshSession {
  refreshSession {
    ...AuthPayloadFields
  }
}
    fragment AuthPayloadFields on AuthPayload {
  accessToken
  accessTokenExpiresAt
  user {
    id
    displayName
    emailVerified
  }
}`) as unknown as TypedDocumentString<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    ...AuthPayloadFields
  }
}
    fragment AuthPayloadFields on AuthPayload {
  accessToken
  accessTokenExpiresAt
  user {
    id
    displayName
    emailVerified
  }
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const RegisterDocument = new TypedDocumentString(`
    mutation Register($input: RegisterInput!) {
  register(input: $input) {
    ...AuthPayloadFields
  }
}
    fragment AuthPayloadFields on AuthPayload {
  accessToken
  accessTokenExpiresAt
  user {
    id
    displayName
    emailVerified
  }
}`) as unknown as TypedDocumentString<RegisterMutation, RegisterMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const CompleteSsoLoginDocument = new TypedDocumentString(`
    mutation CompleteSsoLogin($input: CompleteSsoLoginInput!) {
  completeSsoLogin(input: $input) {
    ...AuthPayloadFields
  }
}
    fragment AuthPayloadFields on AuthPayload {
  accessToken
  accessTokenExpiresAt
  user {
    id
    displayName
    emailVerified
  }
}`) as unknown as TypedDocumentString<CompleteSsoLoginMutation, CompleteSsoLoginMutationVariables>;
export const ReportContentDocument = new TypedDocumentString(`
    mutation ReportContent($input: ReportContentInput!) {
  reportContent(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReportContentMutation, ReportContentMutationVariables>;