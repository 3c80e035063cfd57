export * from './privacy.module';
export * from './account-export.service';
export * from './account-deletion.service';
export * from './data-retention';
