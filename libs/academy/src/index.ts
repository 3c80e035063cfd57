export * from './academy.module';
export * from './academy.entities';
export * from './academy.policy';
export * from './dto/academy.types';
export { LIBRARY_PHASES_SQL, LIBRARY_PHASES_SQL_FROM_POSTS } from './programme.sql';
