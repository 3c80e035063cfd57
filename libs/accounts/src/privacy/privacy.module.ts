import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts.module';
import { LoginThrottle } from '../login-throttle';
import { AccountDeletionService } from './account-deletion.service';
import { AccountExportController } from './account-export.controller';
import { AccountExportService } from './account-export.service';
import { DataRetention } from './data-retention';
import { PrivacyResolver } from './privacy.resolver';

/** Export, deletion and retention of personal data (issue #15 asks 8–10; docs/privacy.md). */
@Module({
  imports: [AccountsModule],
  controllers: [AccountExportController],
  // LoginThrottle keeps no state of its own (the counts are in the shared rate-limit store).
  providers: [AccountExportService, AccountDeletionService, PrivacyResolver, DataRetention, LoginThrottle],
  exports: [AccountExportService, DataRetention],
})
export class PrivacyModule {}
