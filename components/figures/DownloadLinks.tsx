import { getTranslations } from 'next-intl/server';
import { tap } from '@/components/ui/tap';

const formats = ['csv', 'xlsx', 'json'] as const;

/** Plain links to the files: they work without JavaScript and can be pasted into scripts. */
export async function DownloadLinks({ slug }: { slug: string }) {
  const t = await getTranslations('FigurePage');
  const rows = [
    { label: t('thisFigure'), href: (f: string) => `/api/v1/downloads/figures/${slug}/history.${f}` },
    { label: t('allFiguresFile'), href: (f: string) => `/api/v1/downloads/figures.${f}` },
  ];
  return (
    <ul className="max-w-3xl space-y-2">
      {rows.map((r) => (
        <li key={r.label} className="flex flex-wrap items-center gap-3">
          <span className="min-w-40 font-semibold">{r.label}</span>
          {formats.map((f) => (
            <a key={f} href={r.href(f)} download className="rounded-full border border-line px-3 py-0.5 text-sm uppercase text-brand hover:border-brand">
              {f}
            </a>
          ))}
        </li>
      ))}
      <li>
        <a href="/api/v1/datapackage.json" className={`${tap} text-brand underline`}>{t('dataPackage')}</a>
      </li>
    </ul>
  );
}
