/** The profile (issue #15 ask 5): one's own name, bio, language and handle, and the public page /u/<handle>. */
export const PROFILE_SETTINGS = `query ProfileSettings { me { id displayName handle bio } notificationPreferences { locale } }`;
export const UPDATE_PROFILE = `mutation UpdateProfile($input: UpdateProfileInput!) { updateProfile(input: $input) { id displayName bio } }`;
export const PUBLIC_PROFILE = `query PublicProfile($handle: String!) {
  user(handle: $handle) { id displayName handle bio createdAt expertise { id topic state library { name } } }
}`;

export type ProfileLocale = 'NL' | 'EN';
export interface ProfileSettingsData {
  me: { id: string; displayName: string; handle: string | null; bio: string } | null;
  notificationPreferences: { locale: ProfileLocale };
}
export interface PublicProfileData {
  user: {
    id: string;
    displayName: string;
    handle: string | null;
    bio: string;
    createdAt: string;
    expertise: { id: string; topic: string; state: string; library: { name: string } | null }[];
  } | null;
}
