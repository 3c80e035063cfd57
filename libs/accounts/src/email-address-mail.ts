import { EntityManager } from 'typeorm';
import type { AccountMail } from './account-mail';

type Mail = Record<'nl' | 'en', AccountMail>;

export function verifyEmailMail(link: string): Mail {
  return {
    nl: {
      subject: 'Bevestig je e-mailadres voor Waardenet',
      text:
        `Welkom bij Waardenet! Bevestig dat dit jouw e-mailadres is via deze link (hij werkt één keer en drie dagen lang):\n${link}\n\n` +
        `Tot je dat gedaan hebt, kun je lezen en je profiel bijwerken, maar nog niet meedoen in gemeenschappen.\n` +
        `Maakte je geen account aan? Dan kun je deze mail negeren.\n`,
    },
    en: {
      subject: 'Confirm your email address for Waardenet',
      text:
        `Welcome to Waardenet! Confirm that this is your email address with this link (it works once, for three days):\n${link}\n\n` +
        `Until then you can read and edit your profile, but not yet take part in communities.\n` +
        `Did not make an account? Then ignore this mail.\n`,
    },
  };
}

export function confirmEmailChangeMail(link: string): Mail {
  return {
    nl: {
      subject: 'Bevestig je nieuwe e-mailadres voor Waardenet',
      text:
        `Iemand (hopelijk jij) wil dit adres gebruiken voor een Waardenet-account.\n` +
        `Bevestig het via deze link; hij werkt één keer en een dag lang:\n${link}\n\n` +
        `Vroeg je dit niet? Dan kun je deze mail negeren: er verandert niets.\n`,
    },
    en: {
      subject: 'Confirm your new email address for Waardenet',
      text:
        `Someone (hopefully you) wants to use this address for a Waardenet account.\n` +
        `Confirm it with this link; it works once, for a day:\n${link}\n\n` +
        `Did not ask for this? Then ignore this mail: nothing changes.\n`,
    },
  };
}

/** Sent instead of the confirmation when the new address has an account already: the asker is not told which mail went out. */
export function addressTakenMail(publicUrl: string): Mail {
  return {
    nl: {
      subject: 'Iemand wilde dit adres gebruiken voor Waardenet',
      text:
        `Iemand vroeg om een Waardenet-account over te zetten naar dit adres, maar er is al een account met dit adres.\n` +
        `Er is niets veranderd. Was jij het? Meld je dan aan met dit adres: ${publicUrl}/login\n` +
        `Wachtwoord vergeten? Op die pagina kun je een nieuw kiezen.\n`,
    },
    en: {
      subject: 'Someone wanted to use this address for Waardenet',
      text:
        `Someone asked to move a Waardenet account to this address, but this address has an account already.\n` +
        `Nothing changed. Was it you? Then sign in with this address: ${publicUrl}/login\n` +
        `Forgot your password? That page lets you choose a new one.\n`,
    },
  };
}

export function emailChangeRequestedNotice(newEmail: string): Mail {
  return {
    nl: {
      subject: 'Je Waardenet-account krijgt misschien een ander e-mailadres',
      text:
        `Er is gevraagd het e-mailadres van je Waardenet-account te veranderen in ${newEmail}.\n` +
        `Dat gebeurt pas als de link in de mail aan dat adres gebruikt wordt.\n` +
        `Was jij dit niet? Kies dan meteen een nieuw wachtwoord: iemand anders kent het jouwe.\n`,
    },
    en: {
      subject: 'Your Waardenet account may get another email address',
      text:
        `Someone asked to change your Waardenet account's email address to ${newEmail}.\n` +
        `That only happens once the link in the mail to that address is used.\n` +
        `Was this not you? Then choose a new password at once: someone else knows yours.\n`,
    },
  };
}

export function emailChangedNotice(newEmail: string): Mail {
  return {
    nl: {
      subject: 'Het e-mailadres van je Waardenet-account is veranderd',
      text:
        `Je Waardenet-account gebruikt vanaf nu het adres ${newEmail}; mails komen niet meer naar dit adres.\n` +
        `Was jij dit niet? Neem dan contact op met de beheerders van je bibliotheek.\n`,
    },
    en: {
      subject: "Your Waardenet account's email address changed",
      text:
        `Your Waardenet account uses the address ${newEmail} from now on; mails no longer come to this address.\n` +
        `Was this not you? Then contact your library's administrators.\n`,
    },
  };
}

/**
 * Queues an account mail (no notification behind it) to `to`, in the account's language (Dutch unless it
 * chose English). The link's token is in the text only until the mail is out (the worker then blanks it).
 */
export async function queueAccountMail(em: EntityManager, userId: string, to: string, mail: Mail): Promise<void> {
  await em.query(
    `INSERT INTO email_outbox (recipient_id, to_address, subject, text, next_attempt_at)
     SELECT u.id, $2, CASE WHEN s.locale = 'en' THEN $3 ELSE $5 END, CASE WHEN s.locale = 'en' THEN $4 ELSE $6 END, now()
       FROM users u LEFT JOIN notification_settings s ON s.user_id = u.id WHERE u.id = $1`,
    [userId, to, mail.en.subject, mail.en.text, mail.nl.subject, mail.nl.text],
  );
}
