import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { formatDate } from '@/lib/format';
import { getInitiativeSheet, parseSheetRequest } from '@/lib/sheets/model';
import { SheetFrame } from '@/lib/sheets/view/SheetFrame';
import { SheetFigureFacts, SheetNotStated } from '@/lib/sheets/view/SheetFigureFacts';
import { SheetObservation } from '@/lib/sheets/view/SheetObservation';
import { SheetQuote, SheetSource } from '@/lib/sheets/view/SheetSource';
import { Markdown } from '@/components/ui/Markdown';

// Typed by hand: the generated route types exist only after a build.
type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Always read live: the PDF route prints this page and caches the result by the data's own hash.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const req = parseSheetRequest(await params, await searchParams);
  const sheet = req ? await getInitiativeSheet(req.locale, req.slug, req.digits) : null;
  if (!req || !sheet) return {};
  const t = await getTranslations({ locale: req.locale, namespace: 'FactSheet' });
  return { title: t('documentTitle', { title: sheet.initiative.name }), robots: { index: false, follow: true } };
}

/** An initiative's printable fact sheet: what the source says of it, and each of its figures with every value's own source. */
export default async function InitiativeSheetPage({ params, searchParams }: Props) {
  const req = parseSheetRequest(await params, await searchParams);
  if (!req) notFound();
  setRequestLocale(req.locale);
  const sheet = await getInitiativeSheet(req.locale, req.slug, req.digits);
  if (!sheet) notFound();
  const { initiative, locale, digits } = sheet;
  const [t, ti, ts] = await Promise.all([getTranslations('FactSheet'), getTranslations('Initiatives'), getTranslations('Source')]);
  const start = initiative.startDate;

  return (
    <SheetFrame
      sheet={sheet}
      kicker={t('kicker.initiative')}
      title={initiative.name}
      lead={initiative.summary}
      links={[[t('links.page'), sheet.links.page], [t('links.pdf'), sheet.links.pdf], [t('links.api'), sheet.links.api]]}
    >
      <section className="fs-key" aria-label={ti('aboutTitle')}>
        <dl>
          <dt>{ti('kind')}</dt>
          <dd>{ti(`kinds.${initiative.kind}`)}</dd>
          <dt>{ti('start')}</dt>
          <dd>{start ? formatDate(start, locale, initiative.startPrecision ?? 'day', digits) : ti('notStated')}</dd>
          <dt>{ti('status')}</dt>
          <dd>{ti(`statuses.${initiative.status}`)}</dd>
          <dt>{ti('figuresTitle')}</dt>
          <dd>{initiative.figures.length > 0 ? ti('figureCount', { count: initiative.figures.length }) : ti('noFigures')}</dd>
        </dl>
      </section>
      <section>
        <h2>{ti('aboutTitle')}</h2>
        <Markdown text={initiative.body} />
        <SheetQuote quote={initiative.quote} translation={initiative.quoteTranslation} language={initiative.source.language} locale={locale} />
        <SheetSource source={initiative.source} locale={locale} digits={digits} />
      </section>
      <section>
        {initiative.figures.length === 0 ? (
          <>
            <h2>{t('figuresTitle')}</h2>
            <p>{ti('noFiguresLong')}</p>
          </>
        ) : null}
        {initiative.figures.map((f, i) => (
          <div key={f.slug} data-figure={f.slug}>
            {/* The section heading travels with the first figure's head, so it never ends a page alone. */}
            <div className="fs-keep">
              {i === 0 ? (
                <>
                  <h2>{t('figuresTitle')}</h2>
                  <p className="fs-small fs-muted">
                    {t('observationsLead')} {sheet.originals.quotes.length > 0 ? t('originalsNote', { language: ts(`languages.${sheet.originals.locale}`) }) : null}
                  </p>
                </>
              ) : null}
              <div className="fs-figure-head">
                <h3>{f.label}</h3>
                <p className="fs-small fs-muted">{f.definition}</p>
                <SheetFigureFacts figure={f} locale={locale} digits={digits} showInitiative={false} />
              </div>
            </div>
            <SheetNotStated figure={f} locale={locale} heading="h3" />
            {f.observations.map((o) => <SheetObservation key={o.number} figure={f} observation={o} locale={locale} digits={digits} />)}
          </div>
        ))}
      </section>
    </SheetFrame>
  );
}
