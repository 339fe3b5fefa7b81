import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { DerivedView } from '@/lib/data/figures';
import type { FigureView } from '@/lib/data/types';
import { formatDate, formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { Badge } from '@/components/ui/Badge';
import { Num } from '@/components/ui/Num';
import { Section } from '@/components/ui/Section';
import { FigureValue } from './FigureValue';
import { FactSheetLink } from './FactSheetLink';
import { DerivedCard } from './DerivedCard';
import { SourceDetails } from './SourceDetails';
import { sourceAttribution } from './SourceLine';
import { ValueCheck } from './ValueCheck';
import { ObservationTable } from './ObservationTable';
import { ObservationChart } from './ObservationChart';
import { NotStated } from './NotStated';
import { tap } from '@/components/ui/tap';
import { RetiredNotice } from '@/components/retire/RetiredNotice';

/**
 * The public figure page's content; staff previews render the same component with the proposed values.
 * The headline is the newest observation, shown with its own date, source and quote; every observation follows.
 * The public page adds its own sections (breakdowns, citations, downloads, embeds, history) as children.
 */
export async function FigureArticle({ figure, uses, locale, children }: { figure: FigureView; uses: DerivedView[]; locale: Locale; children?: ReactNode }) {
  const [t, m, md, to, ts] = await Promise.all([
    getTranslations('FigurePage'), getTranslations('Measures'), getTranslations('MeasureDefinitions'), getTranslations('Observations'), getTranslations('Source'),
  ]);
  const head = figure.observation;
  return (
    <article>
      <div className="mx-auto max-w-6xl px-4 pt-8">
        <nav aria-label={t('breadcrumb')} className="text-sm text-muted">
          <Link href="/figures" className={`${tap} underline`}>{t('allFigures')}</Link>
        </nav>
        <h1 className="mt-3 text-3xl font-bold leading-snug sm:text-4xl">{figure.label}</h1>
        <RetiredNotice retired={figure.retired} kind="figure" locale={locale} />
        <div className="mt-6 rounded-2xl border border-line bg-surface p-6">
          <p className="text-4xl font-bold sm:text-5xl" data-testid="figure-value">
            <FigureValue value={figure.value} unit={figure.unit} locale={locale} />
          </p>
          <div className="mt-2"><ValueCheck observation={head} /></div>
          <dl className="mt-4 grid gap-x-8 gap-y-3 sm:grid-cols-2">
            <div>
              <dt className="text-sm text-muted">{t('measure')}</dt>
              <dd><Badge>{m(figure.measure)}</Badge> <span className="text-sm">{md(figure.measure)}</span></dd>
            </div>
            <div>
              <dt className="text-sm text-muted">{t('exactValue')}</dt>
              <dd className="tabular-nums"><Num locale={locale} format={(d) => formatNumber(figure.value, locale, d)} /></dd>
            </div>
            <div>
              <dt className="text-sm text-muted">{t('asOf')}</dt>
              <dd><Num locale={locale} format={(d) => formatDate(figure.asOf, locale, figure.asOfPrecision, d)} /> <span className="text-sm text-muted">({t(`precision.${figure.asOfPrecision}`)})</span></dd>
            </div>
            <div className="sm:col-span-2">
              <dt className="text-sm text-muted">{t('headlineSource')}</dt>
              <dd data-testid="headline-source">
                <span dir="auto">{sourceAttribution(figure.source, ts)}</span>{' '}
                <a href="#source-heading" className="text-sm text-brand underline">{t('quoteAndSource')}</a>{' · '}
                <a href={`#observation-${head.number}`} className="text-sm text-brand underline">{to('number', { n: head.number })}</a>
              </dd>
            </div>
            <div>
              <dt className="text-sm text-muted">{t('scope')}</dt>
              <dd>{figure.governorate ? figure.governorate.name : t('national')}</dd>
            </div>
            {figure.initiative ? (
              <div>
                <dt className="text-sm text-muted">{t('initiative')}</dt>
                <dd><Link href={`/initiatives/${figure.initiative.slug}`} className={`${tap} text-brand underline`}>{figure.initiative.name}</Link></dd>
              </div>
            ) : null}
            <div>
              <dt className="text-sm text-muted">{t('version')}</dt>
              <dd>
                <Link href={`/figures/${figure.slug}/v/${figure.version}`} className="text-brand underline">
                  <Num locale={locale} format={(d) => formatNumber(figure.version, locale, d)} />
                </Link>{' '}
                <span className="text-sm text-muted">({t('permanentLink')})</span>
              </dd>
            </div>
          </dl>
          <FactSheetLink kind="figures" slug={figure.slug} locale={locale} />
        </div>
      </div>

      <Section id="definition" title={t('definition')}>
        <p className="max-w-3xl text-lg">{figure.definition}</p>
      </Section>

      <Section id="observations" title={to('title')} lead={to('lead')}>
        <div className="space-y-6">
          <ObservationTable figure={figure} locale={locale} />
          {figure.observations.length >= 2 ? <ObservationChart figure={figure} locale={locale} /> : null}
        </div>
      </Section>

      <Section id="source" title={t('sourceTitle')} lead={to('sourceLead', { n: head.number })}>
        <SourceDetails source={figure.source} quote={figure.quote} quoteTranslation={figure.quoteTranslation} locator={head.locator} locale={locale} />
      </Section>

      <NotStated figure={figure} />

      {uses.length > 0 ? (
        <Section id="derived" title={t('derivedTitle')} lead={t('derivedLead')}>
          <div className="grid gap-4 md:grid-cols-2">
            {uses.map((d) => <DerivedCard key={d.slug} derived={d} locale={locale} />)}
          </div>
        </Section>
      ) : null}

      {children}
    </article>
  );
}
