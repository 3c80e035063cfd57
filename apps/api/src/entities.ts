import { LiveChannel, LiveEventRecord } from '@waardenet/live/channels';
import {
  HandleRedirect,
  EmailToken,
  PasswordResetToken,
  RefreshToken,
  Session,
  TotpRecoveryCode,
  User,
  UserTotp,
} from '@waardenet/accounts';
import { Community, EmailInvitation, Invitation, InviteLink, Membership } from '@waardenet/communities';
import { Library, LibraryStaff } from '@waardenet/libraries';
import { Post, PostRevision, Reaction, Thread } from '@waardenet/threads';
import { ModerationLogEntry, Report, WatchedWord } from '@waardenet/moderation';
import { CATALOGUE_ENTITIES } from '@waardenet/catalogue';
import { EXPERTS_ENTITIES } from '@waardenet/experts';
import { NETWORK_ENTITIES } from '@waardenet/network';
import { NOTIFICATIONS_ENTITIES } from '@waardenet/notifications';
import { FIGURES_ENTITIES } from '@waardenet/figures';
import { SEARCH_ENTITIES } from '@waardenet/search';
import { LinkPreview, MEDIA_ENTITIES } from '@waardenet/media';
import { FEDERATION_ENTITIES } from '@waardenet/federation';
import { EVENTS_ENTITIES } from '@waardenet/events';
import { ACADEMY_ENTITIES } from '@waardenet/academy';
import { TEMPLATES_ENTITIES } from '@waardenet/templates';

/** Every entity the api maps; the migrations must agree with them (`npm run migrations:check`). */
export const ENTITIES = [
  User,
  Session,
  RefreshToken,
  PasswordResetToken,
  EmailToken,
  UserTotp,
  TotpRecoveryCode,
  HandleRedirect,
  Library,
  LibraryStaff,
  Community,
  Membership,
  Invitation,
  EmailInvitation,
  InviteLink,
  Thread,
  Post,
  PostRevision,
  Reaction,
  Report,
  WatchedWord,
  ModerationLogEntry,
  LiveEventRecord,
  LiveChannel,
  ...CATALOGUE_ENTITIES,
  ...EXPERTS_ENTITIES,
  ...NETWORK_ENTITIES,
  ...NOTIFICATIONS_ENTITIES,
  ...FIGURES_ENTITIES,
  ...SEARCH_ENTITIES,
  ...MEDIA_ENTITIES,
  LinkPreview,
  ...FEDERATION_ENTITIES,
  ...EVENTS_ENTITIES,
  ...ACADEMY_ENTITIES,
  ...TEMPLATES_ENTITIES,
];
