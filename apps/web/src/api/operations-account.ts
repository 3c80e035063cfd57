/** Passwords and sessions (issue #15). */
export const REQUEST_PASSWORD_RESET = `mutation RequestPasswordReset($email: String!) { requestPasswordReset(email: $email) }`;
export const RESET_PASSWORD = `mutation ResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
export const CHANGE_PASSWORD = `mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) }`;
export const MY_SESSIONS = `query MySessions { mySessions { id createdAt lastUsedAt userAgent current } }`;
export const REVOKE_SESSION = `mutation RevokeSession($id: ID!) { revokeSession(id: $id) }`;
export const LOGOUT_EVERYWHERE = `mutation LogoutEverywhere { logoutEverywhere }`;

export interface SessionInfo {
  id: string;
  createdAt: string;
  lastUsedAt: string;
  userAgent: string | null;
  current: boolean;
}
export interface MySessionsData {
  mySessions: SessionInfo[];
}
