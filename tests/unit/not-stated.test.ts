import { describe, expect, it } from 'vitest';
import { toFieldErrors } from '@/lib/validation/errors';
import { figureContentSchema, figureDraftSchema } from '@/lib/records/figure';
import { gatherNotStatedRows, notStatedFormRows, notStatedInWords } from '@/lib/validation/not-stated';
import { formValues } from '@/lib/validation/form-data';
import { initialNotStatedRows } from '@/components/admin/form/NotStatedField';

const figure = {
  labelAr: 'المبلغ المرصود', labelEn: 'Amount allocated', definitionAr: 'تعريف', definitionEn: 'Definition', unit: 'EGP', measure: 'allocated',
  scope: 'national', governorateCode: null, reason: 'ما لا يذكره المقال',
};

/** The staff form as a browser without JavaScript sends it: filled rows and spare empty ones. */
function sent(rows: [string, string, string][]): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(figure)) data.set(k, v ?? '');
  rows.forEach(([kind, noteAr, noteEn], i) => {
    data.set(`notStated.${i}.kind`, kind);
    data.set(`notStated.${i}.noteAr`, noteAr);
    data.set(`notStated.${i}.noteEn`, noteEn);
  });
  return data;
}
const parse = (data: FormData) => figureDraftSchema.safeParse(formValues(data, ['governorateCode']));
const errors = (data: FormData) => {
  const r = parse(data);
  return r.success ? {} : Object.fromEntries(Object.entries(toFieldErrors(r.error)).map(([k, v]) => [k, v.key]));
};

describe('what the source does not say, on the figure form', () => {
  it('keeps the filled rows in order as canonical JSON and drops the empty ones', () => {
    const r = parse(sent([['amount-spent', ' رُصد ولم يُذكر ما أُنفق ', ''], ['', '', ''], ['families', '', 'No number of families'], ['', '', '']]));
    expect(r.success).toBe(true);
    expect(JSON.parse(r.data!.notStated)).toEqual([
      { kind: 'amount-spent', noteAr: 'رُصد ولم يُذكر ما أُنفق', noteEn: null },
      { kind: 'families', noteAr: null, noteEn: 'No number of families' },
    ]);
    expect(parse(sent([['', '', ''], ['', '', '']])).data!.notStated).toBe('[]');
  });

  it('says what is wrong next to the row that has it', () => {
    expect(errors(sent([['period', '', ''], ['period', '', ''], ['other', '', ''], ['', 'ملاحظة بلا نوع', ''], ['method', '', 'x'.repeat(501)]]))).toEqual({
      'notStated.1.kind': 'invalid', 'notStated.2.noteAr': 'required', 'notStated.3.kind': 'choose', 'notStated.4.noteEn': 'tooLong',
    });
    // Row problems show even when another field is wrong too.
    const withBadUnit = sent([['nonsense', '', '']]);
    withBadUnit.set('unit', 'dollars');
    expect(errors(withBadUnit)).toEqual({ unit: 'choose', 'notStated.0.kind': 'choose' });
    // "Other" may repeat when each says what.
    expect(errors(sent([['other', 'أ', ''], ['other', '', 'b']]))).toEqual({});
  });

  it('accepts the stored JSON text a change carries, and refuses text that is not a list', () => {
    const stored = '[{"kind":"period","noteAr":null,"noteEn":null}]';
    expect(figureDraftSchema.parse({ ...figure, notStated: stored }).notStated).toBe(stored);
    expect(figureContentSchema.parse({ ...figure, notStated: [{ kind: 'period' }] }).notStated).toBe(stored);
    expect(figureContentSchema.parse({ ...figure }).notStated).toBe('[]');
    const garbled = sent([]);
    garbled.set('notStated', 'not json');
    expect(errors(garbled)).toEqual({ notStated: 'invalid' });
  });

  it('starts the form with the saved rows and spare empty ones, and keeps what was typed after a refusal', () => {
    const stored = JSON.stringify([{ kind: 'period', noteAr: 'لا يذكر الفترة', noteEn: null }]);
    expect(initialNotStatedRows({ notStated: stored })).toEqual([
      { row: 0, kind: 'period', noteAr: 'لا يذكر الفترة', noteEn: '' },
      { row: 1, kind: '', noteAr: '', noteEn: '' }, { row: 2, kind: '', noteAr: '', noteEn: '' }, { row: 3, kind: '', noteAr: '', noteEn: '' },
    ]);
    expect(notStatedFormRows({ 'notStated.4.kind': 'method', 'notStated.4.noteAr': '', 'notStated.7.kind': '' })).toEqual([{ row: 4, kind: 'method', noteAr: '', noteEn: '' }]);
    expect(gatherNotStatedRows({ labelAr: 'x' })).toEqual({ labelAr: 'x' });
  });

  it('reads the list in words for a diff or a changelog line', () => {
    const words = (k: string) => ({ 'amount-spent': 'How much was spent', period: 'The period' })[k] ?? k;
    const json = JSON.stringify([{ kind: 'amount-spent', noteAr: 'لم يُذكر', noteEn: 'Not given' }, { kind: 'period', noteAr: null, noteEn: null }]);
    expect(notStatedInWords(json, 'en', words)).toBe('How much was spent — Not given; The period');
    expect(notStatedInWords(json, 'ar', words)).toBe('How much was spent — لم يُذكر؛ The period');
    expect(notStatedInWords('[]', 'en', words)).toBe('');
  });
});
