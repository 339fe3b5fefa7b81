import { getTranslations } from 'next-intl/server';
import type { FigureView } from '@/lib/data/types';
import { Section } from '@/components/ui/Section';

/**
 * «ما لا يذكره المصدر»: what the figure's source leaves out, as a list in words. A reader (or a claim) must not
 * credit these to the source; an empty list says nothing has been recorded, not that the source says everything.
 */
export async function NotStated({ figure }: { figure: Pick<FigureView, 'notStated'> }) {
  const t = await getTranslations('NotStated');
  return (
    <Section id="not-stated" title={t('title')} lead={figure.notStated.length > 0 ? t('lead') : undefined}>
      {figure.notStated.length > 0 ? (
        <ul className="max-w-3xl space-y-3" data-testid="not-stated">
          {figure.notStated.map((n, i) => (
            <li key={`${n.kind}-${i}`} className="rounded-xl border border-line bg-surface p-4" data-kind={n.kind}>
              <p className="font-semibold">{t(`kinds.${n.kind}`)}</p>
              {n.note ? <p className="mt-1 text-muted" dir="auto">{n.note}</p> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="max-w-3xl text-muted">{t('none')}</p>
      )}
    </Section>
  );
}
