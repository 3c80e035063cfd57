import { Chapter } from './chapter.entity';
import { ContentItem } from './content-item.entity';
import { ContentPublication } from './content-publication.entity';
import { Syndication } from './syndication.entity';

export * from './network.module';
export { ChaptersService } from './chapters.service';
export * from './chapter.entity';
export * from './syndication.entity';
export * from './content-item.entity';
export * from './content-publication.entity';
export * from './remote-syndication.port';

/** The entities this domain maps (listed in apps/api/src/entities.ts). */
export const NETWORK_ENTITIES: (new () => object)[] = [Chapter, Syndication, ContentItem, ContentPublication];
