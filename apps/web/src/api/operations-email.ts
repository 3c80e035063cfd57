/** Email verification and change (issue #15). */
export const VERIFY_EMAIL = `mutation VerifyEmail($token: String!) { verifyEmail(token: $token) }`;
export const RESEND_VERIFICATION = `mutation ResendVerification { resendVerification }`;
export const REQUEST_EMAIL_CHANGE = `mutation RequestEmailChange($input: RequestEmailChangeInput!) { requestEmailChange(input: $input) }`;
export const CONFIRM_EMAIL_CHANGE = `mutation ConfirmEmailChange($token: String!) { confirmEmailChange(token: $token) }`;
