import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/locales';
import { proxyMatchers } from '@/lib/i18n/routing';
import { config as proxyConfig } from '@/proxy';

/**
 * The portal's locales are declared once, in lib/i18n/locales.ts. Everything else reads that list (or a
 * `Record<Locale, …>`, which the compiler makes complete), so a third language is a declaration, messages and a
 * migration. This test reads the source tree and names every line that spells the list out again.
 *
 * A line is flagged when, for two different codes A and B of the declared list, it has:
 *   1. two codes side by side as a list or union: `'ar' | 'en'`, `['ar', 'en']`, `z.enum(['ar', 'en'])`,
 *      `'/ar/admin', '/en/admin'`, and the same with the field suffixes (`'Ar' | 'En'`);
 *   2. two codes as a pattern alternation: `(ar|en)`, `?locale=ar|en`, `ar(?:/|$)|en(?:/|$)`;
 *   3. a comparison with a code, or a choice between two: `locale === 'ar' ? … : …`, `lang !== 'en'`,
 *      `case 'ar':`, `url.startsWith('/en') ? 'en' : 'ar'` — a two-way switch
 *      that silently sends any third locale down one branch. Ask the declaration instead (direction, digits,
 *      punctuation, the field suffix) or keep a `Record<Locale, …>`.
 *   4. a file importing the messages of two locales one by one (`import ar from '@/locales/ar.json'` and
 *      `import en from …/en.json`): take them from `allMessages` (lib/i18n/messages.ts, the one place that does).
 * Not flagged, because it names one language rather than listing them: a single code as a value
 * (`lang="ar"` on the Arabic copy of a bilingual content field, `/ar/figures` in a test, `pick(row, 'name', 'en')`),
 * and objects keyed by code (`{ ar: …, en: … }`), which a `Record<Locale, …>` type keeps complete.
 * Not scanned: lib/i18n/locales.ts (the declaration), locales/*.json (messages), prisma/ (migrations and seed
 * content), generated code, and this file. One generated line is allowed: proxy.ts's `matcher`, which Next.js needs
 * as a literal; it must equal proxyMatchers(), built from the list.
 */
const root = path.resolve(__dirname, '../..');
const scanned = ['app', 'lib', 'components', 'scripts', 'tests', 'bench', 'proxy.ts', 'next.config.ts'];
const skipped = new Set(['lib/i18n/locales.ts', 'tests/unit/locales-declared-once.test.ts']);
/** The one module that imports every locale's messages. */
const messagesModule = 'lib/i18n/messages.ts';
const skippedDirs = ['lib/generated/', 'node_modules/'];
/** Literals generated from the list (and checked against it below), by file and the start of their line. */
const generatedLines: Record<string, string> = { 'proxy.ts': 'matcher: [' };

/**
 * Files the record definitions (lib/records/**) are replacing, with the lines they still have: a file may go down
 * to none, never above its count. Delete the entry with the module.
 */
const pendingRewrite: Record<string, number> = {
  // Search documents are to come from the definitions' localized fields.
  'lib/data/search-records.ts': 1,
  // API error bodies carry `message` (English) and `messageAr`: a contract to change with its clients.
  'lib/api/http.ts': 1,
  'lib/api/response.ts': 1,
  'lib/sheets/respond.ts': 1,
};

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

export function rulesFor(codes: readonly string[]): { name: string; re: RegExp }[] {
  const pairs = codes.flatMap((a) => codes.filter((b) => b !== a).map((b) => [a, b] as const));
  const q = `['"\`]`;
  // A code alone, or the same path under two codes ('/ar/admin', '/en/admin'); different paths are not a list.
  const item = (a: string, b: string) => `${q}/?${esc(a)}(/[^'"\`]*)?${q}\\s*[|,]\\s*${q}/?${esc(b)}\\1${q}`;
  return [
    ...pairs.flatMap(([a, b]) => [
      { name: 'a literal list of locales', re: new RegExp(item(a, b)) },
      { name: 'a literal list of field suffixes', re: new RegExp(`${q}${esc(cap(a))}${q}\\s*[|,]\\s*${q}${esc(cap(b))}${q}`) },
      { name: 'a locale alternation in a pattern', re: new RegExp(`(?<![\\w-])${esc(a)}(?:\\(\\?:[^)\\s]{0,8}\\))?\\|${esc(b)}(?![\\w-])`) },
    ]),
    ...codes.map((c) => ({
      name: 'a two-way locale switch',
      re: new RegExp(`[=!]==?\\s*${q}${esc(c)}${q}|${q}${esc(c)}${q}\\s*[=!]==?|\\bcase\\s+${q}${esc(c)}${q}\\s*:|\\?\\s*${q}${esc(c)}${q}\\s*:\\s*${q}(?:${codes.map(esc).join('|')})${q}`),
    })),
  ];
}

export function findLiteralLocales(text: string, codes: readonly string[]): { line: number; rule: string; text: string }[] {
  const rules = rulesFor(codes);
  const lines = text.split('\n');
  const hits = lines.flatMap((line, i) => {
    const hit = rules.find((r) => r.re.test(line));
    return hit ? [{ line: i + 1, rule: hit.name, text: line.trim().slice(0, 120) }] : [];
  });
  // Messages imported locale by locale: flag the second locale's import.
  const messageFile = new RegExp(`locales/(${codes.map(esc).join('|')})\\.json['"\`]`);
  const imported = new Set<string>();
  lines.forEach((line, i) => {
    const code = /\b(?:import|require)\b/.test(line) ? messageFile.exec(line)?.[1] : undefined;
    if (!code || imported.has(code)) return;
    imported.add(code);
    if (imported.size === 2) hits.push({ line: i + 1, rule: "each locale's messages imported one by one", text: line.trim().slice(0, 120) });
  });
  return hits.sort((a, b) => a.line - b.line);
}

function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    const abs = path.join(root, rel);
    if (!fs.existsSync(abs)) return;
    if (fs.statSync(abs).isDirectory()) {
      if (skippedDirs.some((d) => `${rel}/`.startsWith(d)) || path.basename(rel).startsWith('.')) return;
      for (const name of fs.readdirSync(abs)) walk(path.posix.join(rel, name));
    } else if (/\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(rel) && !rel.endsWith('.d.ts') && !skipped.has(rel) && rel !== messagesModule) out.push(rel);
  };
  for (const entry of scanned) walk(entry);
  return out;
}

describe('locales are declared once', () => {
  it('the rules catch each way of spelling the list out, and leave single-language values alone', () => {
    const flagged = (line: string) => findLiteralLocales(line, ['ar', 'en', 'fr']).length > 0;
    for (const line of [
      "type L = 'ar' | 'en';",
      "for (const l of ['en', 'ar']) {}",
      "language: z.enum(['ar', 'en', 'fr']),",
      "disallow: ['/embed/', '/ar/admin', '/en/admin'],",
      "const key = `${field}${x ? 'Ar' : 'En'}`; type S = 'Ar' | 'En';",
      "pathname.replace(/^\\/(ar|en)(?=\\/|$)/, '')",
      "'/((?!ar(?:/|$)|en(?:/|$)|api).*)'",
      '/** GET /api/v1/check?claim=…&locale=ar|fr */',
      "const rtl = locale === 'ar';",
      "if (lang !== \"fr\") return;",
      "switch (l) { case 'en': break; }",
      "const locale = url.startsWith('/en') ? 'en' : 'ar';",
    ]) expect(flagged(line), line).toBe(true);
    for (const line of [
      '<p lang="ar" dir="rtl">{row.nameAr}</p>',
      "await page.goto('/ar/figures');",
      "for (const path of ['/ar', '/en/figures/x']) {}",
      "pick(row, 'name', 'en')",
      "const portal: Record<Locale, string> = { ar: 'شفافية', en: 'Shafafiya' };",
      "digits === 'arab' ? x : y",
      "const header = 'Year|Area|Entry';",
      "import en from '@/locales/en.json';",
    ]) expect(flagged(line), line).toBe(false);
    const imports = "import ar from '@/locales/ar.json';\nconst x = 1;\nimport en from '../locales/en.json';\n";
    expect(findLiteralLocales(imports, ['ar', 'en']).map((h) => h.line)).toEqual([3]);
    expect(findLiteralLocales("import en from '@/locales/en.json';\n", ['ar', 'en'])).toEqual([]);
  });

  it("proxy.ts's matcher literals are the ones generated from the locale list", () => {
    expect(proxyConfig.matcher, 'Paste proxyMatchers() from lib/i18n/routing.ts into proxy.ts').toEqual(proxyMatchers());
  });

  it('no file outside lib/i18n/locales.ts lists the locales or switches on one', () => {
    const found: string[] = [];
    for (const file of sourceFiles()) {
      const hits = findLiteralLocales(fs.readFileSync(path.join(root, file), 'utf8'), locales).filter(
        (h) => !(generatedLines[file] && h.text.startsWith(generatedLines[file])),
      );
      if (hits.length <= (pendingRewrite[file] ?? 0) && hits.length > 0) continue;
      for (const h of hits) found.push(`${file}:${h.line} ${h.rule}: ${h.text}`);
    }
    expect(found, `Read lib/i18n/locales.ts instead of spelling the locales out:\n${found.join('\n')}`).toEqual([]);
  });
});
