export * from './figures.module';
export * from './figures.service';
export * from './figures.types';
