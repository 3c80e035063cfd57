/** Dutch texts of the profile's data part (export and deletion), which loads on demand (see ./privacy.ts). */
export const nlPrivacy = {
  'privacy.exportTitle': 'Je gegevens',
  'privacy.exportIntro':
    'Download alles wat Waardenet over je account bewaart, in één bestand (JSON): je profiel, berichten met eerdere versies, lidmaatschappen, reacties, meldingen en meer.',
  'privacy.exportButton': 'Download mijn gegevens',
  'privacy.exportBusy': 'Je gegevens worden verzameld…',
  'privacy.exportDone': 'Je gegevens zijn gedownload.',
  'privacy.exportFailed': 'Het downloaden is niet gelukt. Probeer het later opnieuw.',
  'privacy.deleteTitle': 'Account verwijderen',
  'privacy.deleteIntro': 'Je kunt je account op elk moment verwijderen. Dat kan niet ongedaan worden gemaakt.',
  'privacy.deleteOpen': 'Account verwijderen…',
  'privacy.dialogTitle': 'Je account definitief verwijderen?',
  'privacy.dialogWhat': 'Wat er gebeurt:',
  'privacy.dialogSessions': 'Je wordt op al je apparaten afgemeld en kunt niet meer inloggen.',
  'privacy.dialogErased':
    'Je e-mailadres, naam, @naam, introductie en het bewijs bij je expertise worden gewist. Je e-mailadres kun je later opnieuw gebruiken.',
  'privacy.dialogPosts':
    'Je berichten blijven staan, met "verwijderd account" als schrijver, tenzij je hieronder kiest om ook de tekst te wissen.',
  'privacy.password': 'Je wachtwoord',
  'privacy.passwordMissing': 'Vul je wachtwoord in om te bevestigen.',
  'privacy.passwordWrong': 'Dit is niet je wachtwoord.',
  'privacy.removeContent': 'Wis ook de tekst van al mijn berichten en hun eerdere versies',
  'privacy.removeContentHint': 'Onderwerpen waarin alleen jij schreef verdwijnen helemaal; antwoorden van anderen blijven staan.',
  'privacy.confirm': 'Account definitief verwijderen',
  'privacy.deleted': 'Je account is verwijderd.',
} as const;
