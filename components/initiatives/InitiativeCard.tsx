import { getTranslations } from 'next-intl/server';
import type { InitiativeView } from '@/lib/data/types';
import { Link } from '@/lib/i18n/navigation';
import { Badge } from '@/components/ui/Badge';

export async function InitiativeCard({ initiative, headingLevel = 3 }: { initiative: InitiativeView; headingLevel?: 2 | 3 }) {
  const t = await getTranslations('Initiatives');
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="flex flex-col gap-2 rounded-2xl border border-line bg-surface p-5">
      <p>
        <Badge tone="neutral">{t(`kinds.${initiative.kind}`)}</Badge>
      </p>
      <Heading className="text-xl font-bold">
        <Link href={`/initiatives/${initiative.slug}`} className="text-ink underline-offset-4 hover:text-brand hover:underline">
          {initiative.name}
        </Link>
      </Heading>
      <p className="text-muted">{initiative.summary}</p>
      <p className="mt-auto text-sm text-muted">
        {initiative.figures.length > 0 ? t('figureCount', { count: initiative.figures.length }) : t('noFigures')}
      </p>
    </article>
  );
}
