export * from './moderation.module';
export * from './report.entity';
export * from './watched-word.entity';
export * from './moderation-log-entry.entity';
export * from './word-matcher';
export * from './mod-log.service';
export * from './post-actions.service';
export * from './moderation.events';
