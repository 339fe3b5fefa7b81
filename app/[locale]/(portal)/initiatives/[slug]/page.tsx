import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getInitiativeBySlug, listInitiativeSlugs } from '@/lib/data/initiatives';
import { formatDate } from '@/lib/format';
import { locales, type Locale } from '@/lib/i18n/locales';
import { alternates } from '@/lib/i18n/metadata';
import { Link } from '@/lib/i18n/navigation';
import { Badge } from '@/components/ui/Badge';
import { Num } from '@/components/ui/Num';
import { Section } from '@/components/ui/Section';
import { FigureCard } from '@/components/figures/FigureCard';
import { SourceDetails } from '@/components/figures/SourceDetails';

export async function generateStaticParams() {
  const slugs = await listInitiativeSlugs();
  return locales.flatMap((locale) => slugs.map((slug) => ({ locale, slug })));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/initiatives/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  const initiative = await getInitiativeBySlug(locale as Locale, slug);
  if (!initiative) return {};
  return { title: initiative.name, description: initiative.summary, alternates: alternates(locale as Locale, `/initiatives/${slug}`) };
}

export default async function InitiativePage({ params }: PageProps<'/[locale]/initiatives/[slug]'>) {
  const { locale: l, slug } = await params;
  const locale = l as Locale;
  setRequestLocale(locale);
  const initiative = await getInitiativeBySlug(locale, slug);
  if (!initiative) notFound();
  const t = await getTranslations('Initiatives');
  const start = initiative.startDate;

  return (
    <article>
      <div className="mx-auto max-w-6xl px-4 pt-8">
        <nav aria-label={t('breadcrumb')} className="text-sm text-muted">
          <Link href="/initiatives" className="underline">{t('all')}</Link>
        </nav>
        <h1 className="mt-3 text-3xl font-bold leading-snug sm:text-4xl">{initiative.name}</h1>
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
      </div>

      <Section id="about" title={t('aboutTitle')}>
        <div className="prose-body max-w-3xl text-lg">
          {initiative.body.split(/\n{2,}/).map((p, i) => <p key={i}>{p}</p>)}
        </div>
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
