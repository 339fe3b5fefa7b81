import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { staffClientNamespaces } from '@/lib/i18n/client-namespaces';
import ar from '@/locales/ar.json';

const root = path.resolve(__dirname, '../..');
const files = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []));

describe('messages sent to the staff area’s browser code', () => {
  const clientFiles = [...files(path.join(root, 'components/admin')), ...files(path.join(root, 'components/retire')), ...files(path.join(root, 'app/[locale]/admin'))].filter((f) =>
    /^\s*['"]use client['"]/.test(fs.readFileSync(f, 'utf8')),
  );

  it('include every group a client component reads, so no label shows as a raw key', () => {
    const missing: string[] = [];
    for (const f of clientFiles) {
      for (const m of fs.readFileSync(f, 'utf8').matchAll(/useTranslations\(\s*['"]([A-Za-z]+)/g)) {
        if (!(staffClientNamespaces as readonly string[]).includes(m[1])) missing.push(`${path.relative(root, f)}: ${m[1]}`);
      }
    }
    expect(clientFiles.length).toBeGreaterThan(5);
    expect(missing).toEqual([]);
  });

  it('never import the server-only locale link (it reads the locale on the server and breaks the page in a browser)', () => {
    const all = [...files(path.join(root, 'components')), ...files(path.join(root, 'app'))].filter((f) => /^\s*['"]use client['"]/.test(fs.readFileSync(f, 'utf8')));
    const offenders = all.filter((f) => /from ['"][^'"]*i18n\/navigation['"]/.test(fs.readFileSync(f, 'utf8'))).map((f) => path.relative(root, f));
    expect(offenders).toEqual([]);
  });

  it('name groups that exist', () => {
    for (const n of staffClientNamespaces) expect(ar, n).toHaveProperty(n);
  });
});
