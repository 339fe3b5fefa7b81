import { describe, expect, inject, it } from 'vitest';
import { editorAndPublisher } from '../support/actors';
import { locales } from '@/lib/i18n/locales';

// Runs on the project's engine (setup.ts made this file's database). Downloads, the Data Package and share images are
// kept in memory under the published state's name (lib/cache/public-artefacts.ts): that name must move with every
// kind of publish, or a download would keep an older state.
const { prisma } = await import('@/lib/db');
const { publishChange } = await import('@/lib/data/changes/workflow');
const { publicStateVersion } = await import('@/lib/cache/state-version');
const { publicPathsFor } = await import('@/lib/data/revalidate');
const { changesOfEachKind, draftAndSubmit } = await import('../support/each-kind');

const { editor, publisher } = editorAndPublisher(prisma);

describe(`the published state's name (${inject('engine')})`, () => {
  it('changes with a publish of every kind, and each publish names pages to refresh in every locale', async () => {
    const seen = [await publicStateVersion()];
    for (const change of await changesOfEachKind(prisma as never)) {
      const id = await draftAndSubmit(prisma as never, editor, change);
      // Drafting and review change nothing public.
      expect(await publicStateVersion(), `${change.label}: before its publish`).toBe(seen.at(-1));
      const { revision } = await prisma.changeRequest.findUniqueOrThrow({ where: { id } });
      const publicChange = await publishChange(publisher, id, revision);
      const version = await publicStateVersion();
      expect(seen, `${change.label}: the state's name moved`).not.toContain(version);
      seen.push(version);
      const paths = publicPathsFor(publicChange).paths.map((p) => p.path);
      expect(paths, change.label).toEqual(expect.arrayContaining(locales.map((l) => `/${l}/changelog`)));
    }
    expect(new Set(seen).size).toBe(8);
  });
});
