import type { MetadataRoute } from 'next';
import { siteUrl } from '@/lib/site';
import { locales } from '@/lib/i18n/locales';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/embed/', '/admin', ...locales.map((locale) => `/${locale}/admin`)] }],
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
