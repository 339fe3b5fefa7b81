import { getTranslations } from 'next-intl/server';
import { listGovernorateOptions, listSourceOptions } from '@/lib/data/staff-records';
import { formatDate, type DatePrecision } from '@/lib/format';
import { type Locale, pick } from '@/lib/i18n/locales';
import { ExactValue } from './ExactValue';

interface Row {
  governorateCode: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  value: string;
}

const day = (v: unknown) => (typeof v === 'string' && v ? new Date(`${v}T00:00:00Z`) : null);

/** Who states a breakdown's values, where, and for when; "not recorded" for breakdowns imported before they said. */
async function Provenance({ content, locale }: { content: Record<string, unknown>; locale: Locale }) {
  const [t, f, sources] = await Promise.all([getTranslations('Import'), getTranslations('Fields'), listSourceOptions(locale)]);
  const source = sources.find((s) => s.value === content.sourceSlug);
  const asOf = day(content.asOf);
  const start = day(content.periodStart);
  const precision = (content.asOfPrecision as DatePrecision | null) ?? 'day';
  const rows: [string, string | null][] = [
    [f('sourceSlug'), source?.label ?? t('sourceNotRecorded')],
    [f('quote'), (content.quote as string | null) ?? null],
    [f('locator'), (content.locator as string | null) ?? null],
    [f('asOf'), asOf ? `${start ? `${formatDate(start, locale, precision)} – ` : ''}${formatDate(asOf, locale, precision)}` : null],
  ];
  return (
    <dl className="mt-4 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]" data-testid="breakdown-provenance">
      {rows.filter(([, v]) => v).map(([k, v]) => (
        <div key={k} className="contents"><dt className="font-semibold">{k}</dt><dd dir="auto" className="whitespace-pre-wrap">{v}</dd></div>
      ))}
    </dl>
  );
}

/** The values of a breakdown, as imported: where they come from, then governorate, period and exact value. */
export async function BreakdownTable({ content, locale, unit = null }: { content: Record<string, unknown>; locale: Locale; unit?: string | null }) {
  const [t, governorates] = await Promise.all([getTranslations('Import'), listGovernorateOptions(locale)]);
  const names = new Map(governorates.map((g) => [g.value, g.label]));
  const rows = (content.rows ?? []) as Row[];
  const title = pick(content, 'title', locale);
  const hasPeriod = rows.some((r) => r.periodStart);
  const hasGov = rows.some((r) => r.governorateCode);
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="pb-2 text-start text-lg font-bold">{title}</caption>
        <thead>
          <tr className="border-b border-line">
            {hasGov ? <th scope="col" className="py-2 pe-3 text-start">{t('governorate')}</th> : null}
            {hasPeriod ? <th scope="col" className="py-2 pe-3 text-start">{t('periodStart')}</th> : null}
            {hasPeriod ? <th scope="col" className="py-2 pe-3 text-start">{t('periodEnd')}</th> : null}
            <th scope="col" className="py-2 text-start">{t('value')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i} className="border-b border-line/60">
              {hasGov ? <td className="py-1.5 pe-3">{r.governorateCode ? names.get(r.governorateCode) ?? r.governorateCode : ''}</td> : null}
              {hasPeriod ? <td className="py-1.5 pe-3"><bdi dir="ltr">{r.periodStart}</bdi></td> : null}
              {hasPeriod ? <td className="py-1.5 pe-3"><bdi dir="ltr">{r.periodEnd}</bdi></td> : null}
              <td className="py-1.5"><ExactValue value={r.value} unit={unit} locale={locale} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      <Provenance content={content} locale={locale} />
    </div>
  );
}
