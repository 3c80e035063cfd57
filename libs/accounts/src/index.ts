export * from './accounts.module';
export * from './accounts.service';
export * from './user.entity';
export * from './session.entity';
export * from './refresh-token.entity';
export * from './password';
export * from './jwt.strategy';
export * from './tokens.service';
