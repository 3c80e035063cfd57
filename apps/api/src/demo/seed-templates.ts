import { EntityManager } from 'typeorm';
import { present } from '@waardenet/core';
import { User } from '@waardenet/accounts';
import { Community } from '@waardenet/communities';
import { Library } from '@waardenet/libraries';
import { CommunityTemplate, TemplateAdoption, TemplateKind } from '@waardenet/templates';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * One national community template and one running campaign (issue #18 ask 4), both for the national climate
 * community, published by the national foundation; Utrecht's climate chapter adopted the campaign, so its page
 * shows the banner and the national dashboard counts one adoption. Rotterdam can still start from either.
 */
export async function seedTemplates(
  em: EntityManager,
  s: { users: Map<string, User>; libraries: Map<string, Library>; communities: Map<string, Community> },
): Promise<void> {
  const editor = present(s.users.get('admin'), 'demo user admin');
  const national = present(s.communities.get('klimaat-en-duurzaamheid'), 'demo klimaat-en-duurzaamheid');
  const utrecht = present(s.libraries.get('utrecht'), 'demo library utrecht');
  const base = { nationalCommunityId: national.id, theme: national.theme ?? national.name, publishedById: editor.id };
  await em.save(
    em.create(CommunityTemplate, {
      ...base,
      kind: TemplateKind.TEMPLATE,
      name: 'Klimaatcafé in je bibliotheek',
      description: 'Een plek om samen te praten over klimaat en duurzaamheid in je eigen buurt: boeken, bronnen en wat je zelf kunt doen.',
      starterThreads: [
        { title: 'Welkom bij het klimaatcafé', body: 'Stel je voor: wat wil jij weten of delen over klimaat in onze buurt?' },
        { title: 'Leestips over duurzaamheid', body: 'Welk boek over klimaat of duurzaamheid raad je anderen aan, en waarom?' },
      ],
      watchedWords: ['gratis ebook', 'klik op deze link'],
      startsOn: null,
      endsOn: null,
      bannerText: null,
      bannerColor: null,
    }),
  );
  const campaign = await em.save(
    em.create(CommunityTemplate, {
      ...base,
      kind: TemplateKind.CAMPAIGN,
      name: 'Maand van de Duurzaamheid',
      description: 'Een maand lang lezen, praten en doen rond duurzaamheid, in bibliotheken in heel Nederland.',
      starterThreads: [{ title: 'Wat doe jij deze maand?', body: 'Deel één ding dat je deze maand anders doet, en wat je erover las.' }],
      watchedWords: ['gratis ebook'],
      startsOn: day(-7),
      endsOn: day(60),
      bannerText: 'Maand van de Duurzaamheid: lees, praat en doe mee in je bibliotheek!',
      bannerColor: '#2e7d32',
    }),
  );
  const [chapter] = await em.query<{ community_id: string }[]>(
    `SELECT community_id FROM chapters WHERE national_community_id = $1 AND library_id = $2`,
    [national.id, utrecht.id],
  );
  if (chapter)
    await em.insert(TemplateAdoption, {
      templateId: campaign.id,
      libraryId: utrecht.id,
      communityId: chapter.community_id,
      adoptedById: present(s.users.get('manager'), 'demo user manager').id,
    });
}
