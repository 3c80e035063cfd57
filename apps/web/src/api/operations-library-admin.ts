/** A library's management: creating one (platform admins), its staff and roles, its house style. */
import { graphql } from './generated';
import type { LibraryAdminQuery } from './generated/graphql';

export const LIBRARY_ADMIN = graphql(`
  query LibraryAdmin($slug: String!) {
    library(slug: $slug) { id slug name kind logoUrl primaryColor welcomeText catalogueUrlTemplate staff { userId role createdAt user { id displayName handle } } }
    me { id isPlatformAdmin }
  }
`);
export type AdminLibrary = LibraryAdminQuery['library'];
export type StaffMember = AdminLibrary['staff'][number];

export const CREATE_LIBRARY = graphql(`
  mutation CreateLibrary($input: CreateLibraryInput!) { createLibrary(input: $input) { id slug name } }
`);

export const ADD_LIBRARY_STAFF = graphql(`
  mutation AddLibraryStaff($input: LibraryStaffInput!) { addLibraryStaff(input: $input) { userId role } }
`);

export const REMOVE_LIBRARY_STAFF = graphql(`
  mutation RemoveLibraryStaff($input: RemoveLibraryStaffInput!) { removeLibraryStaff(input: $input) }
`);

export const UPDATE_LIBRARY_STYLE = graphql(`
  mutation UpdateLibraryStyle($input: UpdateLibraryStyleInput!) {
    updateLibraryStyle(input: $input) { id name logoUrl primaryColor welcomeText catalogueUrlTemplate }
  }
`);
