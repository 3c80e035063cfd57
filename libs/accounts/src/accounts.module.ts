import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG, AUTHENTICATOR, AppConfig } from '@waardenet/core';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { JwtAuthenticator } from './jwt.strategy';
import { LoginThrottle } from './login-throttle';
import { EmailAddressResolver } from './email-address.resolver';
import { EmailAddressService } from './email-address.service';
import { PasswordsResolver } from './passwords.resolver';
import { PasswordsService } from './passwords.service';
import { TotpResolver } from './totp/totp.resolver';
import { TotpService } from './totp/totp.service';
import { ProfileResolver } from './profile.resolver';
import { ProfileService } from './profile.service';
import { SessionsResolver } from './sessions.resolver';
import { WebSessionInterceptor } from './web-session';
import { TokensService } from './tokens.service';

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.jwtSecret, signOptions: { algorithm: 'HS256' } }),
    }),
  ],
  providers: [
    TotpService,
    TotpResolver,
    AccountsService,
    AccountsResolver,
    EmailAddressService,
    EmailAddressResolver,
    TokensService,
    WebSessionInterceptor,
    LoginThrottle,
    PasswordsService,
    PasswordsResolver,
    SessionsResolver,
    ProfileService,
    ProfileResolver,
    { provide: AUTHENTICATOR, useClass: JwtAuthenticator },
  ],
  exports: [AccountsService, TokensService, JwtModule, AUTHENTICATOR],
})
export class AccountsModule {}
