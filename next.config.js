// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** Headers every response carries; embeds (later) relax frame-ancestors on their own routes only. */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
  {
    key: 'Content-Security-Policy',
    value: [
      "default-src 'self'",
      "script-src 'self' 'unsafe-inline'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self'",
      "connect-src 'self'",
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "object-src 'none'",
    ].join('; '),
  },
];

const embedHeaders = [
  ...securityHeaders.filter((h) => h.key !== 'X-Frame-Options' && h.key !== 'Content-Security-Policy'),
  {
    key: 'Content-Security-Policy',
    value: securityHeaders.find((h) => h.key === 'Content-Security-Policy').value.replace("frame-ancestors 'none'", 'frame-ancestors *'),
  },
];

/** Staff pages: never stored by a browser or proxy, never indexed, never opened by another window. */
const adminHeaders = [
  { key: 'Cache-Control', value: 'no-store, max-age=0' },
  { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // A self-contained server folder for container images (docs/deploy.md); `npm start` runs scripts/server.ts.
  output: 'standalone',
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', '@napi-rs/canvas', 'pg', '@prisma/adapter-pg', 'pino'],
  // Server actions check Origin against Host (CSRF); bodies are capped (a CSV upload is at most 512 kB).
  experimental: { serverActions: { bodySizeLimit: '11mb' } },
  async headers() {
    return [
      // Archived copies carry their own headers (an HTML copy is sandboxed); the site-wide policy would replace them.
      { source: '/((?!embed/|api/v1/sources/[^/]+/archive/).*)', headers: securityHeaders },
      // Embeds are meant to be framed by any site; everything else refuses framing.
      { source: '/embed/:path*', headers: embedHeaders },
      { source: '/:locale(ar|en)/admin/:path*', headers: adminHeaders },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
