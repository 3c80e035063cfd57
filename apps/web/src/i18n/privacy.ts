/** The profile's data part's texts (export and deletion), added to the catalogues when it loads (as ./account.ts does). */
import { en } from './en';
import { enPrivacy } from './en-privacy';
import { nl } from './nl';
import { nlPrivacy } from './nl-privacy';

Object.assign(nl, nlPrivacy);
Object.assign(en, enPrivacy);
