import type { nlPrivacy } from './nl-privacy';

/** English texts of the profile's data part (export and deletion). */
export const enPrivacy: Record<keyof typeof nlPrivacy, string> = {
  'privacy.exportTitle': 'Your data',
  'privacy.exportIntro':
    'Download everything Waardenet keeps about your account in one file (JSON): your profile, posts with their earlier versions, memberships, reactions, notifications and more.',
  'privacy.exportButton': 'Download my data',
  'privacy.exportBusy': 'Gathering your data…',
  'privacy.exportDone': 'Your data was downloaded.',
  'privacy.exportFailed': 'The download did not work. Please try again later.',
  'privacy.deleteTitle': 'Delete account',
  'privacy.deleteIntro': 'You can delete your account at any time. This cannot be undone.',
  'privacy.deleteOpen': 'Delete account…',
  'privacy.dialogTitle': 'Delete your account for good?',
  'privacy.dialogWhat': 'What happens:',
  'privacy.dialogSessions': 'You are signed out on all your devices and can no longer sign in.',
  'privacy.dialogErased':
    'Your email address, name, @handle, introduction and the evidence for your expertise are erased. You can use your email address again later.',
  'privacy.dialogPosts':
    'Your posts stay, shown as by "verwijderd account" (deleted account), unless you choose below to erase their text too.',
  'privacy.password': 'Your password',
  'privacy.passwordMissing': 'Enter your password to confirm.',
  'privacy.passwordWrong': 'This is not your password.',
  'privacy.removeContent': 'Also erase the text of all my posts and their earlier versions',
  'privacy.removeContentHint': 'Topics only you wrote in disappear entirely; replies by others stay.',
  'privacy.confirm': 'Delete account for good',
  'privacy.deleted': 'Your account was deleted.',
};
