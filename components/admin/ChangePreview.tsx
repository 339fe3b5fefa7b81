import { getTranslations } from 'next-intl/server';
import type { ChangeDetail } from '@/lib/data/changes/queries';
import { previewFigure, previewInitiative, previewObservation, previewSource, type FigurePreview } from '@/lib/data/previews';
import { figureUnit } from '@/lib/data/staff-records';
import { inOtherLanguage } from '@/lib/changelog-fields';
import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { FigureArticle } from '@/components/figures/FigureArticle';
import { InitiativeArticle } from '@/components/initiatives/InitiativeArticle';
import { SourceDetails } from '@/components/figures/SourceDetails';
import { BreakdownTable } from './BreakdownTable';
import { MarkdownRemovalsNotice } from './MarkdownRemovalsNotice';
import { Num } from '@/components/ui/Num';
import { Section } from '@/components/ui/Section';

/** The figure page with this change, and the history line its publication will add, with its public reason. */
async function FigurePreviewArticle({ preview, reason, locale }: { preview: FigurePreview; reason: string; locale: Locale }) {
  const [fp, cl] = await Promise.all([getTranslations('FigurePage'), getTranslations('Changelog')]);
  return (
    <FigureArticle figure={preview.figure} uses={preview.derived} locale={locale}>
      <Section id="history" title={fp('historyTitle')}>
        <p className="rounded-xl border border-line bg-surface p-4 text-sm">
          <span className="font-semibold"><Num locale={locale} format={(d) => cl('version', { n: formatNumber(preview.figure.version, locale, d) })} /></span> · <span className="text-muted">{cl('reason')}</span>{' '}
          <span dir="auto">{reason}</span>
        </p>
      </Section>
    </FigureArticle>
  );
}

/** The public page as it will read once the change is published, drawn by the public components themselves. */
export async function ChangePreview({ change, locale }: { change: ChangeDetail; locale: Locale }) {
  const t = await getTranslations('Changes');
  let body: React.ReactNode = null;
  let note: string | null = null;
  let removals: React.ReactNode = null;
  if (change.entityType === 'figure') {
    const p = await previewFigure(locale, change.entitySlug, change.payload);
    body = p ? <FigurePreviewArticle preview={p} reason={change.reason} locale={locale} /> : null;
  } else if (change.entityType === 'observation') {
    const p = await previewObservation(locale, change.entitySlug, change.payload);
    // The preview leads with the proposed value; say so when the published page will lead with a newer one.
    if (p && !p.isHeadline) note = t('previewNotHeadline');
    body = p ? <FigurePreviewArticle preview={p} reason={change.reason} locale={locale} /> : null;
  } else if (change.entityType === 'initiative') {
    const [initiative, f] = await Promise.all([previewInitiative(locale, change.entitySlug, change.payload), getTranslations('Fields')]);
    body = initiative ? <InitiativeArticle initiative={initiative} locale={locale} /> : null;
    removals = <MarkdownRemovalsNotice fields={(['bodyAr', 'bodyEn'] as const).map((k) => ({ label: f(k), text: String(change.payload[k] ?? '') }))} />;
  } else if (change.entityType === 'source') {
    const source = await previewSource(locale, change.entitySlug, change.payload);
    body = source ? <div className="px-4 py-6"><SourceDetails source={source} quote={source.quote} quoteTranslation={source.quoteTranslation} locale={locale} /></div> : null;
  } else {
    body = <div className="px-4 py-6"><BreakdownTable content={change.payload} locale={locale} unit={await figureUnit(change.entitySlug)} /></div>;
  }
 // An edit to another language's text does not show on this page: say so and link that language's preview.
  const changed = change.changes.map((c) => c.field);
  const elsewhere = [...new Set(changed.map((f) => inOtherLanguage(f, locale)).filter((l): l is Locale => l !== null))];
  const onlyElsewhere = changed.length > 0 && changed.every((f) => inOtherLanguage(f, locale) !== null);
  return (
    <section aria-labelledby="preview-heading" className="mt-8">
      <h2 id="preview-heading" className="text-xl font-bold">{t('previewTitle')}</h2>
      <p className="text-sm text-muted">{t('previewNote')}</p>
      {elsewhere.length ? (
        <p className="mt-2 rounded-xl border border-calc bg-calc-soft/50 p-3 text-sm" data-testid="preview-other-language">
          {onlyElsewhere ? <span className="font-semibold">{t('previewOnlyOtherLanguage', { language: elsewhere[0]! })} </span> : null}
          {elsewhere.map((l) => (
            <a key={l} href={`/${l}/admin/changes/${change.id}#preview-heading`} hrefLang={l} className="me-3 text-brand underline">{t('previewInLanguage', { language: l })}</a>
          ))}
        </p>
      ) : null}
      {note ? <p className="mt-2 rounded-xl border border-calc bg-calc-soft/50 p-3 text-sm font-semibold">{note}</p> : null}
      {removals}
      <div className="mt-3 overflow-hidden rounded-2xl border-4 border-dashed border-line bg-paper pb-8" data-testid="preview">
        {body ?? <p className="p-4 text-muted">{t('previewUnavailable')}</p>}
      </div>
    </section>
  );
}
