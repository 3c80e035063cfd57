export * from './network.module';

/** The entities this domain maps (listed in apps/api/src/entities.ts). */
export const NETWORK_ENTITIES: (new () => object)[] = [];
