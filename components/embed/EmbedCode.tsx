import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { siteUrl } from '@/lib/site';
import { CopyButton } from '@/components/cite/CopyButton';
import { EMBED_HEIGHT_MESSAGE, embedHeight } from './embed-size';

/**
 * The snippet's script: takes the height an embed posts (from the portal's origin only, to the frame that sent it)
 * and gives it to that frame, so the frame fits the embed at any width. Several snippets on one page do not clash.
 */
export function resizeScript(origin: string): string {
  return `<script>(function(o){addEventListener("message",function(e){var d=e.data;if(e.origin!==o||!d||d.type!=="${EMBED_HEIGHT_MESSAGE}")return;var f=document.getElementsByTagName("iframe");for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source)f[i].style.height=Math.min(Math.max(d.height|0,100),8000)+"px"})})(${JSON.stringify(origin)});</script>`;
}

/** The whole snippet: the frame at a height that shows the credit line even without the script, then the script. */
export function embedSnippet(path: string, title: string, height: number): string {
  const origin = new URL(siteUrl()).origin;
  return `<iframe src="${siteUrl()}${path}" title="${title}" width="100%" height="${height}" style="border:0;width:100%" loading="lazy"></iframe>\n${resizeScript(origin)}`;
}

/** Copy-ready embed code: one that always shows the latest value, one frozen at a version. */
export async function EmbedCode({ locale, latestPath, frozenPath, height = embedHeight.figure }: { locale: Locale; latestPath: string; frozenPath?: string; height?: number }) {
  const t = await getTranslations('Embed');
  const code = (path: string) => embedSnippet(path, t('frameTitle'), height);
  const options = [
    { id: 'latest', label: t('latest'), help: t('latestHelp'), path: latestPath },
    ...(frozenPath ? [{ id: 'frozen', label: t('frozen'), help: t('frozenHelp'), path: frozenPath }] : []),
  ];
  return (
    <div>
      <div className={`grid max-w-4xl gap-4 ${options.length > 1 ? 'md:grid-cols-2' : ''}`}>
        {options.map((o) => (
          <div key={o.id} className="rounded-xl border border-line bg-surface p-4">
            <div className="flex items-center justify-between gap-3">
              <label htmlFor={`embed-${o.id}-${locale}-${o.path.split('/').pop()}`} className="font-semibold">{o.label}</label>
              <CopyButton text={code(o.path)} label={t('copy')} done={t('copied')} />
            </div>
            <p className="mt-1 text-sm text-muted">{o.help}</p>
            <textarea id={`embed-${o.id}-${locale}-${o.path.split('/').pop()}`} readOnly dir="ltr" rows={5} className="mt-2 w-full rounded-lg border border-control bg-paper p-2 font-mono text-xs" value={code(o.path)} />
            <a href={o.path} className="mt-1 inline-block min-h-6 text-sm text-brand underline">{t('preview')}</a>
          </div>
        ))}
      </div>
      <p className="mt-2 max-w-4xl text-sm text-muted">{t('sizeHelp')}</p>
    </div>
  );
}
