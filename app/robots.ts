import type { MetadataRoute } from 'next';
import { siteUrl } from '@/lib/site';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/embed/', '/admin', '/ar/admin', '/en/admin'] }],
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
