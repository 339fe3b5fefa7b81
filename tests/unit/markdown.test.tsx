import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown } from '@/components/ui/Markdown';

const render = (text: string) => renderToStaticMarkup(<Markdown text={text} />);

describe('staff Markdown', () => {
  it('renders paragraphs, lists, emphasis and links', () => {
    const html = render('First paragraph with **bold**.\n\n- one\n- two\n\n[source](https://example.org/a)');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('href="https://example.org/a"');
    expect(html).toContain('rel="noopener noreferrer"');
  });

  it('renders script and event-handler payloads inert', () => {
    const payloads = [
      '<script>alert(1)</script>',
      '<img src=x onerror="alert(1)">',
      '<a href="javascript:alert(1)">x</a>',
      '[click](javascript:alert(1))',
      '[click](JaVaScRiPt:alert(1))',
      '![x](javascript:alert(1))',
      '<svg onload=alert(1)>',
      '<iframe src="https://evil.example"></iframe>',
      '<div style="background:url(javascript:alert(1))" onclick="alert(1)">x</div>',
      '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    ];
    for (const p of payloads) {
      const html = render(`Intro\n\n${p}\n\nOutro`).toLowerCase();
      expect(html, p).not.toMatch(/<script|<iframe|<svg|\son[a-z]+=|javascript:|data:text\/html|style=/);
    }
  });
});
