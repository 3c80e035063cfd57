/** Browser notifications' and reach figures' texts, added to the catalogues by the components that use them. */
import { en } from './en';
import { enReach } from './en-reach';
import { nl } from './nl';
import { nlReach } from './nl-reach';

Object.assign(nl, nlReach);
Object.assign(en, enReach);
