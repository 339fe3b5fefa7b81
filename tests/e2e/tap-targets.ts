/**
 * WCAG 2.2 2.5.8 (target size, minimum) as a browser-side check, shared by tests/e2e/phone.test.ts.
 *
 * A target is anything a finger can activate: a[href], button, input, select, textarea, summary,
 * [role=button|link|tab|checkbox|switch] and [tabindex] ≥ 0, when it is rendered and not visually hidden
 * (the sr-only 1×1 px box, a closed <details>). A box under 24 px in either dimension is:
 * - exempt (inline) when it is an inline box inside a block whose own text, outside every target and nested
 *   block, has a letter or digit: a link within a sentence, its height set by the line of text around it.
 *   A link alone in its paragraph, list item, table cell or breadcrumb is not exempt;
 * - `spaced` when a 24 px circle centred on its box intersects no other target nor the circle of another
 *   undersized target (the criterion's spacing exception);
 * - an offender otherwise. phone.test.ts fails on spaced targets too (listed with the offenders): spacing
 *   that holds at one width or with one font need not hold at another.
 */
import type { Page } from 'playwright-core';

export type TapTarget = { what: string; width: number; height: number };
export type TapReport = { offenders: TapTarget[]; spaced: TapTarget[]; inline: number; checked: number };

// Runs inside the page (page.evaluate): self-contained, no imports or closures.
export function auditTapTargets(minimum = 24): TapReport {
  const selector = [
    'a[href]', 'button', 'input:not([type="hidden"])', 'select', 'textarea', 'summary',
    '[role="button"]', '[role="link"]', '[role="tab"]', '[role="checkbox"]', '[role="switch"]', '[tabindex]:not([tabindex="-1"])',
  ].join(',');
  // a[href] also covers a roving tabindex (tabindex=-1 on all tiles but one): each tile is still a pointer target.
  const all = [...document.querySelectorAll<HTMLElement>(selector)];
  const isHidden = (el: HTMLElement, r: DOMRect) => {
    if (r.width === 0 || r.height === 0) return true;
    if (r.width <= 1 && r.height <= 1) return true;
    for (let n: HTMLElement | null = el; n; n = n.parentElement) {
      const s = getComputedStyle(n);
      if (s.visibility === 'hidden' || s.display === 'none' || s.clipPath === 'inset(50%)') return true;
    }
    return false;
  };
  const describe = (el: HTMLElement, r: DOMRect): TapTarget => {
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    const cls = (el.getAttribute('class') ?? '').split(/\s+/).slice(0, 3).join('.');
    const parent = el.parentElement?.tagName.toLowerCase() ?? '';
    return { what: `${parent} > ${el.tagName.toLowerCase()}${cls ? `.${cls}` : ''} «${text}»`, width: Math.round(r.width * 10) / 10, height: Math.round(r.height * 10) / 10 };
  };
  const blockOf = (el: HTMLElement) => {
    let n = el.parentElement;
    while (n && /^(inline|contents)$/.test(getComputedStyle(n).display)) n = n.parentElement;
    return n;
  };
  // Text on the same lines as the target: in its block, outside targets, hidden text and nested blocks.
  const ownText = (block: HTMLElement) => {
    let text = '';
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const p = t.parentElement;
      const target = p?.closest(selector);
      if (!p || (target && block.contains(target)) || p.closest('.sr-only')) continue;
      const own = getComputedStyle(p).display;
      if (!/^(inline|contents)$/.test(own) ? p !== block : blockOf(p) !== block) continue;
      text += t.textContent ?? '';
    }
    return text;
  };
  const inSentence = (el: HTMLElement) => {
    if (getComputedStyle(el).display !== 'inline') return false;
    const block = blockOf(el);
    return !!block && /[\p{L}\p{N}]/u.test(ownText(block));
  };

  const shown = all.map((el) => ({ el, r: el.getBoundingClientRect() })).filter(({ el, r }) => !isHidden(el, r));
  const small = shown.filter(({ r }) => r.width < minimum - 0.01 || r.height < minimum - 0.01);
  const inline = small.filter(({ el }) => inSentence(el));
  const undersized = small.filter((t) => !inline.includes(t));
  const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
  const radius = minimum / 2;
  const circleHitsRect = (c: { x: number; y: number }, r: DOMRect) => {
    const dx = c.x - Math.max(r.left, Math.min(c.x, r.right));
    const dy = c.y - Math.max(r.top, Math.min(c.y, r.bottom));
    return dx * dx + dy * dy < radius * radius;
  };
  const related = (a: HTMLElement, b: HTMLElement) => a === b || a.contains(b) || b.contains(a);
  const offenders: TapTarget[] = [];
  const spaced: TapTarget[] = [];
  for (const t of undersized) {
    const c = centre(t.r);
    const hitsTarget = shown.some((o) => !related(o.el, t.el) && circleHitsRect(c, o.r));
    const hitsCircle = undersized.some((o) => {
      if (related(o.el, t.el)) return false;
      const d = centre(o.r);
      return Math.hypot(c.x - d.x, c.y - d.y) < minimum;
    });
    (hitsTarget || hitsCircle ? offenders : spaced).push(describe(t.el, t.r));
  }
  return { offenders, spaced, inline: inline.length, checked: shown.length };
}

/** Opens every disclosure (the phone menu included) so what it holds is measured too, then audits the page. */
export async function tapTargetReport(page: Page): Promise<TapReport> {
  // Test runners may compile helpers that reference __name inside the function sent to the page.
  await page.evaluate('globalThis.__name ??= (f) => f');
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  return page.evaluate(auditTapTargets, 24);
}

export function formatTapReport(where: string, report: TapReport): string[] {
  return [...report.offenders, ...report.spaced].map((t) => `${where}: ${t.width}×${t.height} px ${t.what}`);
}
