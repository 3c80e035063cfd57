export * from './document-size.middleware';
export * from './graphql-limits';
export * from './nul-character';
export * from './security-headers';
export * from './graphiql-csp';
export * from './secret-box';
