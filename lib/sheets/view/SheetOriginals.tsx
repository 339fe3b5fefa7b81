import { getTranslations } from 'next-intl/server';
import { directionOf, type Locale, localeInfo } from '@/lib/i18n/locales';
import { sourceAttribution } from '@/components/figures/SourceLine';
import type { Originals } from '../model';

/**
 * The quotes written in the other language, again, on a page of their own in that language. PDF text extractors
 * put a page in the order of its main script, so an Arabic quote on an English page copies with its parts out of
 * order; here it is the main script and copies as written. Everything on the page is in the quotes' language
 * except one line in the sheet's.
 */
export async function SheetOriginals({ originals, locale }: { originals: Originals; locale: Locale }) {
  if (originals.quotes.length === 0) return null;
  const other = originals.locale;
  const [t, to, ts, obs, src] = await Promise.all([
    getTranslations({ locale, namespace: 'FactSheet' }), getTranslations({ locale: other, namespace: 'FactSheet' }),
    getTranslations({ locale, namespace: 'Source' }), getTranslations({ locale: other, namespace: 'Observations' }),
    getTranslations({ locale: other, namespace: 'Source' }),
  ]);
  const separator = localeInfo(other).semicolon;
  return (
    <section className="fs-originals" lang={other} dir={directionOf(other)} data-testid="sheet-originals">
      <h2>{to('originals.title')}</h2>
      <p className="fs-small fs-muted" lang={locale} dir={directionOf(locale)}>{t('originals.lead', { language: ts(`languages.${other}`) })}</p>
      {originals.quotes.map((q) => (
        <div key={`${q.source.slug}-${q.quote}`} className="fs-obs">
          <p className="fs-small">
            <strong>{q.refs.map((r) => (r.observation ? `${r.label} · ${obs('number', { n: r.observation })}` : r.label)).join(separator)}</strong>
          </p>
          <blockquote className="fs-quote">«{q.quote}»</blockquote>
          <p className="fs-small">{to('source')}: {sourceAttribution(q.source, src)}</p>
        </div>
      ))}
    </section>
  );
}
