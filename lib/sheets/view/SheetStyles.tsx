import type { Digits } from '@/lib/format';

/**
 * The sheet's own stylesheet, inline so it exists only on the sheet page: A4 with margins and page numbers,
 * the site's self-hosted font, fixed light colours (paper is white whatever the screen theme), and no site
 * chrome. On screen the same page shows as a sheet of paper with a download bar above it.
 */
const css = (digits: Digits, page: string, of: string) => {
  const style = digits === 'arab' ? ', arabic-indic' : '';
  return `
@page {
  size: A4;
  margin: 14mm 15mm 16mm;
  @bottom-center {
    content: ${JSON.stringify(`${page} `)} counter(page${style}) ${JSON.stringify(` ${of} `)} counter(pages${style});
    font: 7.5pt 'Noto Sans Arabic Variable', 'Noto Sans Arabic', sans-serif;
    color: #4d5a56;
  }
}
body:has(.fs-sheet) > :not(main) { display: none !important; }
html:has(.fs-sheet), body:has(.fs-sheet) { background: #e7e3dc; }
.fs-sheet {
  font-family: 'Noto Sans Arabic Variable', 'Noto Sans Arabic', sans-serif;
  font-size: 9.5pt; line-height: 1.6; color: #1c2321; background: #fff;
  -webkit-print-color-adjust: exact; print-color-adjust: exact;
}
.fs-sheet a { color: #0b5c4c; text-decoration: underline; }
.fs-sheet h1 { font-size: 17pt; line-height: 1.35; font-weight: 700; margin: 1mm 0 2mm; }
.fs-sheet h2 { font-size: 11.5pt; font-weight: 700; color: #0b5c4c; margin: 6mm 0 2mm; padding-bottom: 1mm; border-bottom: 0.6pt solid #dcd6cb; break-after: avoid; }
.fs-sheet h3 { font-size: 10.5pt; font-weight: 700; margin: 0 0 1mm; break-after: avoid; }
.fs-sheet p { margin: 0 0 1.5mm; }
.fs-sheet ul, .fs-sheet ol { margin: 0; padding-inline-start: 5mm; }
.fs-sheet dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.8mm 4mm; margin: 0; }
.fs-sheet dt { font-weight: 600; color: #4d5a56; }
.fs-sheet dd { margin: 0; }
.fs-muted { color: #4d5a56; }
.fs-small { font-size: 8pt; }
.fs-url { direction: ltr; unicode-bidi: isolate; word-break: normal; overflow-wrap: anywhere; hyphens: none; font-size: 8pt; }
.fs-url-part { white-space: nowrap; }
.fs-refs { font-size: 8.5pt; }
.fs-ref { margin: 0 0 2mm; padding-inline-start: 6mm; text-indent: -6mm; }
.fs-head { display: flex; gap: 6mm; align-items: flex-start; justify-content: space-between; border-bottom: 1.2pt solid #0b5c4c; padding-bottom: 3mm; }
.fs-kicker { font-size: 8.5pt; font-weight: 600; color: #0b5c4c; }
.fs-lead { font-size: 10pt; color: #2d3633; }
.fs-qr { flex: none; width: 30mm; margin: 0; text-align: center; }
.fs-qr svg { display: block; width: 26mm; height: 26mm; margin: 0 auto; padding: 2mm; background: #fff; }
.fs-qr figcaption { font-size: 7pt; line-height: 1.35; color: #4d5a56; }
.fs-demo { margin-top: 3mm; padding: 2mm 3mm; border: 1pt solid #7a1f1f; color: #7a1f1f; font-weight: 700; }
.fs-key { margin-top: 4mm; padding: 3mm 4mm; border: 0.8pt solid #dcd6cb; border-radius: 2mm; break-inside: avoid; }
.fs-value { font-size: 22pt; font-weight: 700; line-height: 1.25; margin-bottom: 2mm; }
.fs-keep { break-inside: avoid; }
.fs-badge { display: inline-block; padding: 0 2mm; border-radius: 3mm; background: #e3f0ec; color: #0b5c4c; font-weight: 700; font-size: 8.5pt; }
.fs-badge-calc { background: #fbf0dc; color: #7a4a00; }
.fs-quote { margin: 1.5mm 0; padding: 1.5mm 3mm; border-inline-start: 2.5pt solid #0b5c4c; background: #eef6f3; font-size: 10pt; line-height: 1.8; break-inside: avoid; }
.fs-translation { font-size: 8.5pt; color: #2d3633; }
.fs-warning { padding: 1mm 2mm; border-inline-start: 2.5pt solid #7a1f1f; background: #fbf0dc; font-weight: 700; font-size: 8.5pt; }
.fs-obs { padding: 2.5mm 0; border-bottom: 0.5pt solid #dcd6cb; break-inside: avoid; }
.fs-obs:last-child { border-bottom: 0; }
.fs-obs-head { display: flex; flex-wrap: wrap; gap: 1mm 3mm; align-items: baseline; }
.fs-obs-value { font-size: 11pt; font-weight: 700; }
.fs-figure-head { margin-top: 5mm; padding: 2.5mm 0 0; border-top: 1.2pt solid #0b5c4c; }
.fs-keep > p + .fs-figure-head { margin-top: 2mm; padding-top: 0; border-top: 0; }
.fs-figure-head .fs-value { font-size: 15pt; margin-bottom: 1mm; }
.fs-derived { padding: 2mm 3mm; border: 0.8pt dashed #7a4a00; border-radius: 2mm; margin-bottom: 2mm; break-inside: avoid; }
.fs-originals { break-before: page; }
.fs-originals > h2:first-child { margin-top: 0; }
.fs-foot { margin-top: 7mm; padding-top: 2mm; border-top: 0.6pt solid #dcd6cb; font-size: 8pt; color: #4d5a56; break-inside: avoid; }
.fs-screen { display: flex; flex-wrap: wrap; gap: 3mm; justify-content: center; padding: 4mm; font-family: 'Noto Sans Arabic Variable', sans-serif; }
.fs-screen a { padding: 2mm 4mm; border-radius: 2mm; background: #0b5c4c; color: #fff; font-weight: 700; text-decoration: none; }
.fs-screen a + a { background: #fff; color: #0b5c4c; border: 1px solid #0b5c4c; }
@media screen {
  .fs-sheet { box-sizing: border-box; width: 210mm; max-width: 100%; min-height: 297mm; margin: 0 auto 8mm; padding: 14mm 15mm 16mm; box-shadow: 0 1px 6px rgba(0,0,0,0.25); }
}
@media print {
  html:has(.fs-sheet), body:has(.fs-sheet) { background: #fff; }
  .fs-screen { display: none; }
}
`;
};

/** `page` and `of` are the words around the page numbers in the bottom margin ("Page 1 of 2"). */
export function SheetStyles({ digits, page, of }: { digits: Digits; page: string; of: string }) {
  return <style dangerouslySetInnerHTML={{ __html: css(digits, page, of) }} />;
}
