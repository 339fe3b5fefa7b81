import { getTranslations } from 'next-intl/server';
import type { InitiativeView } from '@/lib/data/types';
import { formatDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { Badge } from '@/components/ui/Badge';
import { Markdown } from '@/components/ui/Markdown';
import { Num } from '@/components/ui/Num';
import { Section } from '@/components/ui/Section';
import { FigureCard } from '@/components/figures/FigureCard';
import { SourceDetails } from '@/components/figures/SourceDetails';
import { FactSheetLink } from '@/components/figures/FactSheetLink';
import { tap } from '@/components/ui/tap';
import { RetiredNotice } from '@/components/retire/RetiredNotice';

/** The public initiative page's content; staff previews render the same component with the proposed text. */
export async function InitiativeArticle({ initiative, locale }: { initiative: InitiativeView; locale: Locale }) {
  const t = await getTranslations('Initiatives');
  const start = initiative.startDate;

  return (
    <article>
      <div className="mx-auto max-w-6xl px-4 pt-8">
        <nav aria-label={t('breadcrumb')} className="text-sm text-muted">
          <Link href="/initiatives" className={`${tap} underline`}>{t('all')}</Link>
        </nav>
        <h1 className="mt-3 text-3xl font-bold leading-snug sm:text-4xl">{initiative.name}</h1>
        <RetiredNotice retired={initiative.retired} kind="initiative" locale={locale} />
        <p className="mt-3 max-w-3xl text-lg text-muted">{initiative.summary}</p>
        <dl className="mt-5 flex flex-wrap gap-x-8 gap-y-3">
          <div>
            <dt className="text-sm text-muted">{t('kind')}</dt>
            <dd><Badge tone="neutral">{t(`kinds.${initiative.kind}`)}</Badge></dd>
          </div>
          <div>
            <dt className="text-sm text-muted">{t('start')}</dt>
            <dd>{start ? <Num locale={locale} format={(d) => formatDate(start, locale, initiative.startPrecision ?? 'day', d)} /> : t('notStated')}</dd>
          </div>
          <div>
            <dt className="text-sm text-muted">{t('status')}</dt>
            <dd>{t(`statuses.${initiative.status}`)}</dd>
          </div>
        </dl>
        {initiative.officialUrl ? (
          <p className="mt-4">
            {/* Where citizens learn how to take part: the initiative's own page, not ours. */}
            <a href={initiative.officialUrl} rel="noopener external" className={`${tap} font-semibold text-brand underline`}>{t('officialPage')}</a>{' '}
            <span className="text-sm text-muted" dir="ltr">({new URL(initiative.officialUrl).hostname})</span>
          </p>
        ) : null}
        <FactSheetLink kind="initiatives" slug={initiative.slug} locale={locale} />
      </div>

      <Section id="about" title={t('aboutTitle')}>
        <Markdown text={initiative.body} className="max-w-3xl text-lg" />
      </Section>

      <Section id="figures" title={t('figuresTitle')}>
        {initiative.figures.length > 0 ? (
          <div className="grid gap-4 sm:grid-cols-2">
            {initiative.figures.map((f) => <FigureCard key={f.slug} figure={f} locale={locale} />)}
          </div>
        ) : (
          <p className="max-w-3xl rounded-xl border border-dashed border-line p-4 text-muted">{t('noFiguresLong')}</p>
        )}
      </Section>

      <Section id="source" title={t('sourceTitle')}>
        <SourceDetails source={initiative.source} quote={initiative.quote} quoteTranslation={initiative.quoteTranslation} locale={locale} />
      </Section>
    </article>
  );
}
