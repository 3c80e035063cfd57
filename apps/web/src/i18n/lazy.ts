/**
 * The catalogues of the screens that load on demand. Importing this module (each such screen does)
 * adds their texts to the main catalogues, before any of those screens renders.
 */
import { en } from './en';
import { enFeatures } from './en-features';
import { nl } from './nl';
import { nlFeatures } from './nl-features';

Object.assign(nl, nlFeatures);
Object.assign(en, enFeatures);
