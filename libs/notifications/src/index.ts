export * from './notifications.module';

/** The entities this domain maps (listed in apps/api/src/entities.ts). */
export const NOTIFICATIONS_ENTITIES: (new () => object)[] = [];
