import { randomBytes } from 'node:crypto';
import { ok } from './gql';
import { Case, sqlValue } from './permission-cases-kit';
import type { PermissionWorld } from './permission-cases';
import { nationalSetup } from './permission-cases-network';

const unique = () => randomBytes(4).toString('hex');

export const PUBLISH_TEMPLATE = `mutation($input: PublishCommunityTemplateInput!) { publishCommunityTemplate(input: $input) { id name kind } }`;
export const ADOPT_TEMPLATE = `mutation($input: AdoptCommunityTemplateInput!) { adoptCommunityTemplate(input: $input) { id libraryId } }`;

/** A template of a fresh national theme community (its library's staff: the platform admin alone), one starter thread. */
async function freshTemplate(w: PermissionWorld): Promise<{ id: string; name: string; nationalId: string }> {
  const national = await nationalSetup(w.t, w.admin);
  const name = `Sjabloon ${unique()}`;
  const data = await ok(
    w.t,
    PUBLISH_TEMPLATE,
    {
      input: {
        kind: 'TEMPLATE',
        nationalCommunityId: national.community.id,
        name,
        description: 'Samen lezen.',
        starterThreads: [{ title: 'Welkom', body: 'Stel je voor.' }],
        watchedWords: ['reclame'],
      },
    },
    w.admin.token,
  );
  return { id: data.publishCommunityTemplate.id, name, nationalId: national.community.id };
}

/** The world's library with every onboarding step done (style, a holding, the expert step marked): completeOnboarding's "yes". */
async function onboardedLibrary(w: PermissionWorld): Promise<void> {
  await w.t.sql(`UPDATE libraries SET primary_color = COALESCE(primary_color, '#225588') WHERE id = $1`, [w.library.id]);
  const [item] = await w.t.sql(`INSERT INTO collection_items (title) VALUES ($1) RETURNING id`, [`Boek ${unique()}`]);
  await w.t.sql(`INSERT INTO holdings (library_id, item_id) VALUES ($1, $2)`, [w.library.id, item.id]);
  await w.t.sql(
    `INSERT INTO library_onboarding (library_id, marked_steps) VALUES ($1, ARRAY['EXPERT'])
     ON CONFLICT (library_id) DO UPDATE SET marked_steps = ARRAY['EXPERT', 'STAFF']`,
    [w.library.id],
  );
}

/** How each templates/onboarding operation of docs/permissions.md is tried (see FOUNDATION_CASES). */
export const TEMPLATES_CASES: Record<string, Case> = {
  publishCommunityTemplate: async (w) => {
    const national = await nationalSetup(w.t, w.admin);
    const name = `Campagne ${unique()}`;
    return {
      query: PUBLISH_TEMPLATE,
      variables: {
        input: {
          kind: 'CAMPAIGN',
          nationalCommunityId: national.community.id,
          name,
          description: 'Een maand lang lezen.',
          startsOn: '2026-01-01',
          endsOn: '2036-01-01',
          bannerText: 'Lees mee',
        },
      },
      verify: async ({ viewer }) =>
        expect(await w.t.sql(`SELECT kind, published_by_id FROM community_templates WHERE name = $1`, [name])).toEqual([
          { kind: 'CAMPAIGN', published_by_id: viewer?.id },
        ]),
    };
  },
  adoptCommunityTemplate: async (w) => {
    const template = await freshTemplate(w);
    return {
      query: ADOPT_TEMPLATE,
      variables: { input: { templateId: template.id, libraryId: w.library.id } },
      verify: async ({ viewer, data }) =>
        expect(
          await w.t.sql(`SELECT library_id, community_id, adopted_by_id FROM template_adoptions WHERE template_id = $1`, [template.id]),
        ).toEqual([{ library_id: w.library.id, community_id: data.adoptCommunityTemplate.id, adopted_by_id: viewer?.id }]),
    };
  },
  communityTemplates: async (w) => {
    const template = await freshTemplate(w);
    return {
      query: `query { communityTemplates(kind: TEMPLATE) { id name nationalCommunity { id } } }`,
      variables: {},
      verify: ({ data }) =>
        expect(data.communityTemplates).toContainEqual({
          id: template.id,
          name: template.name,
          nationalCommunity: { id: template.nationalId },
        }),
    };
  },
  templateAdoption: async (w) => {
    const template = await freshTemplate(w);
    await ok(w.t, ADOPT_TEMPLATE, { input: { templateId: template.id, libraryId: w.library.id } }, w.staff.token);
    return {
      query: `query { templateAdoption { template { id } adoptions libraries { librarySlug } } }`,
      variables: {},
      verify: ({ data }) =>
        expect(data.templateAdoption).toContainEqual({
          template: { id: template.id },
          adoptions: 1,
          libraries: [{ librarySlug: w.library.slug }],
        }),
    };
  },
  libraryOnboarding: async (w) => ({
    query: `query($id: ID!) { libraryOnboarding(libraryId: $id) { libraryId steps { key done } } }`,
    variables: { id: w.library.id },
    verify: ({ data }) => {
      expect(data.libraryOnboarding.libraryId).toBe(w.library.id);
      // The world's library has communities and a second staff member: those steps show done.
      expect(data.libraryOnboarding.steps).toEqual(
        expect.arrayContaining([
          { key: 'COMMUNITY', done: true },
          { key: 'STAFF', done: true },
        ]),
      );
    },
  }),
  markOnboardingStep: async (w) => {
    await w.t.sql(`DELETE FROM library_onboarding WHERE library_id = $1`, [w.library.id]);
    return {
      query: `mutation($id: ID!) { markOnboardingStep(libraryId: $id, step: EXPERT) { steps { key marked } } }`,
      variables: { id: w.library.id },
      verify: async () =>
        expect(await sqlValue(w, `SELECT marked_steps FROM library_onboarding WHERE library_id = $1`, [w.library.id])).toEqual(['EXPERT']),
    };
  },
  completeOnboarding: async (w) => {
    await onboardedLibrary(w);
    await w.t.sql(`UPDATE library_onboarding SET completed_at = NULL WHERE library_id = $1`, [w.library.id]);
    return {
      query: `mutation($id: ID!) { completeOnboarding(libraryId: $id) { allDone completedAt } }`,
      variables: { id: w.library.id },
      verify: async () =>
        expect(await sqlValue(w, `SELECT completed_at IS NOT NULL FROM library_onboarding WHERE library_id = $1`, [w.library.id])).toBe(
          true,
        ),
    };
  },
};
