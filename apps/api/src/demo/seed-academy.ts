import { EntityManager } from 'typeorm';
import { present } from '@waardenet/core';
import { User } from '@waardenet/accounts';
import { Course, CourseModule, CourseQuestion } from '@waardenet/academy';

interface DemoModule {
  title: string;
  body: string;
  questions: { prompt: string; options: string[]; correctOption: number }[];
}

/** The Academy's basic course (issue #18 ask 5), published by the national foundation: the demo's library staff can take it. */
const BASIC_COURSE: { title: string; summary: string; modules: DemoModule[] } = {
  title: 'Sociale media voor bibliotheken: de basis',
  summary:
    'In vier korte modules: waarom de bibliotheek online is, een professionele toon, communities laten groeien en samenwerken met experts.',
  modules: [
    {
      title: 'Waarom de bibliotheek online is',
      body:
        'De collectie blijft het **vertrekpunt**. Wat de bibliotheek online toevoegt, is samenhang, betekenis en duiding: ' +
        'in **waardenetwerken** van medewerkers, experts en lezers die hun kennis rond de bronnen van de bibliotheek delen.',
      questions: [
        {
          prompt: 'Wat blijft het vertrekpunt van de bibliotheek online?',
          options: ['De advertenties', 'De collectie', 'Het aantal volgers'],
          correctOption: 1,
        },
        {
          prompt: 'Wie vormen samen een waardenetwerk?',
          options: ['Medewerkers, experts en lezers', 'Alleen medewerkers'],
          correctOption: 0,
        },
      ],
    },
    {
      title: 'Een professionele toon',
      body:
        'Schrijf als de bibliotheek: vriendelijk, duidelijk en betrouwbaar. Gebruik de huisstijl, noem je bronnen en ' +
        'reageer binnen een werkdag. Een vraag die blijft liggen kost vertrouwen.',
      questions: [
        { prompt: 'Binnen welke tijd reageer je op een vraag?', options: ['Binnen een werkdag', 'Binnen een maand'], correctOption: 0 },
      ],
    },
    {
      title: 'Communities laten groeien',
      body:
        'Begin klein: één thema dicht bij je lokale dienstverlening, een paar startdiscussies en een duidelijke welkomsttekst. ' +
        'Nodig actieve lezers persoonlijk uit en bedank wie helpt.',
      questions: [
        {
          prompt: 'Hoe begin je een nieuwe community?',
          options: ['Met tien thema’s tegelijk', 'Met één thema en een paar startdiscussies'],
          correctOption: 1,
        },
      ],
    },
    {
      title: 'Samenwerken met experts',
      body:
        'Een expert die de bibliotheek heeft bevestigd, krijgt een badge bij zijn antwoorden. Vraag experts om vragen te ' +
        'beantwoorden die bij hun kennis passen, en link titels uit de catalogus waar dat helpt.',
      questions: [
        { prompt: 'Wie bevestigt de expertise van een expert?', options: ['De expert zelf', 'De bibliotheek'], correctOption: 1 },
      ],
    },
  ],
};

export async function seedAcademy(em: EntityManager, users: Map<string, User>): Promise<void> {
  const author = present(users.get('admin'), 'demo user admin');
  const course = await em.save(
    em.create(Course, {
      title: BASIC_COURSE.title,
      summary: BASIC_COURSE.summary,
      basic: true,
      publishedAt: new Date(),
      createdById: author.id,
      updatedAt: new Date(),
    }),
  );
  for (const [position, m] of BASIC_COURSE.modules.entries()) {
    const module = await em.save(
      em.create(CourseModule, { courseId: course.id, position, title: m.title, body: m.body, imageUrl: null, imageAlt: null }),
    );
    await em.insert(
      CourseQuestion,
      m.questions.map((q, i) => ({
        moduleId: module.id,
        position: i,
        prompt: q.prompt,
        options: q.options,
        correctOption: q.correctOption,
      })),
    );
  }
}
