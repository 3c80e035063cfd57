import type { ErrorCode } from './app-error';

/**
 * Every `extensions.reason` a refusal can carry, with its code and its message in Dutch and English.
 * Placeholders `{name}` are filled from the error's extensions (see localize.ts for the computed ones:
 * `{wait}` from retryAfter, `{field}` from fields, `{detail}` the thrown message); `{n|one|many}`
 * picks a word by the number `n`. docs/errors.md lists the same reasons (errors-catalogue.spec.ts).
 */
export interface ReasonEntry {
  code: ErrorCode;
  nl: string;
  en: string;
}

/** The reason of an error thrown without one: one per code, so `extensions.reason` is always there. */
export const GENERIC_REASONS: Record<ErrorCode, string> = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
};

const rateLimit = (nl: string, en: string): ReasonEntry => ({
  code: 'RATE_LIMITED',
  nl: `${nl} Probeer het over {wait} opnieuw.`,
  en: `${en} Try again in {wait}.`,
});

/** Not found, worded so that missing and not-yours-to-see read alike. */
const hidden = (nl: string, pronoun: 'het' | 'haar', en: string): ReasonEntry => ({
  code: 'NOT_FOUND',
  nl: `${nl} bestaat niet (meer), of je mag ${pronoun} niet zien.`,
  en: `${en} does not exist (any more), or you may not see it.`,
});
const gone = (nl: string, en: string): ReasonEntry => ({
  code: 'NOT_FOUND',
  nl: `${nl} bestaat niet (meer).`,
  en: `${en} does not exist (any more).`,
});
const notFound = (nl: string, en: string): ReasonEntry => ({ code: 'NOT_FOUND', nl, en });

export const REASONS = {
  // Generic, one per code: the thrown English sentence is specific; Dutch says what kind of refusal it is.
  BAD_USER_INPUT: { code: 'BAD_USER_INPUT', nl: 'Dit verzoek klopt niet: controleer wat je invulde.', en: '{detail}' },
  UNAUTHENTICATED: { code: 'UNAUTHENTICATED', nl: 'Je moet ingelogd zijn om dit te doen.', en: '{detail}' },
  FORBIDDEN: { code: 'FORBIDDEN', nl: 'Je mag dit niet doen.', en: '{detail}' },
  NOT_FOUND: { code: 'NOT_FOUND', nl: 'Dit bestaat niet (meer), of je mag het niet zien.', en: '{detail}' },
  CONFLICT: { code: 'CONFLICT', nl: 'Dit botst met iets wat er al is.', en: '{detail}' },
  RATE_LIMITED: { code: 'RATE_LIMITED', nl: 'Even rustig aan: probeer het zo opnieuw.', en: '{detail}' },
  INVALID_INPUT: { code: 'BAD_USER_INPUT', nl: 'Niet alles is goed ingevuld ({field}); zie de velden.', en: '{detail}' },
  INVALID_QUERY: { code: 'BAD_USER_INPUT', nl: 'Dit is geen geldige GraphQL-aanvraag: {detail}', en: '{detail}' },
  INVALID_VALUE: {
    code: 'BAD_USER_INPUT',
    nl: 'Een id of waarde in het verzoek is niet geldig.',
    en: 'An id or value in the request is not valid.',
  },
  CONCURRENT_CHANGE: {
    code: 'CONFLICT',
    nl: 'Dit botst met een wijziging van hetzelfde moment; probeer het opnieuw.',
    en: 'That conflicts with a change made at the same time; try again.',
  },

  // Library events (libs/events).
  EVENT_NOT_FOUND: {
    code: 'NOT_FOUND',
    nl: 'Deze activiteit bestaat niet (meer), of je mag haar niet zien.',
    en: 'This event does not exist (any more), or you may not see it.',
  },
  EVENT_CANCELLED: { code: 'CONFLICT', nl: 'Deze activiteit gaat niet door: ze is geannuleerd.', en: 'This event was cancelled.' },
  EVENT_OVER: { code: 'CONFLICT', nl: 'Deze activiteit is al voorbij.', en: 'This event is over.' },
  EVENT_IN_PAST: {
    code: 'BAD_USER_INPUT',
    nl: 'startsAt: kies een begintijd in de toekomst.',
    en: 'startsAt: choose a start time in the future.',
  },
  EVENT_PLACE_REQUIRED: {
    code: 'BAD_USER_INPUT',
    nl: 'location: vul een plaats in, een link om online mee te doen, of allebei.',
    en: 'location: give a place, a link to join online, or both.',
  },

  // Threads, posts and communities.
  // NOT_FOUND reasons name the kind of thing, never whether it exists: missing and not-yours-to-see read alike.
  COMMUNITY_NOT_FOUND: hidden('Deze gemeenschap', 'haar', 'This community'),
  THREAD_NOT_FOUND: hidden('Deze discussie', 'haar', 'This thread'),
  POST_NOT_FOUND: hidden('Dit bericht', 'het', 'This post'),
  REVISION_NOT_FOUND: notFound(
    'Deze eerdere versie van het bericht bestaat niet, of je mag haar niet zien.',
    'This revision of the post does not exist, or you may not see it.',
  ),
  MEMBERSHIP_NOT_FOUND: notFound(
    'Er is geen lidmaatschap van deze gemeenschap om dit mee te doen.',
    'There is no membership of this community to do this with.',
  ),
  JOIN_REQUEST_NOT_FOUND: notFound(
    'Er is geen openstaand verzoek om lid te worden van deze persoon.',
    'There is no pending request to join from that user.',
  ),
  THREAD_LOCKED: {
    code: 'FORBIDDEN',
    nl: 'Deze discussie is gesloten: er kunnen geen nieuwe reacties bij.',
    en: 'This thread is locked; no new replies are accepted.',
  },
  COMMUNITY_BANNED: { code: 'FORBIDDEN', nl: 'Je bent uitgesloten van deze gemeenschap.', en: 'You are banned from this community.' },
  NOT_A_MEMBER: {
    code: 'FORBIDDEN',
    nl: 'Alleen actieve leden van deze gemeenschap kunnen dit doen; word eerst lid.',
    en: 'Only active members of this community can do this; join it first.',
  },
  MEMBERS_ONLY: {
    code: 'FORBIDDEN',
    nl: 'Alleen leden van deze gemeenschap kunnen dit zien; vraag eerst of je lid mag worden.',
    en: 'Only members of this community can see this; ask to join first.',
  },
  INVITATION_REQUIRED: {
    code: 'FORBIDDEN',
    nl: 'Deze gemeenschap is besloten; je hebt een uitnodiging nodig om lid te worden.',
    en: 'This community is private; you need an invitation to join.',
  },
  ONLY_MODERATORS: {
    code: 'FORBIDDEN',
    nl: 'Alleen moderatoren van deze gemeenschap kunnen dit doen.',
    en: 'Only moderators of this community can do this.',
  },
  NOT_THE_AUTHOR: { code: 'FORBIDDEN', nl: 'Alleen de schrijver of een moderator mag dit met dit bericht doen.', en: '{detail}' },
  OWN_POST: { code: 'BAD_USER_INPUT', nl: 'Je kunt niet reageren op je eigen bericht.', en: 'You cannot react to your own post.' },
  POST_DELETED: {
    code: 'CONFLICT',
    nl: 'Dit bericht is verwijderd en kan niet meer worden bewerkt.',
    en: 'This post was deleted and can no longer be edited.',
  },
  SLUG_TAKEN: {
    code: 'CONFLICT',
    nl: 'Er is al een gemeenschap met de korte naam "{slug}"; kies een andere.',
    en: 'A community with the slug "{slug}" already exists; choose another.',
  },
  LAST_OWNER: {
    code: 'CONFLICT',
    nl: 'Je bent de enige eigenaar van deze gemeenschap; maak eerst iemand anders eigenaar voor je vertrekt.',
    en: 'You are the only owner of this community; make someone else owner before you leave.',
  },
  TARGET_IS_OWNER: { code: 'CONFLICT', nl: 'Dit kan niet met een eigenaar; maak hem of haar eerst gewoon lid.', en: '{detail}' },
  TARGET_IS_STAFF: {
    code: 'CONFLICT',
    nl: 'Medewerkers van de bibliotheek en platformbeheerders modereren deze gemeenschap; zij kunnen er niet van worden uitgesloten.',
    en: 'Library staff and platform admins moderate this community; they cannot be banned from it.',
  },
  ALREADY_MEMBER: { code: 'CONFLICT', nl: 'Deze persoon is al lid.', en: 'That user is already a member.' },
  INVITE_LINK_INVALID: notFound(
    'Deze uitnodigingslink werkt niet: hij is ingetrokken of bestaat niet.',
    'This invitation link does not work: it was revoked or does not exist.',
  ),
  INVITE_LINK_EXPIRED: {
    code: 'FORBIDDEN',
    nl: 'Deze uitnodigingslink is verlopen; vraag een moderator om een nieuwe.',
    en: 'This invitation link has expired; ask a moderator for a new one.',
  },
  INVITE_LINK_USED_UP: {
    code: 'FORBIDDEN',
    nl: 'Met deze uitnodigingslink zijn al zoveel mensen lid geworden als mocht; vraag een moderator om een nieuwe.',
    en: 'As many people as allowed have joined with this invitation link; ask a moderator for a new one.',
  },
  TARGET_BANNED: {
    code: 'CONFLICT',
    nl: 'Deze persoon is uitgesloten van deze gemeenschap; hef eerst de uitsluiting op.',
    en: 'That user is banned from this community; lift the ban first.',
  },
  OWN_CONTENT: { code: 'BAD_USER_INPUT', nl: 'Je kunt je eigen bericht of discussie niet signaleren.', en: '{detail}' },
  ALREADY_REPORTED: { code: 'CONFLICT', nl: 'Je hebt dit al gesignaleerd.', en: 'You already reported this.' },
  REPORT_RESOLVED: { code: 'CONFLICT', nl: 'Deze signalering is al afgehandeld.', en: 'This report is already resolved.' },
  MOD_LOG_PRIVATE: {
    code: 'FORBIDDEN',
    nl: 'Het moderatielogboek van deze gemeenschap is niet openbaar.',
    en: "This community's moderation log is not public.",
  },
  VISIBILITY_OWNERS_OR_STAFF_ONLY: {
    code: 'FORBIDDEN',
    nl: 'Alleen de eigenaren van de gemeenschap en de medewerkers van de bibliotheek kunnen de zichtbaarheid veranderen.',
    en: "Only the community's owners and the library's staff may change who can see the community.",
  },
  EMAIL_INVITATION_OTHER_ADDRESS: {
    code: 'FORBIDDEN',
    nl: 'Deze uitnodiging voor het team van de bibliotheek is naar een ander e-mailadres gestuurd; log in met dat adres om haar aan te nemen.',
    en: "This invitation to the library's staff was sent to another email address; sign in with that address to accept it.",
  },
  EMAIL_INVITATION_INVALID: {
    code: 'NOT_FOUND',
    nl: 'Deze uitnodiging is verlopen, al gebruikt of bestaat niet; vraag om een nieuwe.',
    en: 'This invitation has expired, was used already, or does not exist; ask for a new one.',
  },
  OWNERS_OR_STAFF_ONLY: {
    code: 'FORBIDDEN',
    nl: 'Alleen de eigenaren van de gemeenschap en de medewerkers van de bibliotheek kunnen moderatoren aanstellen of afzetten.',
    en: "Only the community's owners and the library's staff may make or unmake moderators.",
  },
  WATCHED_WORD_EXISTS: { code: 'CONFLICT', nl: 'Dit woord wordt hier al bewaakt.', en: '{detail}' },
  STAFF_ONLY: { code: 'FORBIDDEN', nl: 'Alleen medewerkers van deze bibliotheek mogen dit doen.', en: '{detail}' },
  ADMINS_ONLY: { code: 'FORBIDDEN', nl: 'Alleen platformbeheerders mogen dit doen.', en: '{detail}' },
  NO_ACCESS_RULE: {
    code: 'FORBIDDEN',
    nl: 'Deze handeling is gesloten: er is niet vastgelegd wie haar mag doen.',
    en: 'This operation is closed: it declares no access rule.',
  },
  ACTION_NOT_APPLICABLE: {
    code: 'CONFLICT',
    nl: 'Deze moderatieactie past niet bij hoe het nu staat: ze is al gedaan of geldt hier niet.',
    en: '{detail}',
  },
  WATCHED_WORD_NOT_FOUND: hidden('Dit bewaakte woord', 'het', 'This watched word'),
  BAN_NOT_FOUND: notFound('Deze persoon is niet uitgesloten van deze gemeenschap.', 'That user is not banned from this community.'),
  SUSPENSION_NOT_FOUND: notFound('Deze persoon is niet geschorst.', 'That user is not suspended.'),
  REPORT_NOT_FOUND: hidden('Deze signalering', 'haar', 'This report'),
  SLOW_MODE: {
    code: 'RATE_LIMITED',
    nl: 'Deze gemeenschap staat in de langzame modus: je kunt over {wait} weer iets plaatsen.',
    en: 'This community is in slow mode: you can post again in {wait}.',
  },
  WATCHED_WORD: {
    code: 'BAD_USER_INPUT',
    nl: 'De tekst bevat "{rule}", een woord dat hier niet is toegestaan.',
    en: 'The text contains "{rule}", a watched word that is not allowed here.',
  },
  TARGET_IS_MODERATOR: {
    code: 'FORBIDDEN',
    nl: 'Moderatoren kunnen niet optreden tegen een mede-moderator van deze gemeenschap (of diens berichten); vraag het de medewerkers van de bibliotheek.',
    en: "Moderators cannot act on a fellow moderator of this community (or their posts); ask the library's staff.",
  },
  COMMUNITY_NOT_PUBLIC: {
    code: 'FORBIDDEN',
    nl: 'Alleen een openbare gemeenschap heeft een openbaar moderatielogboek.',
    en: 'Only a public community has a public moderation log; its moderators read theirs with modLog.',
  },
  REVISIONS_PRIVATE: {
    code: 'FORBIDDEN',
    nl: 'De bewerkingsgeschiedenis van een bericht is voor de schrijver en de moderatoren van de gemeenschap.',
    en: "A post's edit history is for its author and the community's moderators.",
  },
  REVISION_REDACTED: { code: 'CONFLICT', nl: 'Deze versie is al onleesbaar gemaakt.', en: 'This revision was already redacted.' },
  REVISION_IS_CURRENT: {
    code: 'CONFLICT',
    nl: 'Dit is de huidige tekst van het bericht: bewerk eerst het bericht, maak dan deze versie onleesbaar.',
    en: "This is the post's current text: edit the post first, then redact this version.",
  },
  MARKDOWN_TOO_LONG: {
    code: 'BAD_USER_INPUT',
    nl: 'De tekst is te lang: hoogstens {limit} tekens.',
    en: 'The text is too long: at most {limit} characters.',
  },
  MARKDOWN_TOO_MANY_TABLE_CELLS: {
    code: 'BAD_USER_INPUT',
    nl: 'De tabellen zijn te groot: hoogstens {limit} cellen in totaal (rijen × kolommen, lege cellen meegeteld).',
    en: 'The tables are too large: at most {limit} cells in all (rows × columns, empty cells included).',
  },
  MARKDOWN_TOO_DEEP: {
    code: 'BAD_USER_INPUT',
    nl: 'Citaten en lijsten zitten te diep in elkaar: hoogstens {limit} niveaus.',
    en: 'Quotes and lists are nested too deeply: at most {limit} levels.',
  },
  MARKDOWN_TOO_MANY_LINKS: {
    code: 'BAD_USER_INPUT',
    nl: 'De tekst heeft te veel links: hoogstens {limit}.',
    en: 'The text has too many links: at most {limit}.',
  },
  MARKDOWN_OUTPUT_TOO_LARGE: {
    code: 'BAD_USER_INPUT',
    nl: 'De tekst wordt opgemaakt te groot (meer dan {kb} KB); gebruik minder of kortere links en tabellen.',
    en: 'The text would be too large once formatted (over {kb} KB); use fewer or shorter links and tables.',
  },
  FIRST_OUT_OF_RANGE: {
    code: 'BAD_USER_INPUT',
    nl: 'Vraag per pagina minstens 1 en hoogstens het toegestane aantal resultaten op (first).',
    en: '{detail}',
  },
  SEARCH_EMPTY: {
    code: 'BAD_USER_INPUT',
    nl: 'Typ iets om naar te zoeken.',
    en: 'Type something to search for.',
  },
  SEARCH_TOO_LONG: {
    code: 'BAD_USER_INPUT',
    nl: 'Deze zoekopdracht is te lang; maak hem korter.',
    en: '{detail}',
  },
  SUBSCRIBE_OVER_WS: {
    code: 'BAD_USER_INPUT',
    nl: 'Abonneer je via graphql-ws op /graphql; over HTTP kan dat niet.',
    en: '{detail}',
  },
  CURSOR_INVALID: {
    code: 'BAD_USER_INPUT',
    nl: 'De cursor is niet geldig; gebruik een cursor die de server gaf.',
    en: 'The cursor is not valid; use a cursor the server gave you.',
  },
  CURSOR_EXPIRED: {
    code: 'BAD_USER_INPUT',
    nl: 'Deze plek kan niet meer worden hervat: laad de pagina opnieuw.',
    en: 'This cursor can no longer be resumed: reload, then subscribe without `after`.',
  },
  LIVE_REPLAY_LIMIT: {
    code: 'RATE_LIMITED',
    nl: 'Te veel inhaalslagen tegelijk; probeer het zo opnieuw.',
    en: 'Too many catch-ups at once; try again in a moment.',
  },
  TOO_MANY_SUBSCRIPTIONS: {
    code: 'RATE_LIMITED',
    nl: 'Hoogstens {max} abonnementen per verbinding.',
    en: 'At most {max} subscriptions per connection.',
  },
  NUL_CHARACTER: {
    code: 'BAD_USER_INPUT',
    nl: 'Het verzoek bevat een onzichtbaar nulteken (U+0000); haal het weg en probeer het opnieuw.',
    en: 'The request contains a NUL character (U+0000); remove it and try again.',
  },
  LIVE_SUBSCRIPTION_LIMIT: {
    code: 'RATE_LIMITED',
    nl: 'Te veel live-abonnementen tegelijk (hoogstens {max}); probeer het over {wait} opnieuw.',
    en: '{detail}',
  },
  SUBSCRIPTION_TOO_COSTLY: {
    code: 'BAD_USER_INPUT',
    nl: 'Dit abonnement vraagt te veel per gebeurtenis (kosten {cost}, hoogstens {max}): vraag de eigen velden van de gebeurtenis en haal lijsten op via HTTP.',
    en: "This subscription asks for too much per event (cost {cost}, at most {max}): subscribe to the event's own fields and fetch lists over HTTP.",
  },
  INVALID_ID: { code: 'BAD_USER_INPUT', nl: 'De {param} in het adres is geen geldig id.', en: '{detail}' },
  INVALID_SLUG: { code: 'BAD_USER_INPUT', nl: 'De {param} in het adres is geen geldige naam.', en: '{detail}' },
  DUPLICATE: { code: 'BAD_USER_INPUT', nl: 'Dit record stond al eerder in het bestand.', en: 'This record appeared earlier in the file.' },

  // Accounts.
  ACCOUNT_SUSPENDED: {
    code: 'FORBIDDEN',
    nl: 'Je account is geschorst: je rechten als medewerker, moderator en beheerder staan stil tot de schorsing afloopt.',
    en: 'Your account is suspended: your staff, moderator and admin rights are paused until the suspension ends.',
  },
  SUSPENDED_READ_ONLY: {
    code: 'FORBIDDEN',
    nl: 'Je account is geschorst: je kunt openbare gemeenschappen lezen, maar niets schrijven of uploaden.',
    en: '{detail}',
  },
  SESSION_NOT_FOUND: notFound(
    'Deze sessie bestaat niet (meer), of is niet van jou.',
    'This session does not exist (any more), or is not yours.',
  ),
  USER_NOT_FOUND: gone('Deze gebruiker', 'This user'),
  WRONG_CREDENTIALS: {
    code: 'UNAUTHENTICATED',
    nl: 'Het e-mailadres of het wachtwoord klopt niet.',
    en: 'The email address or password is not correct.',
  },
  ACCOUNT_EXISTS: {
    code: 'CONFLICT',
    nl: 'Er bestaat al een account met dit e-mailadres.',
    en: 'An account with this email address already exists.',
  },
  REFRESH_TOKEN_INVALID: {
    code: 'UNAUTHENTICATED',
    nl: 'De vernieuwingstoken is niet geldig; log opnieuw in.',
    en: 'The refresh token is not valid; log in again.',
  },
  SESSION_ENDED: { code: 'UNAUTHENTICATED', nl: 'Deze sessie is beëindigd; log opnieuw in.', en: 'This session has ended; log in again.' },
  EMAIL_NOT_VERIFIED: {
    code: 'FORBIDDEN',
    nl: 'Bevestig eerst je e-mailadres: open de link in de mail die we je stuurden (of vraag een nieuwe aan).',
    en: 'Confirm your email address first: open the link in the mail we sent you (or ask for a new one).',
  },
  EMAIL_ALREADY_VERIFIED: { code: 'BAD_USER_INPUT', nl: 'Je e-mailadres is al bevestigd.', en: 'Your email address is confirmed already.' },
  EMAIL_VERIFICATION_OFF: {
    code: 'BAD_USER_INPUT',
    nl: 'Deze server verstuurt geen bevestigingsmails.',
    en: 'This server sends no confirmation mails.',
  },
  EMAIL_UNCHANGED: { code: 'BAD_USER_INPUT', nl: 'newEmail: is je huidige adres', en: 'newEmail: is your current address' },
  VERIFY_TOKEN_INVALID: {
    code: 'BAD_USER_INPUT',
    nl: 'Deze bevestigingslink werkt niet: hij is al gebruikt of komt niet van ons. Vraag een nieuwe aan via de balk bovenaan zodra je bent ingelogd.',
    en: 'This confirmation link does not work: it was used already or is not a link we sent. Ask for a new one from the banner once you are signed in.',
  },
  VERIFY_TOKEN_EXPIRED: {
    code: 'BAD_USER_INPUT',
    nl: 'Deze bevestigingslink is verlopen. Vraag een nieuwe aan via de balk bovenaan zodra je bent ingelogd.',
    en: 'This confirmation link has expired. Ask for a new one from the banner once you are signed in.',
  },
  EMAIL_CHANGE_TOKEN_INVALID: {
    code: 'BAD_USER_INPUT',
    nl: 'Deze link om een nieuw adres te bevestigen werkt niet: hij is al gebruikt of komt niet van ons. Vraag de wijziging opnieuw aan in je profiel.',
    en: 'This link to confirm a new address does not work: it was used already or is not a link we sent. Ask for the change again in your profile.',
  },
  EMAIL_CHANGE_TOKEN_EXPIRED: {
    code: 'BAD_USER_INPUT',
    nl: 'Deze link om een nieuw adres te bevestigen is verlopen. Vraag de wijziging opnieuw aan in je profiel.',
    en: 'This link to confirm a new address has expired. Ask for the change again in your profile.',
  },
  EMAIL_TAKEN: {
    code: 'CONFLICT',
    nl: 'Een ander account gebruikt dit e-mailadres inmiddels, dus het jouwe blijft zoals het was.',
    en: 'Another account uses this email address by now, so yours stays as it was.',
  },
  WRONG_PASSWORD: { code: 'BAD_USER_INPUT', nl: '{field}: is niet je wachtwoord', en: '{field}: is not your password' },
  PASSWORD_TOO_SHORT: {
    code: 'BAD_USER_INPUT',
    nl: '{field}: moet minstens {min} tekens lang zijn',
    en: '{field}: must be at least {min} characters long',
  },
  PASSWORD_TOO_LONG: {
    code: 'BAD_USER_INPUT',
    nl: '{field}: mag hoogstens {max} tekens lang zijn',
    en: '{field}: must be at most {max} characters long',
  },
  PASSWORD_BREACHED: {
    code: 'BAD_USER_INPUT',
    nl: '{field}: is een van de meest gebruikte wachtwoorden, die aanvallers het eerst proberen; kies een ander',
    en: '{field}: is one of the most common passwords, which attackers try first; choose another',
  },
  RESET_TOKEN_INVALID: {
    code: 'BAD_USER_INPUT',
    nl: 'Deze herstellink werkt niet meer: hij is al gebruikt of ouder dan een uur. Vraag een nieuwe aan.',
    en: 'This reset link no longer works: it was used already or is more than an hour old. Ask for a new one.',
  },
  REFRESH_TOKEN_REUSED: {
    code: 'UNAUTHENTICATED',
    nl: 'Deze vernieuwingstoken was al gebruikt, dus de sessie is voor de zekerheid beëindigd; log opnieuw in.',
    en: 'This refresh token was already used, so the session was ended for safety; log in again.',
  },
  TOTP_REQUIRED: {
    code: 'UNAUTHENTICATED',
    nl: 'Vul de code uit je authenticator-app in (of een van je herstelcodes).',
    en: 'Enter the code from your authenticator app (or one of your recovery codes).',
  },
  TOTP_INVALID: {
    code: 'UNAUTHENTICATED',
    nl: 'Deze code klopt niet; controleer of de klok van je app goed staat en probeer de volgende code.',
    en: '{detail}',
  },
  TOTP_NOT_SET_UP: {
    code: 'BAD_USER_INPUT',
    nl: 'Stel eerst tweestapsverificatie in: scan de QR-code en vul de code in die je app toont.',
    en: 'Set up two-step verification first: scan the QR code, then enter the code your app shows.',
  },
  TOTP_NOT_ENABLED: {
    code: 'BAD_USER_INPUT',
    nl: 'Tweestapsverificatie staat niet aan voor je account.',
    en: 'Two-step verification is not on for your account.',
  },
  TOTP_ALREADY_ENABLED: {
    code: 'CONFLICT',
    nl: 'Tweestapsverificatie staat al aan; zet het eerst uit (met je wachtwoord) om een andere app in te stellen.',
    en: 'Two-step verification is already on; turn it off first (with your password) to set up another app.',
  },
  TOTP_SETUP_REQUIRED: {
    code: 'FORBIDDEN',
    nl: 'Medewerkers en beheerders hebben hier tweestapsverificatie nodig: stel het in je profiel in en probeer het opnieuw.',
    en: 'Staff and admins need two-step verification on this platform: set it up in your profile, then try again.',
  },
  NOTHING_TO_CHANGE: {
    code: 'BAD_USER_INPUT',
    nl: 'Geef een weergavenaam, een bio of een taal om te wijzigen.',
    en: 'Give a display name, a bio or a language to change.',
  },
  BIO_TOO_LONG: { code: 'BAD_USER_INPUT', nl: 'bio: mag hoogstens 500 tekens lang zijn', en: 'bio: must be at most 500 characters long' },
  BIO_INVALID_CHARACTERS: {
    code: 'BAD_USER_INPUT',
    nl: 'bio: bevat een stuur- of tekstrichtingsteken; schrijf gewone tekst.',
    en: 'bio: holds a control or text-direction character; write plain text.',
  },
  DISPLAY_NAME_INVALID_CHARACTERS: {
    code: 'BAD_USER_INPUT',
    nl: 'displayName: bevat een onzichtbaar teken of stuurteken; gebruik letters, cijfers, spaties en leestekens.',
    en: '{detail}',
  },
  DISPLAY_NAME_IMPERSONATES_STAFF: {
    code: 'BAD_USER_INPUT',
    nl: 'displayName: lijkt op de naam van een medewerker van een bibliotheek; kies een andere naam.',
    en: "displayName: looks the same as the name of a member of a library's staff; choose another name.",
  },
  HANDLE_TAKEN: { code: 'CONFLICT', nl: 'Deze gebruikersnaam is bezet; kies een andere.', en: '{detail}' },
  HANDLE_CHANGE_TOO_SOON: {
    code: 'RATE_LIMITED',
    nl: 'Je wijzigde je gebruikersnaam minder dan een dag geleden; dat kan weer over {wait}.',
    en: '{detail}',
  },
  EXPORT_IN_PROGRESS: rateLimit(
    'Je gegevens worden al gedownload; wacht tot die download klaar is.',
    'Your data is already being downloaded; wait until that download has finished.',
  ),
  EXPORT_BUSY: rateLimit('Er lopen al andere downloads van accountgegevens.', 'Other downloads of account data are running.'),

  // Single sign-on (libs/sso) and names kept for deleted accounts.
  DISPLAY_NAME_RESERVED: {
    code: 'BAD_USER_INPUT',
    nl: 'displayName: dit is de naam die een verwijderd account krijgt; kies een andere naam.',
    en: 'displayName: is the name shown for a deleted account; choose another name.',
  },
  HANDLE_RESERVED: {
    code: 'BAD_USER_INPUT',
    nl: 'Deze gebruikersnaam is gereserveerd voor verwijderde accounts; kies een andere.',
    en: '{detail}',
  },
  SSO_NOT_AVAILABLE: notFound(
    'Deze bibliotheek biedt geen inloggen met een eigen account aan.',
    'This library does not offer signing in with its own account.',
  ),
  SSO_ISSUER_INVALID: {
    code: 'BAD_USER_INPUT',
    nl: 'issuer: moet een https://-adres zijn (http:// alleen voor localhost), zonder vraag of fragment.',
    en: '{detail}',
  },
  SSO_SECRET_REQUIRED: {
    code: 'BAD_USER_INPUT',
    nl: 'clientSecret: is nodig als je inloggen via de bibliotheek voor het eerst instelt.',
    en: '{detail}',
  },
  SSO_STATE_INVALID: {
    code: 'UNAUTHENTICATED',
    nl: 'Deze inlogpoging is verlopen, al gebruikt of in een andere browser begonnen; probeer het opnieuw.',
    en: 'This sign-in attempt has expired, was already used or began in another browser; try again.',
  },
  SSO_DENIED: {
    code: 'UNAUTHENTICATED',
    nl: 'Het inloggen bij je bibliotheek is afgebroken of geweigerd.',
    en: 'Signing in with your library was cancelled or refused.',
  },
  SSO_PROVIDER_UNAVAILABLE: {
    code: 'UNAUTHENTICATED',
    nl: 'De inlogdienst van je bibliotheek is nu niet bereikbaar; probeer het later opnieuw of log in met je wachtwoord.',
    en: "Your library's sign-in service cannot be reached now; try again later or log in with your password.",
  },
  SSO_LOGIN_FAILED: {
    code: 'UNAUTHENTICATED',
    nl: 'De inlogdienst van je bibliotheek bevestigde het inloggen niet; probeer het opnieuw.',
    en: "Your library's sign-in service did not confirm the sign-in; try again.",
  },
  SSO_EMAIL_MISSING: {
    code: 'UNAUTHENTICATED',
    nl: 'Je bibliotheek gaf geen e-mailadres door; zonder adres kan er geen account worden gekoppeld of gemaakt.',
    en: 'Your library passed on no email address; without one no account can be linked or made.',
  },
  SSO_EMAIL_NOT_VERIFIED: {
    code: 'UNAUTHENTICATED',
    nl: 'Er bestaat al een account met dit adres, maar je bibliotheek heeft het adres niet bevestigd; log in met je wachtwoord.',
    en: 'An account with this address exists, but your library has not verified the address; log in with your password.',
  },
  SSO_ACCOUNT_EMAIL_NOT_VERIFIED: {
    code: 'UNAUTHENTICATED',
    nl: 'Er bestaat al een account met dit adres dat nog niet bevestigd is; log in met je wachtwoord en bevestig je adres eerst.',
    en: 'An account with this address exists that has not been confirmed; log in with your password and confirm your address first.',
  },
  SSO_TOO_MANY_ATTEMPTS: {
    code: 'RATE_LIMITED',
    nl: 'Er lopen te veel onafgemaakte inlogpogingen via de bibliotheek vanaf je netwerk; probeer het over een paar minuten opnieuw.',
    en: 'Too many unfinished sign-ins with a library from your network; try again in a few minutes.',
  },
  SSO_TICKET_INVALID: {
    code: 'UNAUTHENTICATED',
    nl: 'Deze inloglink is verlopen of al gebruikt; log opnieuw in via je bibliotheek.',
    en: 'This sign-in link has expired or was already used; sign in with your library again.',
  },

  // Libraries and experts.
  EXPERTISE_NOT_FOUND: hidden('Deze deskundigheid', 'haar', 'This expertise'),
  EXPERTISE_NOT_VERIFIED: {
    code: 'FORBIDDEN',
    nl: 'Alleen wie door de bibliotheek van deze gemeenschap als deskundige is erkend, kan als deskundige lid worden; claim eerst je deskundigheid.',
    en: "Only people whose expertise this community's library verified may join as an expert; claim your expertise first.",
  },
  TOO_MANY_OPEN_CLAIMS: {
    code: 'CONFLICT',
    nl: 'Je hebt al het grootste aantal claims dat op beoordeling wacht; wacht tot een bibliotheek ernaar heeft gekeken.',
    en: '{detail}',
  },
  EXPERTISE_ALREADY_CLAIMED: {
    code: 'CONFLICT',
    nl: 'Je hebt deze deskundigheid al geclaimd, of ze is al erkend.',
    en: '{detail}',
  },
  RECLAIM_TOO_SOON: {
    code: 'CONFLICT',
    nl: 'Een bibliotheek wees deze claim kort geleden af; je kunt hem later opnieuw indienen.',
    en: '{detail}',
  },
  OWN_EXPERTISE: { code: 'FORBIDDEN', nl: 'Je kunt niet beslissen over je eigen deskundigheid; vraag een collega.', en: '{detail}' },
  NOT_YOUR_EXPERTISE: {
    code: 'FORBIDDEN',
    nl: 'Alleen wie deze deskundigheid heeft, kan haar intrekken; medewerkers wijzen claims af of trekken erkenning in.',
    en: '{detail}',
  },
  EXPERTISE_WRONG_STATE: {
    code: 'CONFLICT',
    nl: 'Dit kan niet meer met deze deskundigheid: ze is inmiddels erkend, afgewezen of ingetrokken.',
    en: '{detail}',
  },
  NOT_A_QUESTION: {
    code: 'BAD_USER_INPUT',
    nl: 'Alleen een vraag heeft een geaccepteerd antwoord; dit is een discussie.',
    en: 'Only a question has an accepted answer; this thread is a discussion.',
  },
  NOT_A_REPLY: {
    code: 'BAD_USER_INPUT',
    nl: 'Alleen een zichtbare reactie, niet de vraag zelf, kan het geaccepteerde antwoord zijn.',
    en: '{detail}',
  },
  NO_ACCEPTED_ANSWER: { code: 'CONFLICT', nl: 'Deze vraag heeft geen geaccepteerd antwoord.', en: 'This question has no accepted answer.' },
  NOT_THE_ASKER: { code: 'FORBIDDEN', nl: 'Alleen wie de vraag stelde of een moderator mag dit doen.', en: '{detail}' },
  LIBRARY_NOT_FOUND: gone('Deze bibliotheek', 'This library'),
  LIBRARY_SLUG_TAKEN: {
    code: 'CONFLICT',
    nl: 'Er is al een bibliotheek met deze korte naam; kies een andere.',
    en: '{detail}',
  },
  STAFF_MEMBER_NOT_FOUND: notFound(
    'Deze persoon is geen medewerker van deze bibliotheek.',
    'That user is not on the staff of this library.',
  ),
  CATALOGUE_ITEM_NOT_FOUND: notFound('Dit boek of item staat niet in de catalogus.', 'This item is not in the catalogue.'),
  ITEM_ALREADY_LINKED: {
    code: 'CONFLICT',
    nl: 'Deze discussie gaat al over dit item.',
    en: 'This thread is already about that item.',
  },
  ITEM_NOT_LINKED: {
    code: 'CONFLICT',
    nl: 'Deze discussie gaat niet over dit item.',
    en: 'This thread is not about that item.',
  },
  TOO_MANY_ITEMS: {
    code: 'CONFLICT',
    nl: 'Een discussie kan over een beperkt aantal items gaan; ontkoppel er eerst een.',
    en: '{detail}',
  },
  NOT_LIBRARY_STAFF: {
    code: 'FORBIDDEN',
    nl: 'Alleen medewerkers van een bibliotheek mogen dit doen.',
    en: '{detail}',
  },
  NOT_NATIONAL_EDITOR: {
    code: 'FORBIDDEN',
    nl: 'Alleen de landelijke redactie van deze gemeenschap mag dit doen.',
    en: '{detail}',
  },
  NATIONAL_STAFF_ONLY: {
    code: 'FORBIDDEN',
    nl: 'Alleen medewerkers van de landelijke stichting en platformbeheerders mogen het landelijke overzicht zien.',
    en: '{detail}',
  },
  WEEKS_OUT_OF_RANGE: {
    code: 'BAD_USER_INPUT',
    nl: 'Het aantal weken valt buiten wat kan.',
    en: '{detail}',
  },
  ACADEMY_STAFF_ONLY: {
    code: 'FORBIDDEN',
    nl: 'De Academie is voor bibliotheekmedewerkers: alleen medewerkers van een bibliotheek en platformbeheerders lezen de cursussen.',
    en: 'The Academy is for library staff: only the staff of a library and platform admins read its courses.',
  },
  ACADEMY_NATIONAL_STAFF_ONLY: {
    code: 'FORBIDDEN',
    nl: 'Alleen medewerkers van de landelijke stichting en platformbeheerders schrijven en publiceren cursussen.',
    en: 'Only the national foundation’s staff and platform admins write and publish courses.',
  },
  ACADEMY_LIBRARY_STAFF_ONLY: {
    code: 'FORBIDDEN',
    nl: 'Alleen medewerkers van een bibliotheek volgen de cursussen van de Academie.',
    en: 'Only the staff of a library take the Academy’s courses.',
  },
  PROGRAMME_TARGETS_ADMINS_ONLY: {
    code: 'FORBIDDEN',
    nl: 'Alleen beheerders van de landelijke stichting en platformbeheerders passen de doelen van het programma aan.',
    en: 'Only the national foundation’s admins and platform admins change the programme’s targets.',
  },
  COURSE_NOT_FOUND: hidden('Deze cursus', 'haar', 'This course'),
  COURSE_MODULE_NOT_FOUND: gone('Deze module van de cursus', 'This module of the course'),
  COURSE_IMAGE_INVALID: {
    code: 'BAD_USER_INPUT',
    nl: 'De afbeelding moet een https-adres zijn of een hier geüploade afbeelding (/media/…).',
    en: 'The image must be an https address or an image uploaded here (/media/…).',
  },
  COURSE_IMAGE_ALT_REQUIRED: {
    code: 'BAD_USER_INPUT',
    nl: 'Een afbeelding heeft een tekst nodig die zegt wat erop staat.',
    en: 'An image needs a text saying what it shows.',
  },
  COURSE_QUESTION_INVALID: {
    code: 'BAD_USER_INPUT',
    nl: 'Het goede antwoord van een vraag moet een van de antwoordmogelijkheden zijn.',
    en: 'The right answer of a question must be one of its options.',
  },
  COURSE_ANSWERS_MISMATCH: {
    code: 'BAD_USER_INPUT',
    nl: 'Geef bij elke vraag van deze module één antwoord.',
    en: 'Give one answer to each question of this module.',
  },
  CHAPTER_EXISTS: {
    code: 'CONFLICT',
    nl: 'Deze bibliotheek heeft al een afdeling van deze landelijke gemeenschap.',
    en: '{detail}',
  },
  // National templates and campaigns, and the onboarding checklist (libs/templates).
  NATIONAL_TEMPLATES_ONLY: {
    code: 'FORBIDDEN',
    nl: 'Alleen medewerkers van de landelijke stichting en platformbeheerders mogen sjablonen en campagnes publiceren.',
    en: '{detail}',
  },
  TEMPLATE_NOT_FOUND: {
    code: 'NOT_FOUND',
    nl: 'Dit sjabloon of deze campagne bestaat niet (meer).',
    en: 'This template or campaign does not exist (any more).',
  },
  CAMPAIGN_NOT_RUNNING: {
    code: 'CONFLICT',
    nl: 'Deze campagne loopt nu niet: je kunt haar alleen in haar periode overnemen.',
    en: '{detail}',
  },
  TEMPLATE_ALREADY_ADOPTED: {
    code: 'CONFLICT',
    nl: 'Deze bibliotheek heeft dit sjabloon of deze campagne al overgenomen.',
    en: '{detail}',
  },
  ONBOARDING_STEP_FROM_FACTS: {
    code: 'BAD_USER_INPUT',
    nl: 'Deze stap is klaar zodra hij gedaan is; alleen uitnodigingen per e-mail kun je zelf afvinken.',
    en: '{detail}',
  },
  ONBOARDING_INCOMPLETE: {
    code: 'CONFLICT',
    nl: 'Nog niet alle stappen zijn klaar.',
    en: '{detail}',
  },
  CONTENT_ITEM_NOT_FOUND: gone('Dit item uit de contentbank', 'This content item'),
  SYNDICATION_NOT_FOUND: hidden('Dit voorstel voor de landelijke gemeenschap', 'het', 'This syndication'),
  ALREADY_SYNDICATED: {
    code: 'CONFLICT',
    nl: 'Deze discussie is al voorgesteld aan, of staat al in, de landelijke gemeenschap.',
    en: 'This thread is already proposed to, or shown in, the national community.',
  },
  SYNDICATION_NOT_PUBLIC: {
    code: 'FORBIDDEN',
    nl: 'Alleen discussies uit een openbare gemeenschap kunnen naar een andere Waardenet.',
    en: 'Only threads of a PUBLIC community can go to another server.',
  },
  SYNDICATION_NOT_FEDERATED: {
    code: 'FORBIDDEN',
    nl: 'Zet eerst federatie aan voor deze gemeenschap: alleen discussies uit een gefedereerde gemeenschap kunnen naar een andere Waardenet.',
    en: "Switch federation on for this community first: only a federated community's threads go to another server.",
  },
  SYNDICATION_NOT_VISIBLE: {
    code: 'FORBIDDEN',
    nl: 'Alleen een zichtbare discussie (niet in afwachting, verborgen of verwijderd) kan worden doorgeplaatst.',
    en: 'Only a visible thread (not pending, hidden or removed) can be syndicated.',
  },
  SYNDICATION_DECIDED_ELSEWHERE: {
    code: 'FORBIDDEN',
    nl: 'Over dit voorstel beslist de landelijke redactie op de andere server.',
    en: 'The national editors of the other server decide on this proposal.',
  },
  FEDERATION_UNAVAILABLE: {
    code: 'FORBIDDEN',
    nl: 'Deze server federeert niet, dus kan niets naar een andere server sturen.',
    en: 'This server does not federate.',
  },
  SYNDICATION_WRONG_STATE: {
    code: 'CONFLICT',
    nl: 'Over dit voorstel is al beslist.',
    en: '{detail}',
  },
  ORIGINAL_NOT_PUBLIC: {
    code: 'CONFLICT',
    nl: 'De oorspronkelijke discussie is niet meer openbaar en zichtbaar in haar afdeling, dus ze kan niet worden overgenomen.',
    en: '{detail}',
  },
  IMPORT_FILE_INVALID: {
    code: 'BAD_USER_INPUT',
    nl: 'Het catalogusbestand kon niet worden gelezen; controleer het bestand.',
    en: '{detail}',
  },
  LIBRARY_REQUIRED: {
    code: 'BAD_USER_INPUT',
    nl: 'Deze claim noemt geen bibliotheek; zeg welke bibliotheek ervoor instaat.',
    en: 'This claim names no library; say which library vouches for it.',
  },
  CLAIM_AT_OTHER_LIBRARY: {
    code: 'BAD_USER_INPUT',
    nl: 'Deze claim is bij een andere bibliotheek gedaan; daar wordt erover beslist.',
    en: 'This claim was made at another library; it is decided in that library’s name.',
  },

  // Browser notifications (Web Push).
  PUSH_UNAVAILABLE: {
    code: 'FORBIDDEN',
    nl: 'Deze server stuurt geen browsermeldingen.',
    en: 'This server sends no browser notifications.',
  },
  PUSH_ENDPOINT_NOT_ALLOWED: {
    code: 'BAD_USER_INPUT',
    nl: 'endpoint: is niet het adres van een bekende pushdienst van een browser.',
    en: 'endpoint: is not the address of a known browser push service.',
  },
  PUSH_KIND_NOT_ALLOWED: {
    code: 'BAD_USER_INPUT',
    nl: 'kinds: alleen vermeldingen en reacties kunnen als browsermelding komen.',
    en: 'kinds: only mentions and replies can come as browser notifications.',
  },

  // Media: uploads (POST /api/media) and images in posts (libs/media, docs/limits.md "Media").
  MEDIA_TYPE: {
    code: 'BAD_USER_INPUT',
    nl: 'Dit bestand is geen afbeelding die we aannemen (JPEG, PNG, WebP, AVIF of GIF; PDF alleen van medewerkers van de bibliotheek), of het is beschadigd.',
    en: '{detail}',
  },
  MEDIA_TOO_LARGE: {
    code: 'BAD_USER_INPUT',
    nl: 'Dit bestand is te groot (te veel bytes of te veel beeldpunten); verklein het en probeer het opnieuw.',
    en: '{detail}',
  },
  MEDIA_ALT_REQUIRED: {
    code: 'BAD_USER_INPUT',
    nl: 'Elke afbeelding heeft een beschrijving (alt-tekst) nodig voor wie haar niet kan zien: zet die tussen de vierkante haken, ![zo](…).',
    en: 'Every image needs a description (alt text) for readers who cannot see it: write it between the square brackets, ![like this](…).',
  },
  MEDIA_NOT_FOUND: hidden('Dit bestand', 'het', 'This file'),
  PREVIEW_IMAGE_NOT_FOUND: gone('Deze voorbeeldafbeelding', 'This preview image'),
  MEDIA_SIZE_NOT_FOUND: notFound('Dit bestand bestaat niet in deze grootte.', 'This file does not exist in that size.'),
  MEDIA_NOT_YOURS: {
    code: 'FORBIDDEN',
    nl: 'Een bericht kan alleen bestanden tonen die de schrijver voor deze gemeenschap uploadde en nog niet in een ander bericht gebruikte; upload het bestand hier opnieuw.',
    en: '{detail}',
  },
  MEDIA_TOO_MANY: {
    code: 'BAD_USER_INPUT',
    nl: 'Een bericht kan hoogstens {limit} bestanden tonen.',
    en: 'A post may show at most {limit} uploads.',
  },
  EMAIL_INVITATIONS_PER_DAY: {
    code: 'RATE_LIMITED',
    nl: 'Je kunt hoogstens {limit} uitnodigingen per e-mail per dag versturen. Probeer het over {wait} opnieuw.',
    en: '{detail}',
  },
  MEDIA_QUOTA_DAY: {
    code: 'RATE_LIMITED',
    nl: 'Je hebt het maximum aan uploads voor vandaag bereikt. Probeer het over {wait} opnieuw.',
    en: '{detail}',
  },
  MEDIA_QUOTA_LIBRARY: {
    code: 'FORBIDDEN',
    nl: 'De opslag voor afbeeldingen van deze bibliotheek is vol; de medewerkers kunnen oude berichten verwijderen of de platformbeheerders om meer ruimte vragen.',
    en: '{detail}',
  },
  MEDIA_BUSY: {
    code: 'RATE_LIMITED',
    nl: 'Er worden nu te veel afbeeldingen tegelijk verwerkt. Probeer het over {wait} opnieuw.',
    en: 'Too many images are being processed right now. Try again in {wait}.',
  },

  // Federation (libs/federation): communities switched on, the blocklist, remote communities.
  FEDERATION_PUBLIC_ONLY: {
    code: 'FORBIDDEN',
    nl: 'Alleen openbare gemeenschappen kunnen met andere servers verbonden worden (federatie).',
    en: 'Only public communities can federate.',
  },
  BLOCKED_SERVER_NOT_FOUND: notFound('Deze server staat niet op de blokkeerlijst.', 'That server is not on the blocklist.'),
  INSTANCE_ALREADY_BLOCKED: { code: 'CONFLICT', nl: 'Deze server staat al op de blokkeerlijst.', en: 'That server is blocked already.' },
  INSTANCE_BLOCKED: {
    code: 'FORBIDDEN',
    nl: 'Deze server verbindt niet met die andere server (die staat op de blokkeerlijst).',
    en: 'This server does not federate with that one.',
  },
  REMOTE_HANDLE_INVALID: {
    code: 'BAD_USER_INPUT',
    nl: 'handle: schrijf het adres als naam@server, bijvoorbeeld boeken@bibliotheek.example.org.',
    en: 'handle: write it as name@host, e.g. boeken@bibliotheek.example.org.',
  },
  REMOTE_HANDLE_LOCAL: {
    code: 'BAD_USER_INPUT',
    nl: 'handle: deze gemeenschap staat op deze server; word hier lid.',
    en: 'handle: that community is on this server; join it here.',
  },
  REMOTE_COMMUNITY_NOT_FOUND: notFound(
    'Onder dat adres vonden we geen gemeenschap (of de server is niet bereikbaar).',
    'No community was found under that handle (or its server cannot be reached).',
  ),
  REMOTE_COMMUNITY_UNKNOWN: notFound(
    'Deze gemeenschap op een andere server kennen we niet (meer).',
    'That community on another server is not known here (any more).',
  ),
  REMOTE_POST_NOT_FOUND: hidden('Dit bericht van een andere server', 'het', 'This post from another server'),
  REMOTE_FOLLOW_NOT_FOUND: notFound('Je volgt deze gemeenschap niet.', 'You do not follow that community.'),
  REMOTE_NOT_FOLLOWING: {
    code: 'FORBIDDEN',
    nl: 'Volg deze gemeenschap eerst om erop te reageren.',
    en: 'Follow this community first to reply to it.',
  },

  // The rate-limit guard, one reason per rule (docs/limits.md).
  RATE_LIMITED_LOGIN: rateLimit('Te veel inlogpogingen voor dit account.', 'Too many login attempts for this account.'),
  RATE_LIMITED_LOGIN_NETWORK: rateLimit('Te veel inlogpogingen vanaf je netwerk.', 'Too many login attempts from your network.'),
  RATE_LIMITED_REGISTER: rateLimit(
    'Er zijn te veel nieuwe accounts gemaakt vanaf je netwerk.',
    'Too many new accounts were made from your network.',
  ),
  RATE_LIMITED_SEARCH: rateLimit('Te veel zoekopdrachten vanaf je netwerk.', 'Too many searches from your network.'),
  RATE_LIMITED_THREADS: rateLimit(
    'Je schrijft te snel discussies (hoogstens {limit} {limit|discussie|discussies} per {per}).',
    'You are writing threads too quickly (at most {limit} {limit|thread|threads} per {per}).',
  ),
  RATE_LIMITED_POSTS: rateLimit(
    'Je schrijft te snel berichten (hoogstens {limit} {limit|bericht|berichten} per {per}).',
    'You are writing posts too quickly (at most {limit} {limit|post|posts} per {per}).',
  ),
  RATE_LIMITED_NEW_ACCOUNT_THREADS: rateLimit(
    'Nieuwe accounts mogen op hun eerste dag {limit} {limit|discussie|discussies} per {per} schrijven.',
    'New accounts may write {limit} {limit|thread|threads} per {per} on their first day.',
  ),
  RATE_LIMITED_NEW_ACCOUNT_POSTS: rateLimit(
    'Nieuwe accounts mogen op hun eerste dag {limit} {limit|bericht|berichten} per {per} schrijven.',
    'New accounts may write {limit} {limit|post|posts} per {per} on their first day.',
  ),
  TOO_MANY_PREVIEWS: rateLimit(
    'Je vraagt te snel voorbeelden op (hoogstens {limit} per {per}).',
    'You are asking for previews too quickly (at most {limit} {limit|preview|previews} per {per}).',
  ),
  TOO_MANY_REACTIONS: rateLimit(
    'Je reageert te snel (hoogstens {limit} {limit|reactie|reacties} per {per}, terugnemen meegeteld).',
    'You are reacting too quickly (at most {limit} {limit|reaction|reactions} per {per}, taking one back included).',
  ),
  RATE_LIMITED_PASSWORD_RESET: rateLimit(
    'Te veel verzoeken om een nieuw wachtwoord vanaf je netwerk.',
    'Too many password reset requests from your network.',
  ),
  RATE_LIMITED_VERIFICATION_MAILS: rateLimit('Je vroeg te veel bevestigingsmails aan.', 'Too many confirmation mails asked for.'),
  RATE_LIMITED_EMAIL_CHANGES: rateLimit('Je vroeg te veel adreswijzigingen aan.', 'Too many address changes asked for.'),
  RATE_LIMITED_REQUESTS: rateLimit('Te veel verzoeken vanaf je netwerk.', 'Too many requests from your network.'),
} satisfies Record<string, ReasonEntry>;

export type Reason = keyof typeof REASONS;

export const isReason = (reason: unknown): reason is Reason =>
  typeof reason === 'string' && Object.prototype.hasOwnProperty.call(REASONS, reason);
