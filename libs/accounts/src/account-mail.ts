/** An account mail's words, in Dutch (the default) and English: the account's language picks one when it is queued. */
export interface AccountMail {
  subject: string;
  text: string;
}

export function passwordResetMail(link: string): Record<'nl' | 'en', AccountMail> {
  return {
    nl: {
      subject: 'Kies een nieuw wachtwoord voor Waardenet',
      text:
        `Iemand (hopelijk jij) vroeg om een nieuw wachtwoord voor je Waardenet-account.\n` +
        `Kies het via deze link; hij werkt één keer en een uur lang:\n${link}\n\n` +
        `Vroeg je dit niet? Dan kun je deze mail negeren: je wachtwoord blijft zoals het is.\n`,
    },
    en: {
      subject: 'Choose a new password for Waardenet',
      text:
        `Someone (hopefully you) asked for a new password for your Waardenet account.\n` +
        `Choose it with this link; it works once, for an hour:\n${link}\n\n` +
        `Did not ask for this? Then ignore this mail: your password stays as it is.\n`,
    },
  };
}
