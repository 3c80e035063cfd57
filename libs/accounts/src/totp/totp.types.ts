import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A new authenticator secret, pending until enableTotp confirms it with a code. Shown once.' })
export class TotpSetup {
  @Field({ description: 'otpauth://totp/… for an authenticator app; the QR code holds the same.' })
  uri!: string;

  @Field({ description: 'The otpauth URI as a QR code: a data: URL of an SVG image.' })
  qrCode!: string;

  @Field({ description: 'The secret alone (base32), to type into an app that cannot scan.' })
  secret!: string;
}

@ObjectType({ description: 'Your two-step verification.' })
export class TwoFactorStatus {
  @Field({ description: 'Whether login asks for a code from your authenticator app.' })
  enabled!: boolean;

  @Field(() => Int, { description: 'Recovery codes not used yet (0 while it is off).' })
  recoveryCodesLeft!: number;

  @Field({
    description:
      'Whether this platform requires it of you (WAARDENET_REQUIRE_2FA_FOR_STAFF, for staff and admins): your staff rights wait until it is on.',
  })
  required!: boolean;
}
