import { z } from 'zod';
import { locales } from '../i18n/locales';
import { datePrecisions, measures, notStatedKinds, sourceKinds } from '../vocabulary';
import { differenceKinds } from './types';

/** The claim check's request and response for /api/v1/check, shared by the handler, the page and the OpenAPI document. */
export const CLAIM_MAX_LENGTH = 1000;

/** The claim as typed: trimmed, at most 1000 characters (empty means "nothing to check yet" on the page). */
export const claimTextSchema = z.string().trim().max(CLAIM_MAX_LENGTH);

export const checkQuery = z.object({
  claim: claimTextSchema.min(1).meta({
    description: 'The sentence to check, in Arabic (standard or Egyptian) or English, up to 1000 characters',
    example: 'التحالف أنفق 2 مليار جنيه على 250 ألف أسرة',
  }),
  locale: z.enum(locales).default('ar').meta({ description: 'Language of labels, sentences and the links returned' }),
});

const url = z.string().meta({ description: 'Absolute URL' });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const word = <T extends z.ZodType>(value: T) => z.object({ value, word: z.string().meta({ description: 'The words of the claim that say it' }) }).nullable();

const claimSide = z
  .object({
    text: z.string().meta({ description: 'The number as written in the claim' }),
    value: z.string().meta({ description: 'Its exact value as a decimal string (a percentage is given in percent)' }),
    valueText: z.string().meta({ description: 'The number with its unit as the claim writes it' }),
    percent: z.boolean(),
    measure: word(z.enum(measures)),
    unit: word(z.enum(['families', 'beneficiaries', 'persons'])),
    currency: word(z.enum(['EGP', 'USD', 'unspecified'])),
    per: word(z.enum(['families', 'beneficiaries', 'persons']).nullable()).meta({ description: 'An amount for each one (per family, per beneficiary)' }),
    other: z.string().nullable().meta({ description: 'A thing the claim counts that no figure counts ("meals", "jobs")' }),
    hedge: z.enum(['about', 'more', 'less']).nullable(),
    programme: word(z.string()),
    alliance: z.boolean().meta({ description: 'The claim names the alliance as a whole' }),
    governorate: word(z.string().meta({ description: 'ISO 3166-2:EG code' })),
    national: z.boolean(),
    years: z.array(z.int()),
    since: z.boolean(),
  })
  .meta({ id: 'ClaimCheckClaimSide', description: 'What the claim says around one of its numbers' });

const observationSide = z
  .object({
    figure: z.string(),
    number: z.int().min(1),
    value: z.string(),
    asOf: isoDate,
    asOfPrecision: z.enum(datePrecisions),
    quote: z.string().meta({ description: 'The exact words of the source' }),
    quoteTranslation: z.string().nullable(),
    locator: z.string().nullable(),
    source: z.object({
      slug: z.string(),
      kind: z.enum(sourceKinds),
      title: z.string(),
      workTitle: z.string().nullable(),
      author: z.string().nullable(),
      publisher: z.string(),
      origin: z.string().nullable(),
      publishedOn: isoDate.nullable(),
      url: url.nullable(),
      archiveUrl: url.nullable(),
    }),
    permalink: url.meta({ description: 'The observation on its figure page' }),
  })
  .meta({ id: 'ClaimCheckObservation' });

const sourceSide = z
  .object({
    kind: z.enum(['observation', 'derived']).meta({ description: 'One observation, or a figure the portal calculates from two' }),
    figure: z.string().meta({ description: 'Figure slug, or the calculated figure\'s slug' }),
    label: z.string(),
    value: z.string(),
    valueText: z.string(),
    unit: z.string(),
    measure: z.enum(measures),
    initiative: z.string().nullable(),
    governorate: z.string().nullable(),
    observations: z.array(observationSide).meta({ description: 'The observation, or a calculated figure\'s two inputs' }),
  })
  .meta({ id: 'ClaimCheckSourceSide', description: 'What the source says where the number most likely comes from' });

const difference = z
  .object({
    kind: z.enum(differenceKinds),
    text: z.string().meta({ description: 'The difference in one sentence' }),
    claim: z.string().meta({ description: 'Code of the claim\'s side: a measure, a unit, alliance, programme:<name>, governorate:<code>, national, years, or a value' }),
    source: z.string(),
    ratio: z.number().nullable().meta({ description: 'Size only: claim ÷ source; null when the claim speaks of another scope (the values are not comparable)' }),
    difference: z.string().nullable().meta({ description: 'Size only: claim − source, exact' }),
  })
  .meta({ id: 'ClaimCheckDifference' });

const numberRecord = z
  .object({
    claim: claimSide,
    verdict: z.enum(['matches', 'differs', 'not-stated']).meta({ description: 'About the source, never about a person' }),
    calculated: z.boolean().meta({
      description: 'True when the verdict is "matches" and the figure matched is one the portal calculates from the source (a rate, an amount per person): the source itself never states it, and verdictText says "matches a figure the portal calculated from the source"',
    }),
    verdictText: z.string(),
    source: sourceSide.nullable().meta({ description: 'Null when no figure counts anything like it' }),
    differences: z.array(difference),
    notStated: z.array(z.object({ kind: z.enum(notStatedKinds), label: z.string(), note: z.string().nullable() })).meta({ description: 'What the source leaves out that the claim runs into' }),
    alternatives: z.array(z.object({ figure: z.string(), label: z.string(), value: z.string(), observation: z.int().nullable() })),
  })
  .meta({ id: 'ClaimCheckNumber' });

export const checkRecord = z
  .object({
    claim: z.string(),
    locale: z.enum(locales),
    permalink: url.meta({ description: 'This result on the portal (a plain GET link)' }),
    image: url.meta({ description: 'A PNG share image of this result' }),
    differenceKinds: z.array(z.enum(differenceKinds)).meta({ description: 'Each kind of difference found, once' }),
    numbers: z.array(numberRecord),
    ignored: z.array(z.object({ text: z.string(), reason: z.enum(['year', 'duration', 'governorates', 'small']) })).meta({ description: 'Numbers read but not compared' }),
  })
  .meta({ id: 'ClaimCheck', description: 'For each number of a claim, what the source says and each difference that matters' });

export const checkResponse = z.object({ data: checkRecord }).meta({ id: 'ClaimCheckResponse' });

export type CheckRecord = z.infer<typeof checkRecord>;
