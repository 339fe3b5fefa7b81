import { describe, expect, it } from 'vitest';
import { dependencyOrder, loadModels, parseModels } from '@/lib/backup/models';
import { ManifestBuilder, canonicalRow, manifestMismatches } from '@/lib/backup/manifest';
import { SECRET_RULES, isDroppedModel, secretFieldsOf } from '@/lib/backup/secrets';

const authSchema = `
model User {
  id       String    @id
  email    String    @unique
  sessions Session[]
  accounts Account[]
}
model Session {
  id     String @id
  token  String @unique
  userId String
  user   User   @relation(fields: [userId], references: [id])
}
model Account {
  id           String  @id
  userId       String
  password     String?
  accessToken  String?
  refreshToken String?
  idToken      String?
  user         User    @relation(fields: [userId], references: [id])
}
model ChangeRequest {
  id        Int     @id @default(autoincrement())
  baseToken String?
}
`;

describe('backup rules', () => {
  it('orders every model after the models it references', () => {
    const names = loadModels().map((m) => m.name);
    for (const [before, after] of [['Source', 'Figure'], ['Figure', 'FigureRevision'], ['Breakdown', 'BreakdownValue'], ['Governorate', 'BreakdownValue']]) {
      expect(names.indexOf(before)).toBeLessThan(names.indexOf(after));
    }
    expect(names).toHaveLength(new Set(names).size);
  });

  it('drops sessions and nulls credentials of the auth tables, keeping other columns', () => {
    const models = Object.fromEntries(dependencyOrder(parseModels(authSchema)).map((m) => [m.name, m]));
    expect(isDroppedModel('Session')).toBe(true);
    expect(isDroppedModel('Verification')).toBe(true);
    expect(secretFieldsOf(models.Account).sort()).toEqual(['accessToken', 'idToken', 'password', 'refreshToken']);
    expect(secretFieldsOf(models.User)).toEqual([]);
    expect(secretFieldsOf(models.ChangeRequest)).toEqual([]);
  });

  it('classifies every model of the schema: the new tables are carried, the sign-in counters are not', () => {
    const models = loadModels();
    const names = models.map((m) => m.name);
    for (const m of models) expect(() => secretFieldsOf(m)).not.toThrow();
    for (const dropped of SECRET_RULES.droppedModels) expect(names).toContain(dropped);
    const kept = names.filter((n) => !isDroppedModel(n));
    expect(kept).toEqual(expect.arrayContaining(['ChangeContributor', 'Setting', 'HistoryLink', 'ChangelogEntry', 'AuditEvent', 'User', 'Account']));
    expect(kept).not.toContain('RateLimit');
    expect(kept).not.toContain('Session');
    const changelog = models.find((m) => m.name === 'ChangelogEntry')!;
    expect(changelog.scalars.map((f) => f.name)).toEqual(expect.arrayContaining(['observationRevision', 'publishedAlone']));
    expect(secretFieldsOf(changelog)).toEqual([]);
    expect(secretFieldsOf(models.find((m) => m.name === 'HistoryLink')!)).toEqual([]);
    expect(names.indexOf('ChangeRequest')).toBeLessThan(names.indexOf('ChangeContributor'));
  });

  it('refuses to export a required secret of a model nobody listed', () => {
    const [m] = parseModels('model ApiClient {\n  id Int @id\n  secret String\n}\n');
    expect(() => secretFieldsOf(m)).toThrow(/droppedModels/);
  });
});

describe('backup manifest', () => {
  const F = 'shafafiya-backup';
  const rows = () => new Map<string, Record<string, unknown>[]>([
    ['Figure', [{ id: 1, slug: 'a', value: '30000000' }, { id: 2, slug: 'b', value: null }]],
    ['ChangelogEntry', [{ id: 1, reason: 'x' }]],
  ]);
  const manifestOf = (tables: Map<string, Record<string, unknown>[]>, names = ['Figure', 'ChangelogEntry', 'Setting']) => {
    const b = new ManifestBuilder();
    for (const [name, list] of tables) for (const r of list) b.add(name, r);
    return b.build(F, 2, names);
  };

  it('reads the same rows the same whatever their key order, and lists empty tables with 0 rows', () => {
    expect(canonicalRow({ b: 1, a: { d: 2, c: 3 } })).toBe(canonicalRow({ a: { c: 3, d: 2 }, b: 1 }));
    const m = manifestOf(rows());
    expect(m.tables.map((t) => [t.name, t.rows])).toEqual([['Figure', 2], ['ChangelogEntry', 1], ['Setting', 0]]);
    expect(manifestMismatches(F, 2, m, rows())).toEqual([]);
  });

  it('names the table that lost a row, had a value changed, lost all its rows, or is not listed', () => {
    const m = manifestOf(rows());
    const fewer = rows();
    fewer.get('Figure')!.pop();
    expect(manifestMismatches(F, 2, m, fewer)).toEqual(['Figure: the manifest lists 2 rows, the file has 1']);
    const altered = rows();
    altered.get('Figure')![0].value = '31000000';
    expect(manifestMismatches(F, 2, m, altered)).toEqual(["Figure: the rows do not match the manifest's SHA-256 (a value was changed)"]);
    const dropped = rows();
    dropped.delete('ChangelogEntry');
    expect(manifestMismatches(F, 2, m, dropped)).toEqual(['ChangelogEntry: the manifest lists 1 rows, the file has 0']);
    const extra = rows();
    extra.set('Session', [{ id: 's' }]);
    expect(manifestMismatches(F, 2, m, extra)).toEqual(['Session: 1 rows in the file, but the manifest does not list this table']);
  });

  it('notices a manifest edited to match altered rows', () => {
    const m = manifestOf(rows());
    const fewer = rows();
    fewer.get('Figure')!.pop();
    const edited = { ...m, tables: m.tables.map((t) => (t.name === 'Figure' ? { ...t, rows: 1, sha256: manifestOf(fewer).tables[0].sha256 } : t)) };
    expect(manifestMismatches(F, 2, edited, fewer)).toEqual([expect.stringMatching(/manifest itself/)]);
    expect(manifestMismatches(F, 3, m, rows())).toEqual([expect.stringMatching(/manifest itself/)]);
  });
});
