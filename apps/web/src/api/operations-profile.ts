/** The profile (issue #15 ask 5): one's own name, bio, language and handle, and the public page /u/<handle>. */
import { graphql } from './generated';

export const PROFILE_SETTINGS = graphql(`query ProfileSettings { me { id displayName handle bio } notificationPreferences { locale } }`);
export const UPDATE_PROFILE = graphql(
  `mutation UpdateProfile($input: UpdateProfileInput!) { updateProfile(input: $input) { id displayName bio } }`,
);
export const PUBLIC_PROFILE = graphql(`
  query PublicProfile($handle: String!) {
    user(handle: $handle) { id displayName handle bio createdAt expertise { id topic state library { name } } }
  }
`);

export type { Locale as ProfileLocale } from './generated/graphql';
