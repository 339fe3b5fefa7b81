/** A check's result as the API answers it: codes for machines, sentences for people, absolute links. */
import { isoDate } from '../format';
import type { Locale } from '../i18n/locales';
import { siteUrl } from '../site';
import type { CheckRecord } from './record-schema';
import type { CheckResult, Difference, NumberCheck, ScopeSide, Target, TargetObservation } from './types';
import { claimValueText, differenceText, targetValueText, verdictText, type CheckWords } from './words';

/** The page and share image of a claim, site-relative: the GET URL is the result's permanent link. */
export function checkPaths(locale: Locale, claim: string): { page: string; image: string } {
  // Encoded as a browser encodes the GET form (spaces as +), so the form's address and this link are the same.
  const query = `?${new URLSearchParams({ claim })}`;
  return { page: `/${locale}/check${query}`, image: `/og/${locale}/check${query}` };
}

const scopeCode = (s: ScopeSide) =>
  s.kind === 'programme' ? `programme:${s.programme ?? ''}` : s.kind === 'governorate' ? `governorate:${s.code}` : s.kind;

function codes(d: Difference): { claim: string; source: string; ratio: number | null; difference: string | null } {
  const none = { ratio: null, difference: null };
  switch (d.kind) {
    case 'measure':
    case 'unit':
      return { claim: d.claim, source: d.source, ...none };
    case 'scope':
      return { claim: scopeCode(d.claim), source: scopeCode(d.source), ...none };
    case 'date':
      return { claim: `${d.since ? 'since:' : ''}${d.claimYears.join(',')}`, source: isoDate(d.asOf), ...none };
    case 'size':
      // Across scopes the two values are not comparable: no ratio.
      return { claim: d.claim, source: d.source, ratio: d.scoped ? null : d.ratio, difference: d.scoped ? null : d.difference };
  }
}

function observationRecord(o: TargetObservation, locale: Locale) {
  const s = o.source;
  return {
    figure: o.figure, number: o.number, value: o.value, asOf: isoDate(o.asOf), asOfPrecision: o.asOfPrecision,
    quote: o.quote, quoteTranslation: o.quoteTranslation, locator: o.locator,
    source: {
      slug: s.slug, kind: s.kind, title: s.title, workTitle: s.workTitle, author: s.author, publisher: s.publisher, origin: s.origin,
      publishedOn: s.publishedOn ? isoDate(s.publishedOn) : null, url: s.url, archiveUrl: s.archive ? `${siteUrl()}${s.archive.path}` : null,
    },
    permalink: `${siteUrl()}/${locale}${o.permalink}`,
  };
}

function sourceRecord(t: Target, w: CheckWords, unitWord: (u: string) => string) {
  return {
    kind: t.kind, figure: t.slug, label: t.label, value: t.value, valueText: targetValueText(t, w, unitWord), unit: t.unit, measure: t.measure,
    initiative: t.initiative?.slug ?? null, governorate: t.governorate?.code ?? null,
    observations: t.observations.map((o) => observationRecord(o, w.locale)),
  };
}

function numberRecord(c: NumberCheck, w: CheckWords, unitWord: (u: string) => string): CheckRecord['numbers'][number] {
  const n = c.claim;
  return {
    claim: {
      text: n.raw, value: n.value, valueText: claimValueText(n, w), percent: n.percent, measure: n.measure, unit: n.unit, currency: n.currency, per: n.per,
      other: n.other, hedge: n.hedge, programme: n.programme, alliance: !!n.alliance,
      governorate: n.governorate, national: !!n.national, years: n.years, since: n.since,
    },
    verdict: c.verdict,
    calculated: c.calculated,
    verdictText: verdictText(c.verdict, w, c.calculated),
    source: c.target ? sourceRecord(c.target, w, unitWord) : null,
    differences: c.target ? c.differences.map((d) => ({ kind: d.kind, text: differenceText(d, n, c.target!, w, unitWord), ...codes(d) })) : [],
    notStated: c.notStated.map((s) => ({ kind: s.kind, label: w.t(`notStatedKinds.${s.kind}`), note: s.note })),
    alternatives: c.alternatives.map((a) => ({ figure: a.slug, label: a.label, value: a.value, observation: a.observation })),
  };
}

export function toCheckRecord(result: CheckResult, w: CheckWords, unitWord: (u: string) => string): CheckRecord {
  const paths = checkPaths(w.locale, result.claim);
  return {
    claim: result.claim,
    locale: w.locale,
    permalink: `${siteUrl()}${paths.page}`,
    image: `${siteUrl()}${paths.image}`,
    differenceKinds: result.differenceKinds,
    numbers: result.numbers.map((c) => numberRecord(c, w, unitWord)),
    ignored: result.ignored.map((i) => ({ text: i.raw, reason: i.reason })),
  };
}
