export * from './threads.module';
export * from './threads.service';
export * from './posts.service';
export * from './threads.policy';
export * from './thread.entity';
export * from './post.entity';
export * from './post-revision.entity';
export * from './reaction.entity';
