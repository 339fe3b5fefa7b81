import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { siteUrl } from '@/lib/site';
import { CopyButton } from '@/components/cite/CopyButton';

/** Copy-ready iframe code: one that always shows the latest value, one frozen at a version. */
export async function EmbedCode({ locale, latestPath, frozenPath, height = 260 }: { locale: Locale; latestPath: string; frozenPath?: string; height?: number }) {
  const t = await getTranslations('Embed');
  const code = (path: string) =>
    `<iframe src="${siteUrl()}${path}" title="${t('frameTitle')}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
  const options = [
    { id: 'latest', label: t('latest'), help: t('latestHelp'), path: latestPath },
    ...(frozenPath ? [{ id: 'frozen', label: t('frozen'), help: t('frozenHelp'), path: frozenPath }] : []),
  ];
  return (
    <div className="grid max-w-4xl gap-4 md:grid-cols-2">
      {options.map((o) => (
        <div key={o.id} className="rounded-xl border border-line bg-surface p-4">
          <div className="flex items-center justify-between gap-3">
            <label htmlFor={`embed-${o.id}-${locale}-${o.path.split('/').pop()}`} className="font-semibold">{o.label}</label>
            <CopyButton text={code(o.path)} label={t('copy')} done={t('copied')} />
          </div>
          <p className="mt-1 text-sm text-muted">{o.help}</p>
          <textarea id={`embed-${o.id}-${locale}-${o.path.split('/').pop()}`} readOnly dir="ltr" rows={4} className="mt-2 w-full rounded-lg border border-control bg-paper p-2 font-mono text-xs" value={code(o.path)} />
          <a href={o.path} className="mt-1 inline-block text-sm text-brand underline">{t('preview')}</a>
        </div>
      ))}
    </div>
  );
}
