/**
 * Figures the portal calculates from stored figures. They are never stored and never presented as
 * the source's statements: every page shows them as "calculated", with the formula and its inputs.
 */
export type DerivedKind = 'ratio' | 'per';

export type DerivedSlug = 'reach-rate' | 'allocation-per-targeted-beneficiary';

export interface DerivedDefinition {
  slug: DerivedSlug;
  kind: DerivedKind;
  /** Stored figure slugs: result = numerator / denominator. */
  numerator: string;
  denominator: string;
  /** Unit of the result: "percent" for ratios, otherwise the numerator's unit per denominator item. */
  unit: 'percent' | 'EGP';
}

export const derivedDefinitions: readonly DerivedDefinition[] = [
  {
    slug: 'reach-rate',
    kind: 'ratio',
    numerator: 'citizens-reached',
    denominator: 'database-citizens',
    unit: 'percent',
  },
  {
    slug: 'allocation-per-targeted-beneficiary',
    kind: 'per',
    numerator: 'relief-caravans-allocation',
    denominator: 'relief-caravans-targeted-beneficiaries',
    unit: 'EGP',
  },
];

export interface DerivedValue extends DerivedDefinition {
  value: number;
  inputs: { numerator: string; denominator: string };
}

/** Computes every derived figure whose inputs exist; a zero or missing denominator yields nothing. */
export function computeDerived(values: ReadonlyMap<string, string>): DerivedValue[] {
  return derivedDefinitions.flatMap((d) => {
    const num = values.get(d.numerator);
    const den = values.get(d.denominator);
    if (num === undefined || den === undefined || Number(den) === 0) return [];
    return [{ ...d, value: Number(num) / Number(den), inputs: { numerator: num, denominator: den } }];
  });
}
