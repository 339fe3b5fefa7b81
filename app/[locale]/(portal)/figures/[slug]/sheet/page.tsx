import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { versionUrl } from '@/lib/data/dataset';
import { getFigureSheet, parseSheetRequest } from '@/lib/sheets/model';
import { SheetFrame } from '@/lib/sheets/view/SheetFrame';
import { SheetFigureFacts, SheetNotStated } from '@/lib/sheets/view/SheetFigureFacts';
import { SheetObservation } from '@/lib/sheets/view/SheetObservation';
import { SheetDerived } from '@/lib/sheets/view/SheetDerived';
import { citationInput } from '@/components/cite/FigureCitation';
import { SheetCitation } from '@/lib/sheets/view/SheetCitation';

// Typed by hand: the generated route types exist only after a build.
type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Always read live: the PDF route prints this page and caches the result by the data's own hash.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const req = parseSheetRequest(await params, await searchParams);
  const sheet = req ? await getFigureSheet(req.locale, req.slug, req.digits) : null;
  if (!req || !sheet) return {};
  const t = await getTranslations({ locale: req.locale, namespace: 'FactSheet' });
  return { title: t('documentTitle', { title: sheet.figure.label }), robots: { index: false, follow: true } };
}

/** A figure's printable fact sheet: its value and meaning, every observation with its own source and words, and links. */
export default async function FigureSheetPage({ params, searchParams }: Props) {
  const req = parseSheetRequest(await params, await searchParams);
  if (!req) notFound();
  setRequestLocale(req.locale);
  const sheet = await getFigureSheet(req.locale, req.slug, req.digits);
  if (!sheet) notFound();
  const { figure, locale, digits } = sheet;
  const [t, tp, ts] = await Promise.all([getTranslations('FactSheet'), getTranslations('FigurePage'), getTranslations('Source')]);
  const citation = await citationInput(sheet.views);
  const permalink = versionUrl(figure.slug, figure.version, locale);
  const [first, ...rest] = figure.observations;

  return (
    <SheetFrame
      sheet={sheet}
      kicker={t('kicker.figure')}
      title={figure.label}
      lead={figure.definition}
      links={[[t('links.page'), sheet.links.page], [t('links.version', { n: figure.version }), permalink], [t('links.pdf'), sheet.links.pdf], [t('links.api'), sheet.links.api]]}
    >
      <section className="fs-key" aria-label={tp('value')}>
        <SheetFigureFacts figure={figure} locale={locale} digits={digits} />
      </section>
      <SheetNotStated figure={figure} locale={locale} />
      <section>
        {/* The heading travels with the first value, so it never ends a page alone. */}
        <div className="fs-keep">
          <h2>{t('observationsTitle')}</h2>
          <p className="fs-small fs-muted">
            {t('observationsLead')} {sheet.originals.quotes.length > 0 ? t('originalsNote', { language: ts(`languages.${sheet.originals.locale}`) }) : null}
          </p>
          {first ? <SheetObservation figure={figure} observation={first} locale={locale} digits={digits} /> : null}
        </div>
        {rest.map((o) => <SheetObservation key={o.number} figure={figure} observation={o} locale={locale} digits={digits} />)}
      </section>
      {sheet.derived.length > 0 ? (
        <section className="fs-keep">
          <h2>{tp('derivedTitle')}</h2>
          <p className="fs-small fs-muted">{tp('derivedLead')}</p>
          {sheet.derived.map((d) => <SheetDerived key={d.slug} derived={d} locale={locale} digits={digits} />)}
        </section>
      ) : null}
      <section className="fs-keep">
        <h2>{t('citeTitle')}</h2>
        <SheetCitation input={citation} locale={locale} />
      </section>
    </SheetFrame>
  );
}
