import { Module } from '@nestjs/common';
import { AccountsModule } from '@waardenet/accounts';
import { LibrariesModule } from '@waardenet/libraries';
import { SsoConfigService } from './sso-config.service';
import { SsoController } from './sso.controller';
import { SsoLoginService } from './sso-login.service';
import { SsoResolver } from './sso.resolver';

/** Single sign-on with a library's OpenID Connect provider (issue #15 ask 7). */
@Module({
  imports: [AccountsModule, LibrariesModule],
  controllers: [SsoController],
  providers: [SsoConfigService, SsoLoginService, SsoResolver],
  exports: [SsoConfigService],
})
export class SsoModule {}
