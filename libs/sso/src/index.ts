export * from './sso.module';
export * from './sso-config.service';
export * from './sso-login.service';
export * from './dto/sso.types';
