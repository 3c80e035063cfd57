import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger as SqlLogger } from 'typeorm';
import { AccessGuard, AppConfig, CoreModule, DirectFields, DrainRegistry, dataSourceOptions } from '@waardenet/core';
import { LiveEventsModule } from '@waardenet/live/channels';
import { AccountsModule, PrivacyModule } from '@waardenet/accounts';
import { CommunitiesModule } from '@waardenet/communities';
import { LibrariesModule } from '@waardenet/libraries';
import { ThreadsModule } from '@waardenet/threads';
import { LiveModule } from '@waardenet/live';
import { ModerationModule } from '@waardenet/moderation';
import { CatalogueModule } from '@waardenet/catalogue';
import { ExpertsModule } from '@waardenet/experts';
import { NetworkModule } from '@waardenet/network';
import { NotificationsModule } from '@waardenet/notifications';
import { SearchModule } from '@waardenet/search';
import { FiguresModule } from '@waardenet/figures';
import { FederationModule } from '@waardenet/federation';
import { LinkPreviewsModule, MediaModule } from '@waardenet/media';
import { SsoModule } from '@waardenet/sso';
import { EventsModule } from '@waardenet/events';
import { AcademyModule } from '@waardenet/academy';
import { TemplatesModule } from '@waardenet/templates';
import { RateLimitStoreModule } from '@waardenet/core/rate-limit';
import { ReadCacheModule } from '@waardenet/core/read-cache';
import { ENTITIES } from './entities';
import { graphqlOptions } from './graphql.config';
import { HealthController } from './health.controller';

export const DOMAIN_MODULES = [
  AccountsModule,
  LibrariesModule,
  CommunitiesModule,
  ThreadsModule,
  ModerationModule,
  LiveModule,
  CatalogueModule,
  ExpertsModule,
  NetworkModule,
  NotificationsModule,
  SearchModule,
  FiguresModule,
  PrivacyModule,
  MediaModule,
  LinkPreviewsModule,
  SsoModule,
  FederationModule,
  EventsModule,
  AcademyModule,
  TemplatesModule,
];

@Module({})
export class AppModule {
  /**
   * `connect: false` builds everything without opening the database (schema generation); `sqlLogger`
   * sees every SQL statement (tests and benches count them; the app itself passes none).
   */
  static forRoot(
    config: AppConfig,
    databaseUrl: string,
    { connect = true, sqlLogger }: { connect?: boolean; sqlLogger?: SqlLogger } = {},
  ): DynamicModule {
    const drain = new DrainRegistry();
    const directFields = new DirectFields();
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, drain, directFields),
        LiveEventsModule,
        RateLimitStoreModule,
        ReadCacheModule,
        TypeOrmModule.forRoot({ ...dataSourceOptions(databaseUrl, ENTITIES, { sqlLogger }), manualInitialization: !connect }),
        GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, ...graphqlOptions(config, drain, directFields) }),
        ...DOMAIN_MODULES,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_GUARD, useClass: AccessGuard }],
    };
  }
}
