import { describe, expect, it } from 'vitest';
import { dependencyOrder, loadModels, parseModels } from '@/lib/backup/models';
import { isDroppedModel, secretFieldsOf } from '@/lib/backup/secrets';

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

  it('refuses to export a required secret of a model nobody listed', () => {
    const [m] = parseModels('model ApiClient {\n  id Int @id\n  secret String\n}\n');
    expect(() => secretFieldsOf(m)).toThrow(/droppedModels/);
  });
});
