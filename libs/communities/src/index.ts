export * from './communities.module';
export * from './communities.service';
export * from './communities.policy';
export * from './memberships.service';
export * from './community.entity';
export * from './membership.entity';
export * from './invitation.entity';
export * from './communities.events';
