/** The texts of the catalogue links, syndication and content database screens, added to the catalogues when one of them loads (as ./sso.ts does). */
import { en } from './en';
import { enNetwork } from './en-network';
import { nl } from './nl';
import { nlNetwork } from './nl-network';

Object.assign(nl, nlNetwork);
Object.assign(en, enNetwork);
