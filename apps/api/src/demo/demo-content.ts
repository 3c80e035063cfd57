import { Visibility } from '@waardenet/communities';
import { LibraryKind, StaffRole } from '@waardenet/libraries';
import { ThreadKind } from '@waardenet/threads';

/** Every demo account shares this password (README.md lists the logins). */
export const DEMO_PASSWORD = 'waardenet-demo';

export const DEMO_USERS = [
  { key: 'admin', email: 'admin@waardenet.demo', displayName: 'Anna de Vries (beheer)', isPlatformAdmin: true },
  { key: 'manager', email: 'beheerder@waardenet.demo', displayName: 'Mohamed El Amrani (Bibliotheek Utrecht)', isPlatformAdmin: false },
  { key: 'expert', email: 'expert@waardenet.demo', displayName: 'Dr. Sanne Bakker', isPlatformAdmin: false },
  { key: 'citizen', email: 'lezer@waardenet.demo', displayName: 'Joost Jansen', isPlatformAdmin: false },
] as const;
export type DemoUser = (typeof DEMO_USERS)[number]['key'];

export const DEMO_LIBRARIES = [
  {
    key: 'national',
    slug: 'bibliotheek-nl',
    name: 'Stichting Bibliotheek.nl',
    kind: LibraryKind.NATIONAL,
    staff: [['admin', StaffRole.ADMIN]],
  },
  {
    key: 'utrecht',
    slug: 'bibliotheek-utrecht',
    name: 'Bibliotheek Utrecht',
    kind: LibraryKind.LOCAL,
    staff: [['manager', StaffRole.COMMUNITY_MANAGER]],
  },
  { key: 'rotterdam', slug: 'bibliotheek-rotterdam', name: 'Bibliotheek Rotterdam', kind: LibraryKind.LOCAL, staff: [] },
] as const;

export const DEMO_COMMUNITIES = [
  {
    library: 'national',
    owner: 'admin',
    slug: 'klimaat-en-duurzaamheid',
    name: 'Klimaat & duurzaamheid',
    theme: 'klimaat',
    visibility: Visibility.PUBLIC,
    description: 'Landelijk themanetwerk over klimaat, energie en duurzaam leven, met bronnen uit de collectie.',
    members: ['expert', 'citizen'],
  },
  {
    library: 'utrecht',
    owner: 'manager',
    slug: 'utrechtse-geschiedenis',
    name: 'Utrechtse geschiedenis',
    theme: 'lokale geschiedenis',
    visibility: Visibility.PUBLIC,
    description: 'Verhalen, foto’s en bronnen over de geschiedenis van Utrecht en omgeving.',
    members: ['expert', 'citizen'],
  },
  {
    library: 'utrecht',
    owner: 'manager',
    slug: 'leesclub-thrillers',
    name: 'Leesclub Thrillers',
    theme: 'lezen',
    visibility: Visibility.RESTRICTED,
    description: 'Een leesclub voor liefhebbers van spannende boeken. Aanmelden na goedkeuring.',
    members: ['citizen'],
  },
  {
    library: 'utrecht',
    owner: 'manager',
    slug: 'schrijfgroep-utrecht',
    name: 'Schrijfgroep Utrecht',
    theme: 'schrijven',
    visibility: Visibility.PRIVATE,
    description: 'Besloten groep voor deelnemers aan de schrijfcursus.',
    members: [],
  },
  {
    library: 'rotterdam',
    owner: 'admin',
    slug: 'digitale-vaardigheden',
    name: 'Digitale vaardigheden',
    theme: 'digitaal',
    visibility: Visibility.PUBLIC,
    description: 'Vragen en tips over computers, telefoons en veilig internetten.',
    members: ['citizen'],
  },
] as const;

export const DEMO_THREADS = [
  {
    community: 'utrechtse-geschiedenis',
    author: 'citizen',
    kind: ThreadKind.QUESTION,
    title: 'Wie weet meer over de Bijlhouwerstraat rond 1900?',
    body: 'Mijn overgrootvader had een **smederij** in de Bijlhouwerstraat. Zijn er foto’s of adresboeken uit die tijd in de collectie?',
    replies: [
      [
        'expert',
        'In de *Utrechtse adresboeken* van 1895–1910 staan alle ambachtslieden per straat. De bibliotheek heeft ze gedigitaliseerd.',
      ],
      ['manager', 'Goede tip! We hebben ook een fotoboek over de binnenstad; ik zet het klaar bij de balie.'],
      ['citizen', 'Dank jullie wel, ik ga zaterdag kijken.'],
    ],
  },
  {
    community: 'klimaat-en-duurzaamheid',
    author: 'expert',
    kind: ThreadKind.DISCUSSION,
    title: 'Leestips: klimaatboeken voor beginners',
    body: 'Welke boeken raden jullie aan voor iemand die net begint met lezen over klimaatverandering?',
    replies: [['citizen', 'Ik vond *De klimaatcrisis in 100 vragen* heel toegankelijk.']],
  },
  {
    community: 'leesclub-thrillers',
    author: 'manager',
    kind: ThreadKind.DISCUSSION,
    title: 'Boek van de maand: welke thriller lezen we in december?',
    body: 'Stem hieronder op je favoriet voor de decemberbijeenkomst.',
    replies: [['citizen', 'Ik stem voor een Scandinavische thriller!']],
  },
  {
    community: 'digitale-vaardigheden',
    author: 'citizen',
    kind: ThreadKind.QUESTION,
    title: 'Hoe herken ik een phishingmail?',
    body: 'Ik krijg steeds mails die van mijn bank lijken te komen. Hoe weet ik of ze echt zijn?',
    replies: [],
  },
] as const;
