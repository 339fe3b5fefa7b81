import { getTranslations } from 'next-intl/server';

/** Links to the same values as files: CSV in either language, and JSON. */
export async function BreakdownDownloads({ id }: { id: number }) {
  const t = await getTranslations('Breakdown');
  const links = [
    { href: `/api/v1/breakdowns/${id}.csv?locale=ar`, label: t('csvAr'), file: true },
    { href: `/api/v1/breakdowns/${id}.csv?locale=en`, label: t('csvEn'), file: true },
    { href: `/api/v1/breakdowns/${id}?locale=en`, label: t('json'), file: false },
  ];
  return (
    <ul className="flex flex-wrap gap-3">
      {links.map((l) => (
        <li key={l.href}>
          <a href={l.href} className="inline-block rounded-full border border-brand px-4 py-1.5 font-semibold text-brand no-underline hover:bg-brand-soft" download={l.file ? '' : undefined}>
            {l.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
