/**
 * The Content-Security-Policy of the GraphiQL page (apps/api/src/graphiql.ts), which only development
 * serves; every other response keeps securityHeaders' policy. Scripts from this host only (GraphiQL
 * and React come from node_modules; the page has no inline script); inline styles are allowed here and
 * nowhere else because GraphiQL's dialogs and tooltips inject <style> elements; its fonts are data: URIs.
 */
export const GRAPHIQL_CSP = [
  "default-src 'self'",
  "base-uri 'self'",
  "script-src 'self'",
  "script-src-attr 'none'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');
