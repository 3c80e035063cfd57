/** The single sign-on texts, added to the catalogues when one of its parts loads (as ./totp.ts does). */
import { en } from './en';
import { enSso } from './en-sso';
import { nl } from './nl';
import { nlSso } from './nl-sso';

Object.assign(nl, nlSso);
Object.assign(en, enSso);
