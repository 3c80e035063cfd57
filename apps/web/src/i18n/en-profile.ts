import type { nlProfile } from './nl-profile';

/** English texts of the profile settings and the public profile page (see ./profile.ts). */
export const enProfile: Record<keyof typeof nlProfile, string> = {
  'profileSettings.heading': 'Your profile',
  'profileSettings.intro': 'Everyone sees your name, @name and introduction on your public profile. Not your email address.',
  'profileSettings.displayName': 'Name',
  'profileSettings.displayNameHint': '2 to 60 characters. This is the name shown with your posts.',
  'profileSettings.displayNameLength': 'Use 2 to 60 characters.',
  'profileSettings.displayNameStaff': "This name looks like a library staff member's. Choose another name.",
  'profileSettings.displayNameCharacters':
    'This name holds an invisible or control character. Use letters, digits, spaces and punctuation.',
  'profileSettings.bio': 'About you',
  'profileSettings.bioHint': 'Plain text, at most {max} characters.',
  'profileSettings.bioCount': '{count} of {max} characters',
  'profileSettings.bioTooLong': 'Your introduction is too long: at most {max} characters.',
  'profileSettings.bioCharacters': 'Your introduction holds a control character. Use plain text.',
  'profileSettings.language': 'Language',
  'profileSettings.languageHint': 'The language of Waardenet on this device and of the email we send you.',
  'profileSettings.submit': 'Save profile',
  'profileSettings.saved': 'Your profile is saved.',
  'profileSettings.publicLink': 'See your public profile',
  'profileSettings.handleRedirect':
    'When you choose a new @name, your old one keeps leading to you for a while, and no one else may choose it meanwhile. You can change your @name once a day.',
  'profileSettings.handleTooSoon': 'You changed your @name just now. You can change it again in {hours} hours.',
  'profileSettings.notificationsHeading': 'Notifications',
  'publicProfile.notFound': 'There is no one called @{handle}.',
  'publicProfile.since': 'Member since {date}',
  'publicProfile.noBio': 'No introduction yet.',
  'publicProfile.expertise': 'Verified expertise',
  'publicProfile.noExpertise': 'No verified expertise yet.',
  'publicProfile.edit': 'Edit your profile',
};
