import { expect, it } from 'vitest';
import Papa from 'papaparse';
import { fillDate, saveSubmitPublish } from './staff-helpers';
import { baseUrl, describeBrowser, openPage, signIn, useBrowser } from './support';

// Staff grow the portal: a new source, an initiative citing it, and two figures with their first values, each through
// draft → review → publish; then everything is public at once. Uses its own slugs, so other stories are unaffected.
const source = 'school-supplies-report-2024';
const initiative = 'school-supplies-campaign-2024';
const nameEn = 'School supplies campaign 2024';
const sourceQuote = 'وزّع التحالف حقائب مدرسية على 45000 تلميذ، واستفادت 18000 أسرة من الحملة';
const figures = [
  { slug: 'school-supplies-pupils-2024', labelAr: 'تلاميذ استلموا حقائب مدرسية', labelEn: 'Pupils who received school bags', unit: 'people', value: '45,000', quote: 'وزّع التحالف حقائب مدرسية على 45000 تلميذ' },
  { slug: 'school-supplies-families-2024', labelAr: 'أسر استفادت من حملة الأدوات المدرسية', labelEn: 'Families who benefited from the school supplies campaign', unit: 'families', value: '18000', quote: 'واستفادت 18000 أسرة من الحملة' },
];

describeBrowser('staff create records (an initiative with two figures, their values and their source)', () => {
  useBrowser();

  it('an editor creates them and a publisher publishes each; the slug is suggested from the name', async () => {
    const editor = await signIn('editor@e2e.test');

    await editor.goto(`${baseUrl}/ar/admin/sources/new`);
    await editor.getByLabel('النوع', { exact: true }).selectOption('annual-report');
    await editor.getByLabel('العنوان بالعربية', { exact: true }).fill('تقرير حملة الأدوات المدرسية 2024');
    await editor.getByLabel('العنوان بالإنجليزية', { exact: true }).fill('School supplies campaign report 2024');
    await editor.getByLabel(/الاسم المختصر في الرابط/).fill(source);
    await editor.getByLabel('الناشر بالعربية', { exact: true }).fill('التحالف الوطني للعمل الأهلي التنموي');
    await editor.getByLabel('الناشر بالإنجليزية', { exact: true }).fill('National Alliance for Civil Development Work');
    await fillDate(editor, /تاريخ النشر/, '2024-11-15');
    await editor.getByLabel('الاقتباس من المصدر', { exact: true }).fill(sourceQuote);
    await saveSubmitPublish(editor, 'مصدر جديد: تقرير حملة الأدوات المدرسية');

    await editor.goto(`${baseUrl}/ar/admin/initiatives`);
    await editor.getByRole('link', { name: 'أضف مبادرة جديدة' }).click();
    await editor.waitForURL(/\/ar\/admin\/initiatives\/new$/);
    await editor.getByLabel('الاسم بالعربية', { exact: true }).fill('حملة الأدوات المدرسية 2024');
    await editor.getByLabel('الاسم بالإنجليزية', { exact: true }).fill(nameEn);
    // Suggested from the English name while the editor has not typed one of their own.
    await expect.poll(() => editor.getByLabel(/الاسم المختصر في الرابط/).inputValue()).toBe(initiative);
    await editor.getByLabel('الملخص بالعربية', { exact: true }).fill('حقائب وأدوات مدرسية لتلاميذ الأسر الأولى بالرعاية.');
    await editor.getByLabel('الملخص بالإنجليزية', { exact: true }).fill('School bags and supplies for pupils of the families most in need.');
    await editor.getByLabel(/النص بالعربية/).fill('وزّع التحالف **حقائب مدرسية** مع بداية العام الدراسي.');
    await editor.getByLabel(/النص بالإنجليزية/).fill('The alliance handed out **school bags** at the start of the school year.');
    await editor.getByLabel('النوع', { exact: true }).selectOption('school-supplies');
    await editor.getByLabel('الحالة', { exact: true }).selectOption('completed');
    await editor.getByLabel(/الصفحة الرسمية للمبادرة/).fill('https://example.org/school-supplies');
    await editor.getByLabel('المصدر', { exact: true }).selectOption(source);
    await editor.getByLabel('الاقتباس من المصدر', { exact: true }).fill(sourceQuote);
    await saveSubmitPublish(editor, 'مبادرة جديدة يذكرها تقرير الحملة');

    for (const f of figures) {
      await editor.goto(`${baseUrl}/ar/admin/initiatives/${initiative}`);
      await editor.getByRole('link', { name: 'أضف رقمًا إلى هذه المبادرة' }).click();
      await editor.waitForURL(/\/ar\/admin\/figures\/new\?initiative=/);
      expect(await editor.getByLabel(/المبادرة التي يتبعها الرقم/).inputValue()).toBe(initiative);
      await editor.getByLabel('الاسم بالعربية', { exact: true }).fill(f.labelAr);
      await editor.getByLabel('الاسم بالإنجليزية', { exact: true }).fill(f.labelEn);
      await editor.getByLabel(/الاسم المختصر في الرابط/).fill(f.slug);
      await editor.getByLabel('التعريف بالعربية', { exact: true }).fill(`${f.labelAr} كما يذكر تقرير الحملة.`);
      await editor.getByLabel('التعريف بالإنجليزية', { exact: true }).fill(`${f.labelEn}, as the campaign report states.`);
      await editor.getByLabel('الوحدة', { exact: true }).selectOption(f.unit);
      await editor.getByLabel('نوع الرقم', { exact: true }).selectOption('reached');
      await editor.getByLabel('النطاق', { exact: true }).selectOption('national');
      await editor.getByLabel('القيمة', { exact: true }).fill(f.value);
      await fillDate(editor, 'حتى تاريخ', '2024-10-31');
      await editor.getByLabel('دقة التاريخ', { exact: true }).selectOption('month');
      await editor.getByLabel('المصدر', { exact: true }).selectOption(source);
      await editor.getByLabel('الاقتباس من المصدر', { exact: true }).fill(f.quote);
      await saveSubmitPublish(editor, 'رقم جديد من تقرير الحملة');
    }
    await editor.context().close();
  });

  it('all of it is public at once: pages, search, the API, the download and the feed', async () => {
    const page = await openPage(`/ar/initiatives/${initiative}`, { javaScriptEnabled: false });
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('حملة الأدوات المدرسية 2024');
    for (const f of figures) expect(await page.locator(`a[href="/ar/figures/${f.slug}"]`).count()).toBeGreaterThan(0);
    expect(await page.locator('a[href="https://example.org/school-supplies"]').count()).toBe(1);

    await page.goto(`${baseUrl}/en/figures/${figures[0].slug}`);
    const text = await page.locator('main').innerText();
    expect(text).toContain('45,000');
    expect(text).toContain('School supplies campaign report 2024');

    await page.goto(`${baseUrl}/en/initiatives`);
    expect(await page.locator(`a[href="/en/initiatives/${initiative}"]`).count()).toBeGreaterThan(0);
    await page.goto(`${baseUrl}/ar/search?q=${encodeURIComponent('حقائب مدرسية')}`);
    expect(await page.locator(`main a[href^="/ar/initiatives/${initiative}"]`).count()).toBeGreaterThan(0);
    await page.context().close();

    const api = await (await fetch(`${baseUrl}/api/v1/initiatives/${initiative}`)).json();
    expect([api.data.officialUrl, api.data.source, api.data.figures]).toEqual(['https://example.org/school-supplies', source, figures.map((f) => f.slug)]);
    const figure = await (await fetch(`${baseUrl}/api/v1/figures/${figures[1].slug}`)).json();
    expect([figure.data.value, figure.data.unit, figure.data.source]).toEqual(['18000', 'families', source]);

    const csv = Papa.parse<Record<string, string>>(await (await fetch(`${baseUrl}/api/v1/downloads/initiatives.csv`)).text(), { header: true }).data;
    expect(csv.find((r) => r.slug === initiative)).toMatchObject({ name_en: nameEn, official_url: 'https://example.org/school-supplies', source });

    const feed = await (await fetch(`${baseUrl}/en/changelog/feed`)).text();
    expect(feed).toContain(nameEn);
    expect(feed).toContain(figures[1].labelEn);
  });
});
