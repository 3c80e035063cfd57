/** The texts of the catalogue import, expertise at a library, invitations by email and community visibility, added when one of them loads. */
import { en } from './en';
import { enPeople } from './en-people';
import { nl } from './nl';
import { nlPeople } from './nl-people';

Object.assign(nl, nlPeople);
Object.assign(en, enPeople);
