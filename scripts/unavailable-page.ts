import { allMessages } from '../lib/i18n/messages';
import { directionOf, otherLocales, type Locale } from '../lib/i18n/locales';

/** The 503 page shown when a page cannot be rendered because the database is away (no database, no React). */
export function unavailablePage(locale: Locale): string {
  const t = allMessages[locale].UnavailablePage;
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  // The same words in every other language, each marked with its own language and direction.
  const others = otherLocales(locale)
    .map((l) => `<p class="o" lang="${l}" dir="${directionOf(l)}">${esc(allMessages[l].UnavailablePage.title)}: ${esc(allMessages[l].UnavailablePage.body)}</p>`)
    .join('');
  return `<!doctype html><html lang="${locale}" dir="${directionOf(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${esc(t.title)}</title><style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.7;color:#1f2937}h1{font-size:1.6rem}p.o{color:#6b7280}</style></head><body><main><h1>${esc(t.title)}</h1><p>${esc(t.body)}</p>${others}</main></body></html>`;
}
