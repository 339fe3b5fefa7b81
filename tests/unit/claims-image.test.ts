import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { checkCardWords } from '@/lib/claims/card-words';
import { checkClaim } from '@/lib/claims/check';
import { renderCheckCard } from '@/lib/claims/share-image';
import { foundingClaimData } from '../claims/founding';
import { politicianSentence, politicianSentenceEn } from '../claims/corpus';
import { vocabulary } from '../claims/vocabulary';
import { inLocale } from '@/tests/support/locales';

describe('the share image of a claim check', () => {
  for (const [locale, claim] of [['ar', politicianSentence], ['en', politicianSentenceEn]] as const) {
    it(`says each verdict, the kinds of difference, the quote and the source (${locale})`, async () => {
      const result = checkClaim(claim, foundingClaimData(locale));
      const words = checkCardWords(result, vocabulary(locale).words('latn'), { site: 'Shafafiya', link: 'https://portal.example/ar/check', attribution: (s) => s.origin ?? s.publisher });
      expect(words.verdicts).toHaveLength(2);
      expect(words.quote).toContain('رصد ملياري جنيه');
      expect(words.kinds).toContain(inLocale({ ar: 'المقياس، الوحدة، النطاق', en: 'measure, unit, scope' }, locale));
      const firstVerdict = inLocale({ ar: '2 مليار جنيه: المصدر لا يذكر ذلك', en: null }, locale);
      if (firstVerdict) expect(words.verdicts[0]).toBe(firstVerdict);

      const png = renderCheckCard(words, locale);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      const ctx = createCanvas(1200, 630).getContext('2d');
      ctx.drawImage(await loadImage(png), 0, 0);
      const { data } = ctx.getImageData(0, 0, 1200, 630);
      let inked = 0;
      for (let i = 0; i < data.length; i += 4 * 7) if (data[i] < 200) inked++;
      expect(inked).toBeGreaterThan(1_000);
      fs.writeFileSync(path.join(os.tmpdir(), `claim-check-card-${locale}.png`), png);
    });
  }

  it('shows two numbers and how many more when a claim has more than three', () => {
    const result = checkClaim('رصد 2 مليار جنيه واستهدف 250 ألف مستفيد ووصل إلى 30 مليون مواطن وسجل 37.4 مليون مواطن', foundingClaimData('ar'));
    expect(result.numbers).toHaveLength(4);
    const words = checkCardWords(result, vocabulary('ar').words('latn'), { site: 'S', link: 'L', attribution: () => 'A' });
    expect(words.verdicts).toEqual([expect.any(String), expect.any(String), 'ورقمان آخران في الرابط']);
  });
});
