import type { nlEmail } from './nl-email';

/** English texts of the email verification and change screens (see ./email.ts). */
export const enEmail: Record<keyof typeof nlEmail, string> = {
  'email.verifyTitle': 'Confirm email address',
  'email.verifying': 'Confirming your email address…',
  'email.verified': 'Your email address is confirmed. You can now take part in communities.',
  'email.verifyInvalid': 'This link does not work: it was used already or belongs to another address than your current one.',
  'email.verifyExpired': 'This link has expired: it works for three days.',
  'email.askNew': 'Log in and choose "Send again" for a new link.',
  'email.noToken': 'Open this page with the link from the mail.',
  'email.toHome': 'To the front page',
  'email.confirmTitle': 'Confirm new email address',
  'email.confirming': 'Moving your account to the new address…',
  'email.confirmed': 'Your account now uses this new email address. Log in with it from now on.',
  'email.confirmInvalid': 'This link does not work: it was used already or is not one of ours.',
  'email.confirmExpired': 'This link has expired: it works for a day. Ask for the change again in your profile.',
  'email.confirmTaken': 'Another account uses this address by now, so your address stays as it was.',
  'email.changeTitle': 'Change email address',
  'email.current': 'Your email address is {email}.',
  'email.newEmail': 'New email address',
  'email.password': 'Your password',
  'email.passwordMissing': 'Enter your password.',
  'email.passwordWrong': 'This is not your password.',
  'email.unchanged': 'This is your address already.',
  'email.changeSubmit': 'Send the confirmation',
  'email.changeSent': 'We sent a link to {email}. Your address only changes once you open that link; it works for a day.',
};
