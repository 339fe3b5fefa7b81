import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { directionOf } from '@/lib/i18n/locales';
import type { Sheet } from '../model';
import { qrSvg } from '../qr';
import { SheetOriginals } from './SheetOriginals';
import { SheetStyles } from './SheetStyles';
import { SheetUrl } from './SheetUrl';

/**
 * One printed sheet: a title block with a QR code to the record's page, a warning on synthetic data, the
 * content, a footer with the permanent links and the licence, then the quotes of the other language on a page
 * of their own. On screen a bar above offers the PDF.
 */
export async function SheetFrame({ sheet, kicker, title, lead, links, children }: {
  sheet: Sheet;
  kicker: string;
  title: string;
  lead: string;
  /** Permanent links printed in the footer, label first. */
  links: [string, string][];
  children: ReactNode;
}) {
  const [t, site, qr] = await Promise.all([
    getTranslations({ locale: sheet.locale, namespace: 'FactSheet' }), getTranslations({ locale: sheet.locale, namespace: 'Site' }), qrSvg(sheet.links.page),
  ]);
  return (
    <>
      <SheetStyles digits={sheet.digits} page={t('pageCounter.page')} of={t('pageCounter.of')} />
      <nav className="fs-screen" aria-label={t('screen.label')}>
        <a href={sheet.links.pdf} type="application/pdf">{t('screen.download')}</a>
        <a href={sheet.links.page}>{t('screen.back')}</a>
      </nav>
      <article className="fs-sheet" lang={sheet.locale} dir={directionOf(sheet.locale)} data-fact-sheet={sheet.kind}>
        <header className="fs-head">
          <div>
            <p className="fs-kicker">{site('name')} · {kicker}</p>
            <h1>{title}</h1>
            <p className="fs-lead">{lead}</p>
          </div>
          <figure className="fs-qr">
            <div role="img" aria-label={t('qr')} dangerouslySetInnerHTML={{ __html: qr }} />
            <figcaption>{t('qr')}</figcaption>
          </figure>
        </header>
        {sheet.synthetic ? <p className="fs-demo" role="note">{t('synthetic')}</p> : null}
        {children}
        <footer className="fs-foot">
          <dl>
            {links.map(([label, url]) => (
              <div key={url} style={{ display: 'contents' }}>
                <dt>{label}</dt>
                <dd><SheetUrl url={url} /></dd>
              </div>
            ))}
          </dl>
          <p style={{ marginTop: '2mm' }}>{t('licence')}</p>
        </footer>
        <SheetOriginals originals={sheet.originals} locale={sheet.locale} />
      </article>
    </>
  );
}
