export * from './content-changes';
export * from './content-changes.subscriber';
export * from './read-cache';
export * from './read-cache.config';
export * from './read-cache.middleware';
export * from './read-cache.plugin';
export * from './read-cache.service';
export * from './read-record';
