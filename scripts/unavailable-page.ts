import ar from '../locales/ar.json';
import en from '../locales/en.json';

/** The 503 page shown when a page cannot be rendered because the database is away (no database, no React). */
export function unavailablePage(locale: 'ar' | 'en'): string {
  const t = (locale === 'en' ? en : ar).UnavailablePage;
  const other = (locale === 'en' ? ar : en).UnavailablePage;
  const dir = locale === 'en' ? 'ltr' : 'rtl';
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  return `<!doctype html><html lang="${locale}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${esc(t.title)}</title><style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.7;color:#1f2937}h1{font-size:1.6rem}p.o{color:#6b7280}</style></head><body><main><h1>${esc(t.title)}</h1><p>${esc(t.body)}</p><p class="o" lang="${locale === 'en' ? 'ar' : 'en'}" dir="${locale === 'en' ? 'rtl' : 'ltr'}">${esc(other.title)}: ${esc(other.body)}</p></main></body></html>`;
}
