import { getTranslations } from 'next-intl/server';
import { SMALL_COUNT_THRESHOLD } from '@/lib/small-count';

/** The small-count rule in words, wherever people counts are shown by governorate. */
export async function SmallCountNote() {
  const t = await getTranslations('Breakdown');
  return <p className="max-w-3xl text-muted">{t('ruleBody', { threshold: SMALL_COUNT_THRESHOLD })}</p>;
}
