/** The federation texts, added to the catalogues when one of its parts loads (as ./sso.ts does). */
import { en } from './en';
import { enFederation } from './en-federation';
import { nl } from './nl';
import { nlFederation } from './nl-federation';

Object.assign(nl, nlFederation);
Object.assign(en, enFederation);
