export * from './figures.module';
export * from './figures.service';
export * from './figures.types';
export { toCsv } from './figures.csv';
export { NATIONAL_SQL, NATIONAL_SQL_FROM_POSTS } from './figures.sql';
export * from './reach/reach.entities';
export * from './reach/reach-counter.service';
export * from './reach/reach-figures.types';
export * from './reach/remote-followers';
export * from './reach/bots';
import { ReachCatalogueClicks, ReachPageViews } from './reach/reach.entities';

/** The entities this domain maps (listed in apps/api/src/entities.ts). */
export const FIGURES_ENTITIES: (new () => object)[] = [ReachPageViews, ReachCatalogueClicks];
