/** The two-step verification texts, added to the catalogues when that part of the profile loads (as ./account.ts does). */
import { en } from './en';
import { enTotp } from './en-totp';
import { nl } from './nl';
import { nlTotp } from './nl-totp';

Object.assign(nl, nlTotp);
Object.assign(en, enTotp);
