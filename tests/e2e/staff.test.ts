import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { databaseDigest } from '../support/db-hash';
import { discardChange, fillDate } from './staff-helpers';
import { axeViolations, baseUrl, databaseFile, describeBrowser, openPage, passwordFor, signIn, useBrowser } from './support';
import { locales } from '@/lib/i18n/locales';

const figure = 'relief-caravans-targeted-beneficiaries';
const digest = () => databaseDigest(databaseFile);

/** How many rows each table holds now. */
function rowCounts(): Record<string, number> {
  const db = new Database(databaseFile, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
    return Object.fromEntries(tables.map(({ name }) => [name, (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]));
  } finally {
    db.close();
  }
}

/** Every server action of the build, with a page that serves it (from Next's own manifest). */
function serverActions(): { id: string; name: string; file: string; page: string }[] {
  const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../.next-e2e/server/server-reference-manifest.json'), 'utf8'));
  return Object.entries(manifest.node as Record<string, { exportedName: string; filename: string; workers: Record<string, unknown> }>).map(([id, a]) => ({
    id,
    name: a.exportedName,
    file: a.filename,
    page: Object.keys(a.workers)[0].replace(/^app/, '').replace(/\/page$/, '').replace(/\/\([^)]+\)/g, '')
      .replace('[locale]', 'ar').replace('[id]', '1').replace('[slug]', figure).replace('[number]', '1').replace('[token]', 'no-such-token'),
  }));
}

/**
 * Calls an action the way the browser does, optionally as a signed-in person: React's reply encoding of
 * (previous state, form data), i.e. the form's fields prefixed "_1_", then the arguments at "0".
 */
async function callAction(action: { id: string; page: string }, fields: Record<string, string>, init: { cookie?: string; origin?: string } = {}) {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.set(`_1_${k}`, v);
  // The arguments come last, as React sends them: the server resolves the form from the fields before it.
  body.set('0', JSON.stringify([{ status: 'idle' }, '$K1']));
  // A forged peer header: the server overwrites it with the socket's address, so the audit log shows 127.0.0.1.
  const headers: Record<string, string> = { 'Next-Action': action.id, Accept: 'text/x-component', Origin: init.origin ?? baseUrl, 'X-Shafafiya-Peer': '6.6.6.7' };
  if (init.cookie) headers.Cookie = init.cookie;
  const res = await fetch(`${baseUrl}${action.page}`, { method: 'POST', headers, body, redirect: 'manual' });
  return { status: res.status, text: await res.text() };
}

async function cookieHeader(page: Page): Promise<string> {
  return (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
}

/**
 * Corrects value 1 of the figure from its staff page («تصحيح هذه القيمة»), saves the draft and submits it; returns the
 * change page. The founding quote says «250 ألف», so any other value needs a public note saying where it comes from.
 */
async function draftAndSubmit(page: Page, value: string, reason: string, note = ''): Promise<string> {
  await page.goto(`${baseUrl}/ar/admin/figures/${figure}`);
  await page.locator('tr[data-observation="1"]').getByRole('link', { name: 'تصحيح هذه القيمة' }).click();
  await page.waitForURL(/\/observations\/1$/);
  await page.getByLabel('القيمة', { exact: true }).fill(value);
  await page.getByLabel('ملاحظة عن القيمة').fill(note);
  await page.getByLabel('سبب التغيير').fill(reason);
  await page.getByRole('button', { name: 'احفظ المسودة' }).click();
  await page.waitForURL(/\/ar\/admin\/changes\/\d+\?done=saved$/);
  await page.getByRole('button', { name: 'أرسل للمراجعة' }).click();
  await page.waitForURL(/done=submit$/);
  return page.url().split('?')[0];
}

async function publish(page: Page, changeUrl: string) {
  await page.goto(changeUrl);
  await page.getByRole('button', { name: 'انشر الآن' }).click();
  await page.waitForURL(/done=publish$/);
}

describeBrowser('staff: drafting, review and publishing', () => {
  useBrowser();

  it('an editor corrects a value with a public note and submits it; a publisher previews and publishes; the public page, its changelog and the audit log show it', async () => {
    const reason = 'صُحّحت القيمة من جدول القوافل في الدراسة';
    const note = 'من جدول القوافل في الدراسة، لا من الجملة المقتبسة';
    const editor = await signIn('editor@e2e.test');
    // Without the note the value is refused in the browser, in Arabic, next to the value, and nothing is sent.
    const before = digest();
    await editor.goto(`${baseUrl}/ar/admin/figures/${figure}/observations/1`);
    await editor.getByLabel('القيمة', { exact: true }).fill('٢٦٠٬٠٠٠');
    await editor.getByLabel('سبب التغيير').fill(reason);
    await editor.getByRole('button', { name: 'احفظ المسودة' }).click();
    await editor.locator('#value-error').waitFor();
    expect(await editor.locator('#value-error').innerText()).toContain('النص المقتبس لا يذكر هذه القيمة');
    expect(digest()).toBe(before);
    const changeUrl = await draftAndSubmit(editor, '٢٦٠٬٠٠٠', reason, note);
    expect(await editor.getByRole('button', { name: 'انشر الآن' }).count()).toBe(0);
    await editor.context().close();

    const publisher = await signIn('publisher@e2e.test');
    await publisher.goto(changeUrl);
    const preview = publisher.getByTestId('preview');
    expect(await preview.getByTestId('figure-value').innerText()).toContain('260 ألف');
    expect(await preview.innerText()).toContain(reason);
    // The value reads as on the public pages, with its exact digits beside it.
    expect(await publisher.locator('tr[data-field="value"]').innerText()).toMatch(/250 ألف[\s\S]*250,000[\s\S]*260 ألف[\s\S]*260,000/);
    expect(await publisher.locator('tr[data-field="valueNote"]').innerText()).toContain(note);
    expect(await (await fetch(`${baseUrl}/ar/figures/${figure}`)).text()).toContain('250 ألف');

    await publish(publisher, changeUrl);
    const published = Date.now();
    // Once published, the comparison's caption for screen readers is in the past tense, like its heading.
    expect(await publisher.locator('section[aria-labelledby="diff-heading"] table caption').textContent()).toBe('ما تغيّر عند النشر');
    let html = '';
    while (Date.now() - published < 1000 && !html.includes('260 ألف')) html = await (await fetch(`${baseUrl}/ar/figures/${figure}`)).text();
    expect(Date.now() - published).toBeLessThan(1000);
    expect(html).toContain('260,000');
    expect(html).toContain(note);
    const en = await (await fetch(`${baseUrl}/en/figures/${figure}`)).text();
    expect(en).toContain('260 thousand');

    const page = await openPage(`/ar/figures/${figure}`);
    const history = await page.locator('section[aria-labelledby="history-heading"]').innerText();
    expect(history).toContain(reason);
    expect(history).toMatch(/250 ألف مستفيد ← 260 ألف مستفيد/);
    await page.context().close();

    const admin = await signIn('admin@e2e.test');
    await admin.goto(`${baseUrl}/ar/admin/audit?action=change.publish&entityKey=${figure}/1`);
    const row = admin.locator('tr[data-audit="change.publish"]').first();
    expect(await row.innerText()).toContain('publisher@e2e.test');
    // The record column names the figure and the value, never the stored key.
    expect(await row.innerText()).toContain('مستفيدون مستهدفون بالإغاثة والقوافل الاجتماعية · القيمة 1');
    expect(await row.innerText()).not.toContain(`${figure}/1`);
    const details = admin.locator('tr[data-audit-details]').first();
    await details.locator('summary').click();
    expect(await details.locator('tr[data-field="value"]').innerText()).toMatch(/250,000[\s\S]*260,000/);
    await admin.context().close();

    // Put the founding value back (its quote states it, so no note), so the citizen-facing tests read the source's numbers:
    // an editor drafts it and the publisher, a second person, publishes it.
    const restorer = await signIn('editor@e2e.test');
    const restore = await draftAndSubmit(restorer, '250000', 'إعادة القيمة كما في المصدر');
    await restorer.context().close();
    await publish(publisher, restore);
    expect(await (await fetch(`${baseUrl}/ar/figures/${figure}`)).text()).toContain('250 ألف');
    await publisher.context().close();
  });

  it('offers a new value from a new report: a new source with its archived copy, then a value citing it, previewed as the headline', async () => {
    const editor = await signIn('editor@e2e.test');
    await editor.goto(`${baseUrl}/ar/admin/sources`);
    await editor.getByRole('link', { name: 'أضف مصدرًا جديدًا' }).click();
    await editor.waitForURL(/\/admin\/sources\/new$/);
    await editor.getByLabel('النوع').selectOption('annual-report');
    await editor.getByLabel('العنوان بالعربية').fill('التقرير السنوي للتحالف 2024');
    await editor.getByLabel('العنوان بالإنجليزية').fill('Alliance annual report 2024');
    expect(await editor.getByLabel('الاسم المختصر في الرابط').inputValue()).toBe('alliance-annual-report-2024');
    await editor.getByLabel('الناشر بالعربية').fill('التحالف الوطني للعمل الأهلي التنموي');
    await editor.getByLabel('الناشر بالإنجليزية').fill('National Alliance for Civil Development Work');
    await editor.getByLabel('الاقتباس من المصدر').fill('وصل التحالف إلى 31 مليون مواطن');
    await editor.getByLabel('النسخة المحفوظة من المصدر').setInputFiles({ name: 'report-2024.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n%%EOF\n') });
    await editor.getByLabel('سبب التغيير').fill('تقرير جديد');
    await editor.getByRole('button', { name: 'احفظ المسودة' }).click();
    await editor.waitForURL(/done=saved$/);
    expect(await editor.locator('tr[data-field="archiveSha256"]').innerText()).toMatch(/[0-9a-f]{64}/);
    await discardChange(editor);

    // The value form, from the figure page: the founding source stands in for the new report (a draft is never published here).
    await editor.goto(`${baseUrl}/ar/admin/figures/citizens-reached`);
    await editor.getByRole('link', { name: 'إضافة قيمة جديدة من مصدر جديد' }).click();
    await editor.waitForURL(/\/observations\/new$/);
    await editor.getByLabel('القيمة', { exact: true }).fill('31000000');
    await fillDate(editor, 'حتى تاريخ', '2024-12-31');
    await editor.getByLabel('دقة التاريخ').selectOption('year');
    await editor.getByLabel('المصدر', { exact: true }).selectOption('ecss-study-article-2023');
    await editor.getByLabel('الاقتباس من المصدر').fill('وصل التحالف إلى 30 مليون مواطن');
    await editor.getByLabel('سبب التغيير').fill('التقرير السنوي للتحالف 2024');
    await editor.getByRole('button', { name: 'احفظ المسودة' }).click();
    await editor.locator('#value-error').waitFor();
    await editor.getByLabel('الاقتباس من المصدر').fill('وصل التحالف إلى 31 مليون مواطن');
    await editor.getByRole('button', { name: 'احفظ المسودة' }).click();
    await editor.waitForURL(/done=saved$/);
    expect(await editor.getByTestId('preview').getByTestId('figure-value').innerText()).toContain('31 مليون');
    await discardChange(editor);
    await editor.context().close();
  });

  it('refuses the second of two saves of one draft, shows what changed, and saves only once the person confirms', async () => {
    const editor = await signIn('editor@e2e.test');
    await editor.goto(`${baseUrl}/ar/admin/figures/database-citizens`);
    await editor.getByLabel('الاسم بالإنجليزية').fill('Label one');
    await editor.getByLabel('سبب التغيير').fill('مسودة للتجربة');
    await editor.getByRole('button', { name: 'احفظ المسودة' }).click();
    await editor.waitForURL(/done=saved$/);
    const editUrl = `${editor.url().split('?')[0]}/edit`;
    const publisher = await signIn('publisher@e2e.test');
    await Promise.all([editor.goto(editUrl), publisher.goto(editUrl)]);

    await editor.getByLabel('الاسم بالإنجليزية').fill('Label two');
    await editor.getByRole('button', { name: 'احفظ المسودة' }).click();
    await editor.waitForURL(/done=saved$/);

    const before = digest();
    await publisher.getByLabel('الاسم بالإنجليزية').fill('Label three');
    await publisher.getByRole('button', { name: 'احفظ المسودة' }).click();
    const conflict = publisher.getByRole('alert').filter({ hasText: 'حفظ شخص آخر هذه المسودة بعد أن فتحتها' });
    await conflict.waitFor();
    expect(await conflict.innerText()).toMatch(/Label one[\s\S]*Label two[\s\S]*Label three/);
    expect(digest()).toBe(before);

    await publisher.getByLabel('راجعت هذه التغييرات؛ احفظ نسختي فوقها').check();
    await publisher.getByRole('button', { name: 'احفظ المسودة' }).click();
    await publisher.waitForURL(/done=saved$/);
    expect(await publisher.locator('tr[data-field="labelEn"]').innerText()).toContain('Label three');
    await discardChange(publisher);
    await Promise.all([editor.context().close(), publisher.context().close()]);
  });
});

describeBrowser('staff: initiative text', () => {
  useBrowser();

  it('publishes Markdown written by staff, with script and event-handler payloads rendered inert', async () => {
    const editor = await signIn('editor@e2e.test');
    await editor.goto(`${baseUrl}/ar/admin/initiatives/school-supplies`);
    const body = 'فقرة **مهمة** عن المستلزمات.\n\n- كراسات\n- حقائب\n\n<script>window.__pwned = 1</script>\n\n<img src="x" onerror="window.__pwned = 2">\n\n[رابط](javascript:window.__pwned=3)';
    await editor.getByLabel('النص بالعربية (Markdown)').fill(body);
    await editor.getByLabel('سبب التغيير').fill('توضيح نص المبادرة');
    await editor.getByRole('button', { name: 'احفظ المسودة' }).click();
    await editor.waitForURL(/done=saved$/);
    await editor.getByRole('button', { name: 'أرسل للمراجعة' }).click();
    await editor.waitForURL(/done=submit$/);
    const changeUrl = editor.url().split('?')[0];
    await editor.context().close();
    // A second person publishes it.
    const publisher = await signIn('publisher@e2e.test');
    await publisher.goto(changeUrl);
    await publisher.getByRole('button', { name: 'انشر الآن' }).click();
    await publisher.waitForURL(/done=publish$/);
    await publisher.context().close();

    const page = await openPage('/ar/initiatives/school-supplies');
    const about = page.locator('#about-heading + div');
    expect(await about.locator('strong').innerText()).toBe('مهمة');
    expect(await about.locator('li').count()).toBe(2);
    const html = (await about.innerHTML()).toLowerCase();
    expect(html).not.toMatch(/<script|<img|onerror|javascript:/);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.context().close();
  });
});

describeBrowser('staff: abuse resistance', () => {
  useBrowser();

  it('refuses every staff action sent without a session or from another site; the only write is the failed sign-in on record', async () => {
    const actions = serverActions();
    expect(actions.length).toBeGreaterThanOrEqual(20);
    const fields = { locale: 'ar', changeId: '1', expectedRevision: '1', slug: figure, value: '1', reason: 'x', note: 'x', userId: 'x', role: 'admin', email: 'intruder@example.org', name: 'x', password: 'x'.repeat(12), confirm: 'x'.repeat(12), token: 'no-such-token-000', figureSlug: figure, titleAr: 'x', titleEn: 'x', csv: 'governorate,value\nEG-C,1' };
    const before = rowCounts();
    for (const action of actions) {
      const anonymous = await callAction(action, fields);
      if (action.name === 'signInAction') expect(anonymous.text, action.name).toContain('"error":"invalidCredentials"');
      else if (action.name === 'acceptInviteAction') expect(anonymous.text, action.name).toContain('"error":"inviteInvalid"');
      else expect(anonymous.text, `${action.file} ${action.name}`).toContain('"error":"unauthenticated"');
      const foreign = await callAction(action, fields, { origin: 'https://attacker.example' });
      expect(foreign.status, `${action.name} from another site`).toBeGreaterThanOrEqual(400);
    }
    expect(rowCounts()).toEqual({ ...before, AuditEvent: before.AuditEvent + 1 });
    const db = new Database(databaseFile, { readonly: true });
    expect(db.prepare('SELECT action, actorId, entityKey, ipAddress FROM AuditEvent ORDER BY id DESC LIMIT 1').get()).toEqual({ action: 'auth.sign-in-failed', actorId: null, entityKey: '(unknown account)', ipAddress: '127.0.0.1' });
    db.close();
  });

  it("refuses a publish replayed with an editor's session", async () => {
    const publish = serverActions().find((a) => a.name === 'publishChangeAction')!;
    const editor = await signIn('editor@e2e.test');
    const changeUrl = await draftAndSubmit(editor, '251000', 'محاولة نشر من محرر', 'من جدول في الدراسة');
    const id = changeUrl.split('/').at(-1)!;
    const before = digest();
    const replay = await callAction({ id: publish.id, page: `/ar/admin/changes/${id}` }, { locale: 'ar', changeId: id, expectedRevision: '2' }, { cookie: await cookieHeader(editor) });
    expect(replay.text).toContain('"error":"forbidden"');
    expect(digest()).toBe(before);
    await editor.getByRole('button', { name: 'اسحب من المراجعة' }).click();
    await editor.waitForURL(/done=withdraw$/);
    // A record has one open change at a time: discard this one so later stories can change the value.
    await discardChange(editor);
    await editor.context().close();
  });

  it('slows down repeated wrong passwords, even when the right one follows', async () => {
    const page = await openPage('/ar/admin/sign-in');
    const attempt = async (password: string) => {
      await page.getByLabel('البريد الإلكتروني').fill('throttled@e2e.test');
      await page.getByLabel('كلمة المرور').fill(password);
      await page.getByRole('button', { name: 'ادخل' }).click();
      const alert = page.locator('main form [role="alert"]');
      await alert.waitFor();
      const text = await alert.innerText();
      await page.reload();
      return text;
    };
    for (let i = 0; i < 5; i++) expect(await attempt(`wrong password ${i}`)).toContain('البريد الإلكتروني أو كلمة المرور غير صحيحة');
    expect(await attempt(passwordFor())).toMatch(/محاولات خاطئة كثيرة\. انتظر \d+ دقيقة/);
    await page.context().close();
  });

  it('signs a person out on every device at once', async () => {
    const [laptop, phone] = await Promise.all([signIn('editor@e2e.test'), signIn('editor@e2e.test', { viewport: { width: 360, height: 780 } })]);
    await laptop.goto(`${baseUrl}/ar/admin/account`);
    await laptop.getByRole('button', { name: 'سجّل الخروج من كل الأجهزة' }).click();
    await laptop.waitForURL(/\/ar\/admin\/sign-in\?done=everywhere$/);
    await phone.goto(`${baseUrl}/ar/admin/figures`);
    expect(phone.url()).toMatch(/\/ar\/admin\/sign-in$/);
    await Promise.all([laptop.context().close(), phone.context().close()]);
  });

  it('serves staff pages uncached and unindexed, and sends strangers to sign in', async () => {
    const res = await fetch(`${baseUrl}/ar/admin/audit`, { redirect: 'manual' });
    expect(res.status).toBe(307);
    expect(res.headers.get('location')).toMatch(/\/ar\/admin\/sign-in$/);
    expect(res.headers.get('cache-control')).toContain('no-store');
    const signInPage = await fetch(`${baseUrl}/en/admin/sign-in`);
    expect(signInPage.headers.get('cache-control')).toContain('no-store');
    expect(signInPage.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(signInPage.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(await signInPage.text()).toContain('noindex');
    const editor = await signIn('editor@e2e.test');
    await editor.goto(`${baseUrl}/ar/admin/staff`);
    expect(await editor.locator('h1').innerText()).toBe('ليست لديك صلاحية لهذه الصفحة');
    await editor.context().close();
  });
});

describeBrowser('staff: accessibility (axe-core)', () => {
  useBrowser();

  it('finds no violations on the sign-in page, the figure form with its errors, a review with its preview, and the audit log', async () => {
    for (const locale of locales) {
      const page = await openPage(`/${locale}/admin/sign-in`);
      expect(await axeViolations(page), `${locale} sign-in`).toEqual([]);
      await page.context().close();
    }
    const publisher = await signIn('publisher@e2e.test');
    await publisher.goto(`${baseUrl}/ar/admin/figures/${figure}`);
    expect(await axeViolations(publisher), 'figure page with its values').toEqual([]);
    await publisher.goto(`${baseUrl}/ar/admin/figures/${figure}/observations/1`);
    await publisher.getByLabel('القيمة', { exact: true }).fill('');
    await publisher.getByRole('button', { name: 'احفظ المسودة' }).click();
    await publisher.locator('#error-summary-title').waitFor();
    expect(await publisher.getByLabel('القيمة', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await publisher.getByLabel('القيمة', { exact: true }).getAttribute('aria-describedby')).toContain('value-error');
    expect(await axeViolations(publisher), 'value form with errors').toEqual([]);
    await publisher.goto(`${baseUrl}/ar/admin/changes?status=published`);
    await publisher.locator('[data-change] a').first().click();
    await publisher.waitForURL(/\/admin\/changes\/\d+$/);
    expect(await axeViolations(publisher), 'change page').toEqual([]);
    await publisher.goto(`${baseUrl}/ar/admin`);
    expect(await axeViolations(publisher), 'dashboard').toEqual([]);
    await publisher.context().close();
    const admin = await signIn('admin@e2e.test', { colorScheme: 'dark' });
    await admin.goto(`${baseUrl}/ar/admin/audit`);
    expect(await axeViolations(admin), 'audit log').toEqual([]);
    await admin.goto(`${baseUrl}/en/admin/staff`);
    expect(await axeViolations(admin), 'staff').toEqual([]);
    await admin.context().close();
  });
});
