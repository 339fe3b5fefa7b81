import { describe, expect, it } from 'vitest';
import { computeDerived } from '@/lib/derived';

const founding = new Map([
  ['database-citizens', '37400000'],
  ['citizens-reached', '30000000'],
  ['relief-caravans-allocation', '2000000000'],
  ['relief-caravans-targeted-beneficiaries', '250000'],
]);

describe('calculated figures', () => {
  it('computes the reach rate and the allocation per targeted beneficiary from stored values', () => {
    const bySlug = Object.fromEntries(computeDerived(founding).map((d) => [d.slug, d]));
    expect(bySlug['reach-rate'].value).toBeCloseTo(0.8021, 4);
    expect(bySlug['allocation-per-targeted-beneficiary'].value).toBe(8000);
    expect(bySlug['reach-rate'].inputs).toEqual({ numerator: '30000000', denominator: '37400000' });
  });

  it('follows the inputs when a stored value changes', () => {
    const changed = new Map(founding).set('relief-caravans-targeted-beneficiaries', '400000');
    const per = computeDerived(changed).find((d) => d.slug === 'allocation-per-targeted-beneficiary');
    expect(per?.value).toBe(5000);
  });

  it('shows nothing rather than a wrong number when an input is missing or zero', () => {
    const missing = new Map(founding);
    missing.delete('citizens-reached');
    expect(computeDerived(missing).map((d) => d.slug)).toEqual(['allocation-per-targeted-beneficiary']);
    const zero = new Map(founding).set('database-citizens', '0');
    expect(computeDerived(zero).some((d) => d.slug === 'reach-rate')).toBe(false);
  });
});
