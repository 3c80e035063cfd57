/** The management and moderation screens' texts, added to the catalogues when those screens load (as ./lazy.ts does for the others). */
import { en } from './en';
import { enModeration } from './en-moderation';
import { nl } from './nl';
import { nlModeration } from './nl-moderation';

Object.assign(nl, nlModeration);
Object.assign(en, enModeration);
