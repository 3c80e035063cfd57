import { registerEnumType } from '@nestjs/graphql';

/**
 * A member's language: their mail (notifications, digests, account mails) and their preferred language in the
 * profile. Dutch unless they choose English. Here in core because accounts (the profile) and notifications (mail) share it.
 */
export enum Locale {
  NL = 'nl',
  EN = 'en',
}
registerEnumType(Locale, {
  name: 'Locale',
  description: 'NL (Dutch, the default) or EN (English): your preferred language, also of your notification mail.',
});
