import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, Length, Matches } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** A library's single sign-on as its staff see it: everything but the client secret, which no query returns. */
@ObjectType({ description: "A library's single sign-on (OpenID Connect) settings, for its staff. The client secret is never returned." })
export class LibrarySso {
  @Field({ description: "The provider's issuer URL (its discovery document is at <issuer>/.well-known/openid-configuration)." })
  issuer!: string;

  @Field()
  clientId!: string;

  @Field({ description: 'Whether a client secret is stored (it is never shown).' })
  clientSecretSet!: boolean;

  @Field({ description: 'What the button says after "Inloggen met": e.g. "Bibliotheekpas".' })
  label!: string;

  @Field({ description: 'Whether members can sign in this way now.' })
  enabled!: boolean;

  @Field({ description: 'The redirect (callback) address to register at the provider for this client.' })
  redirectUri!: string;

  @Field()
  updatedAt!: Date;
}

/** What the login screen needs to offer a library's single sign-on: public, and only when it is on. */
@ObjectType({ description: "A library's single sign-on as the login screen shows it (only when switched on)." })
export class SsoLogin {
  @Field({ description: 'Shown as "Inloggen met <label>".' })
  label!: string;

  @Field({ description: 'Where the browser goes to start signing in (GET; add ?next=/path to come back there).' })
  url!: string;
}

@InputType()
export class ConfigureLibrarySsoInput {
  @Field()
  @Transform(trim)
  @IsString()
  @Length(2, 60)
  librarySlug!: string;

  @Field({ description: 'https:// (http:// only for a provider on this machine: localhost, 127.0.0.1, [::1]).' })
  @Transform(trim)
  @IsString()
  @Length(8, 500)
  issuer!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  @Matches(/^[\x21-\x7e]+$/, { message: 'must be printable ascii without spaces' })
  clientId!: string;

  @Field(() => String, { nullable: true, description: 'Required the first time; leave it out to keep the stored one.' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  @Matches(/^[\x21-\x7e]+$/, { message: 'must be printable ascii without spaces' })
  clientSecret?: string | null;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, 60)
  @Matches(/^[^\p{Cc}\p{Cf}]+$/u, { message: 'may not hold control or invisible characters' })
  label!: string;

  @Field()
  @IsBoolean()
  enabled!: boolean;
}

@InputType()
export class CompleteSsoLoginInput {
  @Field({ description: 'The single-use ticket the callback handed to the web client (in the address fragment).' })
  @IsString()
  @Length(20, 100)
  ticket!: string;

  @Field(() => String, { nullable: true, description: 'The authenticator code or a recovery code, once TOTP_REQUIRED was answered.' })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  totpCode?: string | null;
}
