import 'server-only';
import { createTranslator } from 'next-intl';
import type { ChangelogRecord } from '../api/schemas';
import { subjectOf } from '../changelog-text';
import { allMessages } from '../i18n/messages';
import { defaultLocale, locales, type Locale } from '../i18n/locales';
import { siteUrl } from '../site';
import { getRecordNames } from './changelog-names';

type Stored = Omit<ChangelogRecord, 'title' | 'url' | 'changes'> & { changes: { field: string; from: string | null; to: string | null }[] };

/**
 * The changelog API's readable parts, in every language: the record's name, its public page (in the default
 * language, like the API's other links) and each field's name in words beside its stored key.
 */
export async function readableChangelog(entries: Stored[]): Promise<ChangelogRecord[]> {
  const byLocale = await Promise.all(
    locales.map(async (locale) => {
      const t = createTranslator({ locale, messages: allMessages[locale], namespace: 'Changelog' });
      type K = Parameters<typeof t>[0];
      const words = {
        breakdownOf: (figure: string) => t('breakdownOf', { figure }),
        unnamed: (type: string) => (t.has(`unnamed.${type}` as K) ? t(`unnamed.${type}` as K) : t('unnamed.record')),
      };
      const label = (field: string) => (t.has(`fields.${field}` as K) ? t(`fields.${field}` as K) : t('fields.other'));
      return { locale, names: await getRecordNames(locale), words, label };
    }),
  );
  const each = <T,>(f: (x: (typeof byLocale)[number]) => T) => Object.fromEntries(byLocale.map((x) => [x.locale, f(x)])) as Record<Locale, T>;
  const main = byLocale.find((x) => x.locale === defaultLocale)!;
  return entries.map((e) => ({
    ...e,
    title: each((x) => subjectOf(e, x.names, x.words).name),
    url: `${siteUrl()}/${main.locale}${subjectOf(e, main.names, main.words).path}`,
    changes: e.changes.map((c) => ({ ...c, label: each((x) => x.label(c.field)) })),
  }));
}
