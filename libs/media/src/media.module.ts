import { Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@waardenet/core';
import { AccountsModule } from '@waardenet/accounts';
import { CommunitiesModule } from '@waardenet/communities';
import { LibrariesModule } from '@waardenet/libraries';
import { MEDIA_EMBEDS, ThreadsModule } from '@waardenet/threads';
import { MediaAccess } from './media-access';
import { MediaEmbedsService } from './media-embeds.service';
import { MediaPurge } from './media-purge';
import { MediaServeController, MediaUploadController } from './media.controller';
import { CommunityBannerResolver, UserAvatarResolver } from './media.resolver';
import { MediaService } from './media.service';
import { MEDIA_STORAGE, MediaStorage } from './storage/media-storage';
import { PostgresMediaStorage } from './storage/postgres-storage';
import { S3MediaStorage } from './storage/s3-storage';

/** The storage engine MEDIA_STORAGE names. */
export function createMediaStorage(db: DataSource, config: AppConfig): MediaStorage {
  return config.media.storage === 's3' ? new S3MediaStorage(config.media.s3) : new PostgresMediaStorage(db);
}

/**
 * What the threads domain asks on every post write (MEDIA_EMBEDS) and the storage it shares with the rest of
 * the media domain. Global and free of any dependency on threads, as ModerationGateModule is.
 */
@Global()
@Module({
  providers: [
    { provide: MEDIA_STORAGE, inject: [DataSource, APP_CONFIG], useFactory: createMediaStorage },
    MediaPurge,
    MediaEmbedsService,
    { provide: MEDIA_EMBEDS, useExisting: MediaEmbedsService },
  ],
  exports: [MEDIA_STORAGE, MediaPurge, MEDIA_EMBEDS],
})
export class MediaEmbedsModule {}

/** Uploads (`POST /api/media`), serving (`GET /media/<id>`), avatars, banners and logos (issue #17; docs/limits.md "Media"). */
@Module({
  imports: [AccountsModule, LibrariesModule, CommunitiesModule, ThreadsModule, MediaEmbedsModule],
  controllers: [MediaUploadController, MediaServeController],
  providers: [MediaService, MediaAccess, UserAvatarResolver, CommunityBannerResolver],
  exports: [MediaService, MediaAccess],
})
export class MediaModule {}
