/** The profile screens' texts, added to the catalogues when those screens load (as ./lazy.ts does for the others). */
import { en } from './en';
import { enProfile } from './en-profile';
import { nl } from './nl';
import { nlProfile } from './nl-profile';

Object.assign(nl, nlProfile);
Object.assign(en, enProfile);
