import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { APP_CONFIG, AppConfig } from '@waardenet/core';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { JwtStrategy } from './jwt.strategy';
import { TokensService } from './tokens.service';

@Module({
  imports: [
    PassportModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.jwtSecret, signOptions: { algorithm: 'HS256' } }),
    }),
  ],
  providers: [AccountsService, AccountsResolver, TokensService, JwtStrategy],
  exports: [AccountsService, TokensService, JwtModule],
})
export class AccountsModule {}
