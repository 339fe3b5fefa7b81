import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { openApiDocument } from '@/lib/api/openapi';
import type { Locale } from '@/lib/i18n/locales';
import { alternates } from '@/lib/i18n/metadata';
import { siteUrl } from '@/lib/site';
import { PageHeader } from '@/components/ui/PageHeader';
import { Section } from '@/components/ui/Section';
import { EmbedCode } from '@/components/embed/EmbedCode';
import { embedHeight } from '@/components/embed/embed-size';
import { headlineChartFigures } from '@/components/charts/headline-charts';
import { listFigures } from '@/lib/data/figures';
import { tap } from '@/components/ui/tap';

const datasets = ['figures', 'observations', 'figure_versions', 'initiatives', 'sources', 'governorates', 'breakdowns', 'changelog'] as const;
const formats = ['csv', 'xlsx', 'json'] as const;

export async function generateMetadata({ params }: PageProps<'/[locale]/data'>): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'DataPage' });
  return { title: t('title'), alternates: alternates(locale, '/data') };
}

type Param = { name: string; in: string; description?: string };

/** Open data: every download, the data package, and the API described from its own OpenAPI document. */
export default async function DataPage({ params }: PageProps<'/[locale]/data'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const [t, figures] = await Promise.all([getTranslations('DataPage'), listFigures(locale)]);
  const versionOf = new Map(figures.map((f) => [f.slug, f.version]));
  const doc = openApiDocument(siteUrl());
  const paths = Object.entries(doc.paths ?? {}) as [string, { get: { summary: string; parameters?: Param[] } }][];
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <Section id="downloads" title={t('downloadsTitle')} lead={t('downloadsLead')}>
        <table className="w-full max-w-3xl border-collapse text-sm">
          <caption className="sr-only">{t('downloadsTitle')}</caption>
          <thead><tr className="border-b border-line"><th scope="col" className="py-2 text-start">{t('dataset')}</th><th scope="col" className="py-2 text-start">{t('files')}</th></tr></thead>
          <tbody>
            {datasets.map((d) => (
              <tr key={d} className="border-b border-line/60">
                <th scope="row" className="py-2 text-start font-normal">{t(`datasets.${d}`)}</th>
                <td className="flex gap-2 py-2">
                  {formats.map((f) => <a key={f} href={`/api/v1/downloads/${d}.${f}`} download className="rounded-full border border-line px-3 py-0.5 uppercase text-brand">{f}</a>)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-4"><a href="/api/v1/datapackage.json" className={`${tap} font-semibold text-brand underline`}>{t('dataPackage')}</a></p>
      </Section>
      <Section id="embed" title={t('embedTitle')} lead={t('embedLead')}>
        <div className="space-y-6">
          {(Object.keys(headlineChartFigures) as (keyof typeof headlineChartFigures)[]).map((id) => (
            <div key={id}>
              <h3 className="mb-2 font-semibold">{t(`charts.${id}`)}</h3>
              <EmbedCode
                locale={locale}
                latestPath={`/embed/${locale}/charts/${id}`}
                frozenPath={`/embed/${locale}/charts/${id}/v/${headlineChartFigures[id].map((s) => versionOf.get(s) ?? 1).join('-')}`}
                height={embedHeight.chart[locale]}
              />
            </div>
          ))}
        </div>
      </Section>
      <Section id="api" title={t('apiTitle')} lead={t('apiLead')}>
        <p className="mb-4"><a href="/api/v1/openapi.json" className={`${tap} font-semibold text-brand underline`}>OpenAPI 3.1 (openapi.json)</a></p>
        <ul className="max-w-4xl space-y-3">
          {paths.map(([path, item]) => (
            <li key={path} className="rounded-xl border border-line bg-surface p-4">
              <p dir="ltr" className="text-start font-mono text-sm"><span className="font-bold text-brand">GET</span> /api/v1{path}</p>
              <p className="mt-1 text-muted" lang="en" dir="ltr">{item.get.summary}</p>
              {item.get.parameters?.length ? (
                <ul dir="ltr" className="mt-2 text-start text-xs text-muted">
                  {item.get.parameters.map((p) => <li key={`${p.in}-${p.name}`}><code>{p.name}</code> ({p.in}) {p.description}</li>)}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
        <p className="mt-4 max-w-3xl text-sm text-muted">{t('apiNotes')}</p>
      </Section>
    </>
  );
}
