import { Module } from '@nestjs/common';
import { AccountsModule } from '@waardenet/accounts';
import { LibrariesPolicy } from './libraries.policy';
import { LibrariesResolver, LibraryStaffResolver } from './libraries.resolver';
import { LibrariesService } from './libraries.service';

@Module({
  imports: [AccountsModule],
  providers: [LibrariesService, LibrariesPolicy, LibrariesResolver, LibraryStaffResolver],
  exports: [LibrariesService, LibrariesPolicy],
})
export class LibrariesModule {}
