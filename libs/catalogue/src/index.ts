import { CollectionItem } from './collection-item.entity';
import { Holding } from './holding.entity';
import { ThreadItem } from './thread-item.entity';

export * from './catalogue.module';
export * from './collection-item.entity';
export * from './holding.entity';
export * from './thread-item.entity';
export * from './isbn';
export * from './items.service';
export * from './item-threads.service';
export * from './import/catalogue-importer';
export * from './import/import-source';
export { importAuditLine } from './catalogue-import.service';

/** The entities this domain maps (listed in apps/api/src/entities.ts). */
export const CATALOGUE_ENTITIES: (new () => object)[] = [CollectionItem, Holding, ThreadItem];
export * from './catalogue-url';
