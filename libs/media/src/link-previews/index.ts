export * from './address-guard';
export * from './safe-fetch';
export * from './page-meta';
export * from './link-preview.entity';
export * from './link-previews.service';
export * from './link-previews.resolver';
export * from './link-previews.module';
