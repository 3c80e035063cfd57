/** Single sign-on with a library's identity provider (OpenID Connect): the login screen's buttons and the staff settings. */
import { graphql } from './generated';
import type { SsoLibrariesQuery } from './generated/graphql';

/** The libraries whose members can sign in with their library's account (the login screen's picker). */
export const SSO_LIBRARIES = graphql(`
  query SsoLibraries {
    ssoLibraries { id slug name ssoLogin { label url } }
  }
`);
export type SsoLibrary = SsoLibrariesQuery['ssoLibraries'][number];

export const LIBRARY_SSO_LOGIN = graphql(
  `query LibrarySsoLogin($slug: String!) { library(slug: $slug) { id slug name ssoLogin { label url } } }`,
);

export const LIBRARY_SSO_SETTINGS = graphql(`
  query LibrarySsoSettings($slug: String!) {
    librarySso(librarySlug: $slug) { issuer clientId clientSecretSet label enabled redirectUri }
  }
`);

export const CONFIGURE_LIBRARY_SSO = graphql(`
  mutation ConfigureLibrarySso($input: ConfigureLibrarySsoInput!) {
    configureLibrarySso(input: $input) { issuer clientId clientSecretSet label enabled redirectUri }
  }
`);
