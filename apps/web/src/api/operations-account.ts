/** Passwords and sessions (issue #15). */
import { graphql } from './generated';
import type { MySessionsQuery } from './generated/graphql';

export const REQUEST_PASSWORD_RESET = graphql(`mutation RequestPasswordReset($email: String!) { requestPasswordReset(email: $email) }`);
export const RESET_PASSWORD = graphql(`mutation ResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) }`);
export const CHANGE_PASSWORD = graphql(`mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) }`);
export const MY_SESSIONS = graphql(`query MySessions { mySessions { id createdAt lastUsedAt userAgent current } }`);
export const REVOKE_SESSION = graphql(`mutation RevokeSession($id: ID!) { revokeSession(id: $id) }`);
export const LOGOUT_EVERYWHERE = graphql(`mutation LogoutEverywhere { logoutEverywhere }`);

export type SessionInfo = MySessionsQuery['mySessions'][number];
