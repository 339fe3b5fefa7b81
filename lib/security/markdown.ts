import type { Element, Nodes } from 'hast';
import Markdown, { type Options } from 'react-markdown';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';

/**
 * How staff Markdown is rendered on public pages: raw HTML skipped, then the tree sanitized with the default
 * schema (no scripts, event handlers, styles, or links and images outside http(s)/mailto).
 */
export const markdownOptions = {
  skipHtml: true,
  rehypePlugins: [[rehypeSanitize, defaultSchema]],
} satisfies Pick<Options, 'skipHtml' | 'rehypePlugins'>;

/** Something in the typed text the public page will not show. */
export type MarkdownRemoval = { kind: 'html'; tag: string } | { kind: 'link'; protocol: string } | { kind: 'image' };

/** What a tree holds that sanitizing can take away: raw HTML, every element by tag, every link and image address. */
interface Inventory {
  rawTags: string[];
  tags: Map<string, number>;
  urls: Map<string, number>;
}

function inventory(tree: Nodes): Inventory {
  const found: Inventory = { rawTags: [], tags: new Map(), urls: new Map() };
  const walk = (node: Nodes) => {
    if (node.type === 'raw') {
      // Opening tags by name; a closing tag alone adds nothing; a comment or declaration is named by its opener.
      const tags = [...node.value.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1].toLowerCase());
      if (tags.length) found.rawTags.push(...tags);
      else if (!/^\s*<\//.test(node.value)) found.rawTags.push(/^\s*<!--/.test(node.value) ? '!--' : '!');
    }
    if (node.type === 'element') {
      found.tags.set(node.tagName, (found.tags.get(node.tagName) ?? 0) + 1);
      for (const key of ['href', 'src'] as const) {
        const url = (node as Element).properties?.[key];
        if (typeof url === 'string') found.urls.set(`${node.tagName} ${url}`, (found.urls.get(`${node.tagName} ${url}`) ?? 0) + 1);
      }
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return found;
}

/** A rehype step that only looks: it records the tree as it stands at its place in the pipeline. */
const snapshot = (into: (tree: Nodes) => void) => () => (tree: Nodes) => {
  into(tree);
};

const protocolOf = (url: string) => /^\s*([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase() ?? '';

/** Compares the tree before and after the sanitizing steps: what was there and is gone, once each. */
function removals(before: Inventory, after: Inventory): MarkdownRemoval[] {
  const out: MarkdownRemoval[] = [];
  const seen = new Set<string>();
  const add = (r: MarkdownRemoval) => {
    const key = JSON.stringify(r);
    if (!seen.has(key)) seen.add(key), out.push(r);
  };
  for (const tag of before.rawTags) add({ kind: 'html', tag });
  for (const [key, n] of before.urls) {
    if ((after.urls.get(key) ?? 0) >= n) continue;
    const [tag, url] = [key.slice(0, key.indexOf(' ')), key.slice(key.indexOf(' ') + 1)];
    add(tag === 'img' ? { kind: 'image' } : { kind: 'link', protocol: protocolOf(url) || 'unknown' });
  }
  for (const [tag, n] of before.tags) if ((after.tags.get(tag) ?? 0) < n) add(tag === 'img' ? { kind: 'image' } : { kind: 'html', tag });
  return out;
}

/**
 * What the public page will drop from this Markdown (raw HTML tags, links and images with an unsafe address),
 * found by running the page's own pipeline with a look before and after sanitizing.
 */
export function markdownRemovals(text: string): MarkdownRemoval[] {
  let before: Inventory | null = null;
  let after: Inventory | null = null;
  const rehypePlugins = [snapshot((t) => (before = inventory(t))), ...markdownOptions.rehypePlugins, snapshot((t) => (after = inventory(t)))];
  // The component is a plain function without hooks: calling it runs the pipeline; the elements it returns are not needed.
  Markdown({ ...markdownOptions, rehypePlugins: rehypePlugins as Options['rehypePlugins'], children: text });
  return before && after ? removals(before, after) : [];
}
