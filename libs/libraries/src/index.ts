export * from './libraries.module';
export * from './libraries.service';
export * from './libraries.policy';
export * from './library.entity';
export * from './library-staff.entity';
