import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import type { FigureView } from '@/lib/data/types';
import { Link } from '@/lib/i18n/navigation';
import { Badge } from '@/components/ui/Badge';
import { Num } from '@/components/ui/Num';
import { FigureValue } from './FigureValue';
import { SourceLine } from './SourceLine';
import { ValueCheck } from './ValueCheck';

/**
 * A fact card: the headline observation's value, unit, kind, date and source (always that observation's own),
 * with its public note or a warning when its quote does not state it, linking to the full record.
 */
export async function FigureCard({ figure, locale, headingLevel = 3 }: { figure: FigureView; locale: Locale; headingLevel?: 2 | 3 }) {
  const t = await getTranslations('FigureCard');
  const m = await getTranslations('Measures');
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="flex flex-col gap-3 rounded-2xl border border-line bg-surface p-5 shadow-sm" data-figure={figure.slug}>
      <Heading className="text-base font-semibold leading-snug text-muted">{figure.label}</Heading>
      <p className="text-3xl font-bold leading-tight text-ink sm:text-4xl">
        <FigureValue value={figure.value} unit={figure.unit} locale={locale} />
      </p>
      <p className="flex flex-wrap items-center gap-2">
        <Badge>{m(figure.measure)}</Badge>
        <span className="text-sm text-muted">
          {t('asOf')}{' '}
          <time dateTime={figure.asOf.toISOString().slice(0, 10)}>
            <Num locale={locale} format={(d) => formatDate(figure.asOf, locale, figure.asOfPrecision, d)} />
          </time>
        </span>
      </p>
      <ValueCheck observation={figure.observation} compact />
      <SourceLine source={figure.source} locale={locale} />
      <Link href={`/figures/${figure.slug}`} className="mt-auto font-semibold text-brand underline underline-offset-4">
        {t('details')}
        <span className="sr-only">: {figure.label}</span>
      </Link>
    </article>
  );
}
