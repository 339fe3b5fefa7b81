import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { configHeaderRules } from './lib/security/headers';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // A self-contained server folder for container images (docs/deploy.md); `npm start` runs scripts/server.ts.
  output: 'standalone',
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', '@napi-rs/canvas', 'pg', '@prisma/adapter-pg', 'pino'],
  // Server actions check Origin against Host (CSRF); bodies are capped (a CSV upload is at most 512 kB).
  experimental: { serverActions: { bodySizeLimit: '11mb' } },
  // Fixed when the site is built (SITE_URL decides HSTS); staff pages get their policy per request in proxy.ts.
  async headers() {
    return configHeaderRules({ siteUrl: process.env.SITE_URL, dev: process.env.NODE_ENV === 'development' });
  },
};

export default withNextIntl(nextConfig);
