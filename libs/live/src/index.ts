export * from './live.module';
export * from './live-server';
export * from './live-hub.service';
export * from './live-event.types';
