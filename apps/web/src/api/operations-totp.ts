/** Two-step verification (issue #15). */
export const MY_TWO_FACTOR = `query MyTwoFactor { myTwoFactor { enabled recoveryCodesLeft required } }`;
export const SETUP_TOTP = `mutation SetupTotp { setupTotp { uri qrCode secret } }`;
export const ENABLE_TOTP = `mutation EnableTotp($code: String!) { enableTotp(code: $code) }`;
export const DISABLE_TOTP = `mutation DisableTotp($password: String!) { disableTotp(password: $password) }`;

export interface TwoFactorStatus {
  enabled: boolean;
  recoveryCodesLeft: number;
  required: boolean;
}
export interface MyTwoFactorData {
  myTwoFactor: TwoFactorStatus;
}
export interface TotpSetup {
  uri: string;
  qrCode: string;
  secret: string;
}
