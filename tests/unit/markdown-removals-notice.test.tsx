import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { MarkdownRemovalsNotice } from '@/components/admin/MarkdownRemovalsNotice';
import type { Locale } from '@/lib/i18n/locales';
import { allMessages } from '@/lib/i18n/messages';

const render = (locale: Locale, fields: { label: string; text: string }[]) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} timeZone="UTC" messages={allMessages[locale]}>
      <MarkdownRemovalsNotice fields={fields} />
    </NextIntlClientProvider>,
  );

describe('the notice staff see when Markdown loses something', () => {
  it('names each field and what it loses, in the reader language', () => {
    const fields = [
      { label: 'Text in Arabic', text: 'Intro\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))' },
      { label: 'Text in English', text: 'Plain **Markdown** with [a link](https://example.org).' },
    ];
    const html = render('en', fields);
    expect(html).toContain('These parts will not appear on the public page');
    expect(html).toContain('Text in Arabic: the &lt;script&gt; tag and a javascript: link.');
    expect(html).not.toContain('Text in English');
    const arabic = render('ar', fields);
    expect(arabic).toContain('لن تظهر هذه الأجزاء في الصفحة العامة');
    expect(arabic).toContain('الوسم &lt;script&gt; و');
    expect(arabic).toContain('رابط javascript:');
  });

  it('shows nothing when every field renders as typed', () => {
    expect(render('en', [{ label: 'Text', text: 'Nothing *unusual* here.' }])).toBe('');
  });
});
