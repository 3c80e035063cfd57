import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG, AUTHENTICATOR, AppConfig } from '@waardenet/core';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { JwtAuthenticator } from './jwt.strategy';
import { WebSessionInterceptor } from './web-session';
import { TokensService } from './tokens.service';

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.jwtSecret, signOptions: { algorithm: 'HS256' } }),
    }),
  ],
  providers: [AccountsService, AccountsResolver, TokensService, WebSessionInterceptor, { provide: AUTHENTICATOR, useClass: JwtAuthenticator }],
  exports: [AccountsService, TokensService, JwtModule, AUTHENTICATOR],
})
export class AccountsModule {}
