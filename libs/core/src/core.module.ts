import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from './config/config';
import { DRAIN, DrainRegistry } from './lifecycle/drain';
import { DIRECT_FIELDS, DirectFields } from './graphql/direct-fields';

/** Makes the validated boot configuration (and the app's drain and direct-field registries) injectable everywhere. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, drain: DrainRegistry, directFields = new DirectFields()): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DRAIN, useValue: drain },
        { provide: DIRECT_FIELDS, useValue: directFields },
      ],
      exports: [APP_CONFIG, DRAIN, DIRECT_FIELDS],
    };
  }
}
