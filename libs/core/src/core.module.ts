import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from './config/config';
import { DRAIN, DrainRegistry } from './lifecycle/drain';

/** Makes the validated boot configuration injectable everywhere. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, drain: DrainRegistry): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DRAIN, useValue: drain },
      ],
      exports: [APP_CONFIG, DRAIN],
    };
  }
}
