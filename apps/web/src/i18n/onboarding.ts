/** The texts of the onboarding wizard and the national templates, added to the catalogues when one of them loads (as ./sso.ts does). */
import { en } from './en';
import { enOnboarding } from './en-onboarding';
import { nl } from './nl';
import { nlOnboarding } from './nl-onboarding';

Object.assign(nl, nlOnboarding);
Object.assign(en, enOnboarding);
