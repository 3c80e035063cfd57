import { useLocale } from './i18n';
import { Layout } from './components/Layout';
import { useRoute } from './router';
import { CommunityScreen } from './screens/CommunityScreen';
import { HomeScreen } from './screens/HomeScreen';
import { LibraryScreen } from './screens/LibraryScreen';
import { LoginScreen } from './screens/LoginScreen';
import { NotFoundScreen } from './screens/NotFoundScreen';
import { ProfileScreen } from './screens/ProfileScreen';
import { RegisterScreen } from './screens/RegisterScreen';
import { ThreadScreen } from './screens/ThreadScreen';
import { lazyScreen } from './lazy';

// Screens few first visits open load on demand, outside the initial-JS budget.
const SearchScreen = lazyScreen(() => import('./screens/SearchScreen').then((m) => m.SearchScreen));
const NotificationsScreen = lazyScreen(() => import('./screens/NotificationsScreen').then((m) => m.NotificationsScreen));
const EventScreen = lazyScreen(() => import('./screens/events/EventScreen').then((m) => m.EventScreen));
const EventFormScreen = lazyScreen(() => import('./screens/events/EventFormScreen').then((m) => m.EventFormScreen));
const ItemScreen = lazyScreen(() => import('./screens/ItemScreen').then((m) => m.ItemScreen));
const CreateCommunityScreen = lazyScreen(() => import('./screens/manage/CreateCommunityScreen').then((m) => m.CreateCommunityScreen));
const AcceptInviteScreen = lazyScreen(() => import('./screens/AcceptInviteScreen').then((m) => m.AcceptInviteScreen));
const PublicModLogScreen = lazyScreen(() => import('./screens/PublicModLogScreen').then((m) => m.PublicModLogScreen));
const ManageScreen = lazyScreen(() => import('./screens/manage/ManageScreen').then((m) => m.ManageScreen));
const LibraryFiguresScreen = lazyScreen(() => import('./screens/staff/LibraryFiguresScreen').then((m) => m.LibraryFiguresScreen));
const ExpertiseReviewScreen = lazyScreen(() => import('./screens/staff/ExpertiseReviewScreen').then((m) => m.ExpertiseReviewScreen));
const ForgotPasswordScreen = lazyScreen(() => import('./screens/account/PasswordResetScreens').then((m) => m.ForgotPasswordScreen));
const ResetPasswordScreen = lazyScreen(() => import('./screens/account/PasswordResetScreens').then((m) => m.ResetPasswordScreen));
const VerifyEmailScreen = lazyScreen(() => import('./screens/account/EmailScreens').then((m) => m.VerifyEmailScreen));
const ConfirmEmailScreen = lazyScreen(() => import('./screens/account/EmailScreens').then((m) => m.ConfirmEmailScreen));
const PublicProfileScreen = lazyScreen(() => import('./screens/account/PublicProfileScreen').then((m) => m.PublicProfileScreen));
const SsoCompleteScreen = lazyScreen(() => import('./screens/sso/SsoCompleteScreen').then((m) => m.SsoCompleteScreen));
const AcademyScreen = lazyScreen(() => import('./screens/academy/AcademyScreen').then((m) => m.AcademyScreen));
const CourseScreen = lazyScreen(() => import('./screens/academy/CourseScreen').then((m) => m.CourseScreen));
const CourseEditorScreen = lazyScreen(() => import('./screens/academy/CourseEditorScreen').then((m) => m.CourseEditorScreen));
const LibrarySsoScreen = lazyScreen(() => import('./screens/staff/LibrarySsoScreen').then((m) => m.LibrarySsoScreen));
const CreateLibraryScreen = lazyScreen(() => import('./screens/staff/CreateLibraryScreen').then((m) => m.CreateLibraryScreen));
const CatalogueImportScreen = lazyScreen(() => import('./screens/staff/CatalogueImport').then((m) => m.CatalogueImportScreen));
const AcceptEmailInviteScreen = lazyScreen(() => import('./screens/AcceptEmailInviteScreen').then((m) => m.AcceptEmailInviteScreen));
const LibraryStaffScreen = lazyScreen(() => import('./screens/staff/LibraryStaffScreen').then((m) => m.LibraryStaffScreen));
const LibraryStyleScreen = lazyScreen(() => import('./screens/staff/LibraryStyleScreen').then((m) => m.LibraryStyleScreen));
const OnboardingScreen = lazyScreen(() => import('./screens/onboarding/OnboardingScreen').then((m) => m.OnboardingScreen));
const NationalTemplatesScreen = lazyScreen(() =>
  import('./screens/onboarding/NationalTemplatesScreen').then((m) => m.NationalTemplatesScreen),
);
const RemoteCommunitiesScreen = lazyScreen(() => import('./screens/RemoteCommunitiesScreen').then((m) => m.RemoteCommunitiesScreen));
const NationalDashboardScreen = lazyScreen(() => import('./screens/staff/NationalDashboardScreen').then((m) => m.NationalDashboardScreen));
const SyndicationInboxScreen = lazyScreen(() => import('./screens/network/SyndicationInboxScreen').then((m) => m.SyndicationInboxScreen));
const ContentDatabaseScreen = lazyScreen(() => import('./screens/network/ContentDatabaseScreen').then((m) => m.ContentDatabaseScreen));
const ContentItemScreen = lazyScreen(() => import('./screens/network/ContentItemScreen').then((m) => m.ContentItemScreen));

function Screen() {
  const { route, search } = useRoute();
  switch (route.name) {
    case 'home':
      return <HomeScreen />;
    case 'library':
      return <LibraryScreen key={route.slug} slug={route.slug} />;
    case 'community':
      return <CommunityScreen key={route.slug} slug={route.slug} />;
    case 'thread':
      return <ThreadScreen key={route.id} id={route.id} />;
    case 'login':
      return <LoginScreen next={search.get('next')} ssoError={search.get('sso_error')} />;
    case 'ssoComplete':
      return <SsoCompleteScreen />;
    case 'librarySso':
      return <LibrarySsoScreen key={route.slug} slug={route.slug} />;
    case 'emailInvite':
      return <AcceptEmailInviteScreen key={route.token} token={route.token} />;
    case 'libraryStaff':
      return <LibraryStaffScreen key={route.slug} slug={route.slug} />;
    case 'libraryStyle':
      return <LibraryStyleScreen key={route.slug} slug={route.slug} />;
    case 'onboarding':
      return <OnboardingScreen key={route.slug} slug={route.slug} />;
    case 'nationalTemplates':
      return <NationalTemplatesScreen />;
    case 'catalogueImport':
      return <CatalogueImportScreen key={route.slug} slug={route.slug} />;
    case 'newLibrary':
      return <CreateLibraryScreen />;
    case 'register':
      return <RegisterScreen next={search.get('next')} />;
    case 'forgotPassword':
      return <ForgotPasswordScreen />;
    case 'resetPassword':
      return <ResetPasswordScreen token={search.get('token') ?? ''} />;
    case 'verifyEmail':
      return <VerifyEmailScreen token={search.get('token') ?? ''} />;
    case 'confirmEmail':
      return <ConfirmEmailScreen token={search.get('token') ?? ''} />;
    case 'profile':
      return <ProfileScreen />;
    case 'publicProfile':
      return <PublicProfileScreen key={route.handle} handle={route.handle} />;
    case 'search':
      return <SearchScreen query={search.get('q') ?? ''} kind={search.get('kind') ?? ''} />;
    case 'notifications':
      return <NotificationsScreen />;
    case 'event':
      return <EventScreen key={route.id} id={route.id} />;
    case 'newEvent':
      return <EventFormScreen key={`new|${route.slug}`} slug={route.slug} />;
    case 'editEvent':
      return <EventFormScreen key={`edit|${route.id}`} eventId={route.id} />;
    case 'item':
      return <ItemScreen key={route.id} id={route.id} />;
    case 'manage':
      return <ManageScreen key={route.slug} slug={route.slug} tab={search.get('tab') ?? 'queue'} />;
    case 'newCommunity':
      return <CreateCommunityScreen key={route.slug} slug={route.slug} />;
    case 'invite':
      return <AcceptInviteScreen key={route.token} token={route.token} />;
    case 'publicModLog':
      return <PublicModLogScreen key={route.slug} slug={route.slug} />;
    case 'libraryFigures':
      return <LibraryFiguresScreen key={route.slug} slug={route.slug} />;
    case 'expertiseReview':
      return <ExpertiseReviewScreen key={route.slug} slug={route.slug} />;
    case 'academy':
      return <AcademyScreen />;
    case 'course':
      return <CourseScreen key={route.id} id={route.id} />;
    case 'courseEditor':
      return <CourseEditorScreen key={route.id ?? 'new'} id={route.id ?? null} />;
    case 'nationalDashboard':
      return <NationalDashboardScreen />;
    case 'remote':
      return <RemoteCommunitiesScreen />;
    case 'syndicationInbox':
      return <SyndicationInboxScreen key={route.slug} slug={route.slug} />;
    case 'contentDatabase':
      return <ContentDatabaseScreen key={route.slug} slug={route.slug} />;
    case 'contentItem':
      return <ContentItemScreen key={`${route.slug}|${route.id}`} slug={route.slug} id={route.id} />;
    default:
      return <NotFoundScreen />;
  }
}

export function App() {
  // Rendering again from the top when the language changes reads every text anew (nothing is memoized).
  useLocale();
  return (
    <Layout>
      <Screen />
    </Layout>
  );
}
