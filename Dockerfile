# Rapporteur: one instance per container. Several share state through PostgreSQL (DATABASE_URL); see
# docs/scaling.md and compose.yaml. Not built on the project's CI machine, which has no Docker.

# Build stage: compiles the two native modules (better-sqlite3, hnswlib-node) from source against this image's
# Node, with the toolchain the runtime image leaves out.
FROM node:20-bookworm AS build
WORKDIR /app
ENV npm_config_build_from_source=true
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

# Runtime stage: Node, the compiled modules and the sources (tsx runs them; there is no build step).
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production \
    DATA_DIR=/data \
    KNOWLEDGE_DIR=/app/knowledge \
    HEALTH_PORT=8080
COPY --from=build /app/node_modules ./node_modules
COPY package.json tsconfig.json ./
COPY src ./src
COPY prompts ./prompts
COPY knowledge ./knowledge
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
# 3000: HTTP mode (Slack events, /healthz, /readyz, /metrics). 8080: HEALTH_PORT in Socket Mode.
EXPOSE 3000 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s \
  CMD node -e "const p=process.env.SLACK_SIGNING_SECRET&&!process.env.SLACK_APP_TOKEN?(process.env.PORT||3000):process.env.HEALTH_PORT;fetch('http://127.0.0.1:'+p+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# SIGTERM reaches node directly (exec form): it stops taking events and finishes the work in hand.
STOPSIGNAL SIGTERM
CMD ["node", "--import", "tsx", "src/cli/start.ts"]
