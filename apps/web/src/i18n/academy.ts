/** The Academy's, the programme's and the charts' texts, added to the catalogues when one of their parts loads (as ./sso.ts does). */
import { en } from './en';
import { enAcademy } from './en-academy';
import { nl } from './nl';
import { nlAcademy } from './nl-academy';

Object.assign(nl, nlAcademy);
Object.assign(en, enAcademy);
