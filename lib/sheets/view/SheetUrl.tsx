import { Fragment } from 'react';

/**
 * A URL as printed on a sheet: left to right inside any paragraph, broken only after a slash. Each part between
 * slashes is kept whole (never broken at its hyphens); a part too long for a line (a SHA-256) may still break
 * where it overflows (`overflow-wrap: anywhere` on `.fs-url`).
 */
export function SheetUrl({ url, href = url, link = true }: { url: string; href?: string; link?: boolean }) {
  const parts = url.split(/(?<=\/)(?!\/)/); // after a slash, never inside “//”
  const body = parts.map((p, i) => (
    <Fragment key={i}>
      {p.length <= 48 ? <span className="fs-url-part">{p}</span> : p}
      {i < parts.length - 1 ? <wbr /> : null}
    </Fragment>
  ));
  return link ? <a href={href} dir="ltr" className="fs-url">{body}</a> : <span dir="ltr" className="fs-url">{body}</span>;
}
