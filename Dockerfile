# syntax=docker/dockerfile:1
# Waardenet api: build once, run as many stateless replicas as needed (see docker-compose.yml).
# The image expects an external PostgreSQL (DATABASE_URL); the embedded one is for single machines.

# --- build: install everything, compile, then drop the dev dependencies --------------------------
FROM node:24-bookworm-slim AS build
WORKDIR /app
# Dependencies first, so that source changes do not invalidate this layer.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# The image's Node is 24 already: the copy the `node` package puts in node_modules (for machines with an older
# Node) is left out of the runtime image.
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund \
 && rm -rf node_modules/node node_modules/.bin/node

# --- runtime: compiled code and production dependencies only, as a non-root user ----------------
FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    WAARDENET_DATA_DIR=/app/.data
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The code stays owned by root (read-only to the app); only the data folder is writable.
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 3000
# The slim image has no curl or wget: node itself asks /health.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node as PID 1 receives SIGTERM directly: main.ts finishes in-flight requests and exits.
# A 64 MB young generation: a page of 50 posts allocates a few MB, and fewer scavenges promote less (bench:read +10%).
CMD ["node", "--max-semi-space-size=64", "dist/apps/api/src/main.js"]
