/** The texts of a library's management screens, added to the catalogues when one of them loads (as ./sso.ts does). */
import { en } from './en';
import { enLibraryAdmin } from './en-library-admin';
import { nl } from './nl';
import { nlLibraryAdmin } from './nl-library-admin';

Object.assign(nl, nlLibraryAdmin);
Object.assign(en, enLibraryAdmin);
