/** The password and session screens' texts, added to the catalogues when those screens load (as ./lazy.ts does for the others). */
import { en } from './en';
import { enAccount } from './en-account';
import { nl } from './nl';
import { nlAccount } from './nl-account';

Object.assign(nl, nlAccount);
Object.assign(en, enAccount);
