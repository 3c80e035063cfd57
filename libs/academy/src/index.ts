export * from './academy.module';
export * from './academy.entities';
export * from './academy.policy';
export * from './dto/academy.types';
