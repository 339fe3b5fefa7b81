import { describe, expect, inject, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { Validator } from '@seriousme/openapi-schema-validator';
import { baseUrl } from './support';

const api = `${baseUrl}/api/v1`;

async function getJson(path: string) {
  const res = await fetch(`${api}${path}`);
  return { res, body: await res.json() };
}

async function loadDocument() {
  return (await getJson('/openapi.json')).body;
}

/** Validates a body against the 200 (or error) schema the document declares for a path. */
function validatorFor(doc: any) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  return (path: string, status: string, body: unknown) => {
    const schema = doc.paths[path].get.responses[status].content['application/json'].schema;
    const validate = ajv.compile({ ...schema, components: doc.components });
    const ok = validate(body);
    return ok ? [] : validate.errors;
  };
}

describe('the public API against its OpenAPI document', () => {
  it('publishes a valid OpenAPI 3.1 document', async () => {
    const doc = await loadDocument();
    expect(doc.openapi).toBe('3.1.0');
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('answers every path with a body that matches the document', async () => {
    const doc = await loadDocument();
    const check = validatorFor(doc);
    const concrete: Record<string, string> = {
      '/figures': '/figures?perPage=2&page=2',
      '/figures/{slug}': '/figures/citizens-reached',
      '/figures/{slug}/versions': '/figures/citizens-reached/versions',
      '/figures/{slug}/versions/{version}': '/figures/citizens-reached/versions/1',
      '/figures/{slug}/observations': '/figures/citizens-reached/observations',
      '/figures/{slug}/observations/{number}': '/figures/citizens-reached/observations/1',
      '/initiatives': '/initiatives',
      '/initiatives/{slug}': '/initiatives/sitr-wa-afia-caravans',
      '/sources': '/sources',
      '/sources/{slug}': '/sources/ecss-study-article-2023',
      '/governorates': '/governorates?perPage=100',
      '/breakdowns': '/breakdowns',
      '/changelog': '/changelog?figure=citizens-reached',
      '/history': '/history?limit=2',
      '/check': `/check?claim=${encodeURIComponent('التحالف أنفق 2 مليار جنيه على 250 ألف أسرة')}&locale=en`,
    };
    expect(Object.keys(concrete).sort()).toEqual(Object.keys(doc.paths).sort());
    for (const [path, url] of Object.entries(concrete)) {
      const { res, body } = await getJson(url);
      expect(res.status, url).toBe(200);
      expect(check(path, '200', body), url).toEqual([]);
    }
  });

  it('pages through lists with links and totals', async () => {
    const { body } = await getJson('/figures?perPage=3');
    expect(body.data).toHaveLength(3);
    expect(body.meta).toMatchObject({ page: 1, perPage: 3, total: 4, totalPages: 2, prev: null });
    const next = await (await fetch(body.meta.next)).json();
    expect(next.data.map((f: { slug: string }) => f.slug)).toEqual(['relief-caravans-targeted-beneficiaries']);
    const govs = await getJson('/governorates?perPage=100');
    expect(govs.body.meta.total).toBe(27);
  });

  it('serves exact values with their source and wording', async () => {
    const { body } = await getJson('/figures/relief-caravans-allocation');
    expect(body.data).toMatchObject({ value: '2000000000', unit: 'EGP', measure: 'allocated', source: 'ecss-study-article-2023', observation: 1 });
    expect(body.data.quote).toContain('رصد ملياري جنيه');
    expect(body.data.observations).toMatchObject([{ number: 1, value: '2000000000', source: 'ecss-study-article-2023', quote: body.data.quote, quoteStatesValue: true }]);
    const source = await getJson('/sources/ecss-study-article-2023');
    expect(source.body.data).toMatchObject({ kind: 'news-report', archive: null });
  });

  it('supports conditional requests, caching and cross-origin reads', async () => {
    const first = await fetch(`${api}/figures`);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toContain('max-age=');
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    const again = await fetch(`${api}/figures`, { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    const preflight = await fetch(`${api}/figures`, { method: 'OPTIONS', headers: { Origin: 'https://newsroom.example', 'Access-Control-Request-Method': 'GET' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('GET');
  });

  it('answers bad parameters with a 400 in the one error shape, never a 500', async () => {
    const doc = await loadDocument();
    const check = validatorFor(doc);
    const bad = [
      '/figures?page=0', '/figures?page=abc', '/figures?perPage=1000', '/figures?page=1&page=2', '/figures?color=red',
      '/changelog?figure=NOT%20A%20SLUG', '/figures/citizens-reached/versions?perPage=-1', '/figures?page=1e1', '/downloads/figures.pdf', '/downloads/figures.csv?x=1', '/openapi.json?x=1', '/datapackage.json?x=1',
    ];
    for (const url of bad) {
      const { res, body } = await getJson(url);
      expect(res.status, url).toBe(400);
      expect(check('/figures', '400', body), url).toEqual([]);
      expect(body.error.messageAr).toMatch(/[\u0600-\u06FF]/);
    }
    for (const url of ['/figures/no-such-figure', '/figures/no-such-figure/observations', '/figures/citizens-reached/observations/9', '/figures/citizens-reached/observations/0', '/figures/citizens-reached/versions/99', '/figures/citizens-reached/versions/abc', '/figures/citizens-reached/versions/01', '/downloads/nothing.csv', '/downloads/constructor.csv', '/downloads/__proto__.json', '/no/such/endpoint']) {
      const { res, body } = await getJson(url);
      expect(res.status, url).toBe(404);
      expect(body.error.code).toBe('not_found');
    }
  });
});

/**
 * Takes a test observation back out of the shared e2e database, so later test files see the founding data. The
 * history is append-only: the guards are lifted and restored inside the same transaction, and the entries' links
 * go too, so the chain still verifies.
 */
async function removeTestObservation(databaseUrl: string, slug: string, number: number, version: number) {
  const { createSeedClient } = await import('../../prisma/seed-lib');
  const { withoutHistoryGuards } = await import('../support/history-guards');
  const prisma = createSeedClient(databaseUrl);
  try {
    await prisma.$transaction(async (tx) => withoutHistoryGuards(tx, async () => {
      const f = await tx.figure.findUniqueOrThrow({ where: { slug } });
      const o = await tx.observation.findUniqueOrThrow({ where: { figureId_number: { figureId: f.id, number } } });
      const entries = await tx.changelogEntry.findMany({ where: { entityType: 'figure', entitySlug: slug, version: { gte: version } }, select: { id: true } });
      await tx.historyLink.deleteMany({ where: { entryId: { in: entries.map((e) => e.id) } } });
      await tx.changelogEntry.deleteMany({ where: { id: { in: entries.map((e) => e.id) } } });
      await tx.figureRevision.deleteMany({ where: { figureId: f.id, version: { gte: version } } });
      await tx.observationRevision.deleteMany({ where: { observationId: o.id } });
      await tx.observation.delete({ where: { id: o.id } });
      await tx.figure.update({ where: { id: f.id }, data: { version: version - 1 } });
    }));
  } finally {
    await prisma.$disconnect();
  }
}

describe('a published change', () => {
  it('names the new source for the new value and the founding source for the old one, and keeps the old version citable', async () => {
    const { publishValue, TEST_SOURCE_SLUG } = await import('../support/publish');
    const databaseUrl = inject('databaseUrl');
    const reason = 'تقرير التحالف السنوي 2024 (test)';
    const version = await publishValue(databaseUrl, 'citizens-reached', '31000000', reason);
    try {
      expect(version).toBe(2);
      const old = await getJson('/figures/citizens-reached/versions/1');
      expect(old.body.data).toMatchObject({ value: '30000000', source: 'ecss-study-article-2023', version: 1, latestVersion: 2, observation: 1 });
      const latest = await getJson('/figures/citizens-reached');
      expect(latest.body.data).toMatchObject({ value: '31000000', source: TEST_SOURCE_SLUG, asOf: '2024-12-31', version: 2, observation: 2 });
      expect(latest.body.data.observations.map((o: { number: number; value: string; source: string }) => [o.number, o.value, o.source])).toEqual([
        [1, '30000000', 'ecss-study-article-2023'],
        [2, '31000000', TEST_SOURCE_SLUG],
      ]);
      const added = await getJson('/figures/citizens-reached/observations/2');
      expect(added.body.data).toMatchObject({ value: '31000000', source: TEST_SOURCE_SLUG, locator: 'p. 1', revisions: [{ revision: 1, reason }] });

      const log = await getJson('/changelog?figure=citizens-reached');
      expect(log.body.data[0]).toMatchObject({ version: 2, reason, action: 'observation-add', observationNumber: 2 });
      expect(log.body.data[0].changes).toEqual(expect.arrayContaining([
        expect.objectContaining({ field: 'value', from: null, to: '31000000', label: { ar: 'القيمة', en: 'Value' } }),
        expect.objectContaining({ field: 'source', from: null, to: TEST_SOURCE_SLUG }),
      ]));
      // The entry names its record in words and links its public page.
      expect(log.body.data[0]).toMatchObject({ title: { en: 'Citizens the alliance reached' }, url: expect.stringMatching(/\/ar\/figures\/citizens-reached\/v\/2$/) });

      // The downloads credit each value to the source that states it.
      const Papa = (await import('papaparse')).default;
      const csv = async (name: string) =>
        Papa.parse<Record<string, string>>((await (await fetch(`${api}/downloads/${name}.csv`)).text()).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
      expect((await csv('figures')).find((r) => r.slug === 'citizens-reached')).toMatchObject({ value: '31000000', source: TEST_SOURCE_SLUG, observation: '2' });
      const observations = (await csv('observations')).filter((r) => r.figure === 'citizens-reached');
      expect(observations.map((r) => [r.observation, r.value, r.source])).toEqual([
        ['1', '30000000', 'ecss-study-article-2023'],
        ['2', '31000000', TEST_SOURCE_SLUG],
      ]);

      const v1 = await (await fetch(`${baseUrl}/ar/figures/citizens-reached/v/1`)).text();
      expect(v1).toContain('30 مليون');
      const v2 = await (await fetch(`${baseUrl}/ar/figures/citizens-reached/v/2`)).text();
      expect(v2).toContain('31 مليون');
      expect(v2).toContain(reason);
      const frozen = await (await fetch(`${baseUrl}/embed/ar/figures/citizens-reached/v/2`)).text();
      expect(frozen).toContain('31 مليون');

      const { XMLParser } = await import('fast-xml-parser');
      const feed = new XMLParser({ ignoreAttributes: false }).parse(await (await fetch(`${baseUrl}/ar/changelog/feed`)).text()).feed;
      const entries = [feed.entry].flat();
      expect(entries[0].title['#text'] ?? entries[0].title).toContain('الإصدار 2');
      expect(JSON.stringify(entries[0])).toContain(reason);

      // The public history: the new entry is its head, the feed states that head, the changelog page shows a link's hash.
      const chain = await getJson('/history?limit=500');
      expect(chain.body.data.at(-1).entry.entry).toMatchObject({ entitySlug: 'citizens-reached', version: 2, reason });
      expect(chain.body.head).toEqual({ seq: chain.body.data.at(-1).seq, hash: chain.body.data.at(-1).hash });
      expect(JSON.stringify(feed.subtitle)).toContain(chain.body.head.hash);
      const changelogPage = await (await fetch(`${baseUrl}/en/changelog`)).text();
      const shown = changelogPage.match(/id="history-head"[\s\S]*?<code[^>]*>([0-9a-f]{16})<\/code>/)?.[1];
      expect(chain.body.data.map((l: { hash: string }) => l.hash.slice(0, 16))).toContain(shown);
    } finally {
      await removeTestObservation(databaseUrl, 'citizens-reached', 2, 2);
    }
  });
});
