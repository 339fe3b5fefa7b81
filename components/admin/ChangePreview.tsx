import { getTranslations } from 'next-intl/server';
import type { ChangeDetail } from '@/lib/data/changes/queries';
import { previewFigure, previewInitiative, previewSource } from '@/lib/data/previews';
import type { Locale } from '@/lib/i18n/locales';
import { FigureArticle } from '@/components/figures/FigureArticle';
import { InitiativeArticle } from '@/components/initiatives/InitiativeArticle';
import { SourceDetails } from '@/components/figures/SourceDetails';
import { BreakdownTable } from './BreakdownTable';
import { Section } from '@/components/ui/Section';

/** The public page as it will read once the change is published, drawn by the public components themselves. */
export async function ChangePreview({ change, locale }: { change: ChangeDetail; locale: Locale }) {
  const [t, fp, cl] = await Promise.all([getTranslations('Changes'), getTranslations('FigurePage'), getTranslations('Changelog')]);
  let body: React.ReactNode = null;
  if (change.entityType === 'figure') {
    const p = await previewFigure(locale, change.entitySlug, change.payload, change.reason);
    body = p ? (
      <FigureArticle figure={p.figure} uses={p.derived} locale={locale}>
        {/* The public history will list this change with its reason once it is published. */}
        <Section id="history" title={fp('historyTitle')}>
          <p className="rounded-xl border border-line bg-surface p-4 text-sm">
            <span className="font-semibold">{cl('version', { n: p.figure.version })}</span> · <span className="text-muted">{cl('reason')}</span>{' '}
            <span dir="auto">{change.reason}</span>
          </p>
        </Section>
      </FigureArticle>
    ) : null;
  } else if (change.entityType === 'initiative') {
    const initiative = await previewInitiative(locale, change.entitySlug, change.payload);
    body = initiative ? <InitiativeArticle initiative={initiative} locale={locale} /> : null;
  } else if (change.entityType === 'source') {
    const source = await previewSource(locale, change.entitySlug, change.payload);
    body = source ? <div className="px-4 py-6"><SourceDetails source={source} quote={source.quote} quoteTranslation={source.quoteTranslation} locale={locale} /></div> : null;
  } else {
    body = <div className="px-4 py-6"><BreakdownTable content={change.payload} locale={locale} /></div>;
  }
  return (
    <section aria-labelledby="preview-heading" className="mt-8">
      <h2 id="preview-heading" className="text-xl font-bold">{t('previewTitle')}</h2>
      <p className="text-sm text-muted">{t('previewNote')}</p>
      <div className="mt-3 overflow-hidden rounded-2xl border-4 border-dashed border-line bg-paper pb-8" data-testid="preview">
        {body}
      </div>
    </section>
  );
}
