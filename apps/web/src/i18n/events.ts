/** Library events' texts, added to the catalogues when one of their parts loads (as ./academy.ts does). */
import { en } from './en';
import { enEvents } from './en-events';
import { nl } from './nl';
import { nlEvents } from './nl-events';

Object.assign(nl, nlEvents);
Object.assign(en, enEvents);
