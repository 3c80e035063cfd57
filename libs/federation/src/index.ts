import { FEDERATION_ENTITIES } from './federation.entities';

export * from './federation.module';
export * from './federation.runtime';
export * from './federation-http';
export * from './federation.entities';
export * from './federation.gate';

export { FEDERATION_ENTITIES };
