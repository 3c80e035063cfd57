/** Two-step verification (issue #15). */
import { graphql } from './generated';
import type { SetupTotpMutation } from './generated/graphql';

export const MY_TWO_FACTOR = graphql(`query MyTwoFactor { myTwoFactor { enabled recoveryCodesLeft required } }`);
export const SETUP_TOTP = graphql(`mutation SetupTotp { setupTotp { uri qrCode secret } }`);
export const ENABLE_TOTP = graphql(`mutation EnableTotp($code: String!) { enableTotp(code: $code) }`);
export const DISABLE_TOTP = graphql(`mutation DisableTotp($password: String!) { disableTotp(password: $password) }`);

export type TotpSetup = SetupTotpMutation['setupTotp'];
