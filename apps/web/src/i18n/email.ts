/** The email verification and change screens' texts, added to the catalogues when those screens load (as ./account.ts does). */
import { en } from './en';
import { enEmail } from './en-email';
import { nl } from './nl';
import { nlEmail } from './nl-email';

Object.assign(nl, nlEmail);
Object.assign(en, enEmail);
