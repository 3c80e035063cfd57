import { MigrationInterface } from 'typeorm';
import { Initial1795746919315 } from './1795746919315-Initial';
import { LiveEvents1795747756157 } from './1795747756157-LiveEvents';
import { Moderation1795749847920 } from './1795749847920-Moderation';
import { LibraryHouseStyle1795754326425 } from './1795754326425-LibraryHouseStyle';
import { Catalogue1795800000001 } from './1795800000001-Catalogue';
import { Experts1795800000002 } from './1795800000002-Experts';
import { Network1795800000003 } from './1795800000003-Network';
import { Notifications1795800000004 } from './1795800000004-Notifications';
import { Search1795800000005 } from './1795800000005-Search';
import { FigureIndexes1795800000006 } from './1795800000006-FigureIndexes';
import { SearchItemsQueue1795800000007 } from './1795800000007-SearchItemsQueue';
import { SearchRecency1795800000008 } from './1795800000008-SearchRecency';
import { ExpertiseRejectWithdraw1795800000020 } from './1795800000020-ExpertiseRejectWithdraw';
import { SyndicationWithdrawals1795800000021 } from './1795800000021-SyndicationWithdrawals';
import { EmailLocaleAndLease1795800000022 } from './1795800000022-EmailLocaleAndLease';
import { LiveEventsRetentionIndex1795900000110 } from './1795900000110-LiveEventsRetentionIndex';
import { AuditAndRevisionRedaction1795900000140 } from './1795900000140-AuditAndRevisionRedaction';
import { ExpertiseClaimLibrary1795900000150 } from './1795900000150-ExpertiseClaimLibrary';
import { PasswordResetAndSessions1795900000160 } from './1795900000160-PasswordResetAndSessions';
import { EmailVerification1795900000180 } from './1795900000180-EmailVerification';
import { TwoFactor1795900000200 } from './1795900000200-TwoFactor';
import { AccountDeletionAndRetention1795900000190 } from './1795900000190-AccountDeletionAndRetention';
import { ProfileBioAndHandleRedirects1795900000210 } from './1795900000210-ProfileBioAndHandleRedirects';
import { NotificationTimesInMilliseconds1795900000220 } from './1795900000220-NotificationTimesInMilliseconds';
import { Media1795900000310 } from './1795900000310-Media';
import { Federation1795900000330 } from './1795900000330-Federation';
import { FederationLikes1795900000331 } from './1795900000331-FederationLikes';
import { LibrarySingleSignOn1795900000300 } from './1795900000300-LibrarySingleSignOn';
import { SsoAttemptsPerClient1795900000301 } from './1795900000301-SsoAttemptsPerClient';
import { WebPush1795900000360 } from './1795900000360-WebPush';
import { ReachCounters1795900000370 } from './1795900000370-ReachCounters';
import { CommunityInviteLinks1795900000380 } from './1795900000380-CommunityInviteLinks';
import { EmailInvitations1795900000440 } from './1795900000440-EmailInvitations';
import { LinkPreviews1795900000400 } from './1795900000400-LinkPreviews';
import { Academy1795900000450 } from './1795900000450-Academy';
import { FigureAggregates1795900000410 } from './1795900000410-FigureAggregates';
import { NationalTemplates1795900000460 } from './1795900000460-NationalTemplates';
import { RemoteSyndications1795900000420 } from './1795900000420-RemoteSyndications';
import { LibraryEvents1795900000470 } from './1795900000470-LibraryEvents';
import { PhaseHistory1795900000480 } from './1795900000480-PhaseHistory';

type MigrationClass = new () => MigrationInterface;

/** Every migration, oldest first. Listed by hand so that the TypeScript and built JavaScript runs load the same set. */
export const MIGRATIONS: MigrationClass[] = [
  Initial1795746919315,
  LiveEvents1795747756157,
  Moderation1795749847920,
  LibraryHouseStyle1795754326425,
  Catalogue1795800000001,
  Experts1795800000002,
  Network1795800000003,
  Notifications1795800000004,
  Search1795800000005,
  FigureIndexes1795800000006,
  SearchItemsQueue1795800000007,
  SearchRecency1795800000008,
  ExpertiseRejectWithdraw1795800000020,
  SyndicationWithdrawals1795800000021,
  EmailLocaleAndLease1795800000022,
  LiveEventsRetentionIndex1795900000110,
  AuditAndRevisionRedaction1795900000140,
  ExpertiseClaimLibrary1795900000150,
  PasswordResetAndSessions1795900000160,
  EmailVerification1795900000180,
  TwoFactor1795900000200,
  AccountDeletionAndRetention1795900000190,
  ProfileBioAndHandleRedirects1795900000210,
  NotificationTimesInMilliseconds1795900000220,
  LibrarySingleSignOn1795900000300,
  SsoAttemptsPerClient1795900000301,
  Federation1795900000330,
  FederationLikes1795900000331,
  Media1795900000310,
  EmailInvitations1795900000440,
  WebPush1795900000360,
  ReachCounters1795900000370,
  CommunityInviteLinks1795900000380,
  LinkPreviews1795900000400,
  Academy1795900000450,
  FigureAggregates1795900000410,
  NationalTemplates1795900000460,
  RemoteSyndications1795900000420,
  LibraryEvents1795900000470,
  PhaseHistory1795900000480,
];
