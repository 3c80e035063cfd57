/** Email verification and change (issue #15). */
import { graphql } from './generated';

export const VERIFY_EMAIL = graphql(`mutation VerifyEmail($token: String!) { verifyEmail(token: $token) }`);
export const RESEND_VERIFICATION = graphql(`mutation ResendVerification { resendVerification }`);
export const REQUEST_EMAIL_CHANGE = graphql(
  `mutation RequestEmailChange($input: RequestEmailChangeInput!) { requestEmailChange(input: $input) }`,
);
export const CONFIRM_EMAIL_CHANGE = graphql(`mutation ConfirmEmailChange($token: String!) { confirmEmailChange(token: $token) }`);
