import { describe, expect, it } from 'vitest';
import { markdownRemovals } from '@/lib/security/markdown';

describe('what the public page drops from staff Markdown', () => {
  it('finds nothing in ordinary Markdown with safe links', () => {
    expect(markdownRemovals('Intro with **bold**.\n\n- one\n- two\n\n[source](https://example.org/a) and [mail](mailto:a@b.org) and [page](/ar/figures/x)\n\n![chart](https://example.org/c.png)')).toEqual([]);
  });

  it('lists raw HTML tags, once each, in the order typed', () => {
    expect(markdownRemovals('Intro\n\n<script>alert(1)</script>\n\nText <b>bold</b> and <img src=x onerror="alert(1)"> and <script>x</script>')).toEqual([
      { kind: 'html', tag: 'script' },
      { kind: 'html', tag: 'b' },
      { kind: 'html', tag: 'img' },
    ]);
    expect(markdownRemovals('a <!-- note --> b')).toEqual([{ kind: 'html', tag: '!--' }]);
  });

  it('lists links and images whose address is unsafe, by protocol', () => {
    expect(markdownRemovals('[click](javascript:alert(1)) and [x](JaVaScRiPt:alert(2))')).toEqual([{ kind: 'link', protocol: 'javascript' }]);
    expect(markdownRemovals('[x](data:text/html;base64,PHNjcmlwdD4=)')).toEqual([{ kind: 'link', protocol: 'data' }]);
    expect(markdownRemovals('![x](javascript:alert(1))')).toEqual([{ kind: 'image' }]);
    expect(markdownRemovals('[ref][1]\n\n[1]: vbscript:msgbox(1)')).toEqual([{ kind: 'link', protocol: 'vbscript' }]);
    expect(markdownRemovals('<javascript:alert(1)>')).toEqual([{ kind: 'link', protocol: 'javascript' }]);
  });
});
