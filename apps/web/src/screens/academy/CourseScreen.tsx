import '../../i18n/lazy';
import '../../i18n/academy';
import { useRef, useState } from 'preact/hooks';
import { request } from '../../api/client';
import { ACADEMY_ACCESS, ACADEMY_COURSE, ANSWER_COURSE_MODULE, type AcademyCourse, type AcademyModule } from '../../api/operations-academy';
import { asApiError, type ApiError } from '../../api/transport';
import { session } from '../../api/session';
import { useLoader } from '../../api/use-query';
import { announce } from '../../components/Announcer';
import { PageHeading } from '../../components/PageHeading';
import { FormFailure, Loading, ScreenError } from '../../components/Status';
import { t } from '../../i18n';
import { Link, paths } from '../../router';
import { useStore } from '../../store';
import { Refusal, unlessRefused } from '../staff/staff';
import { shortDate } from './AcademyScreen';

async function loadCourse(id: string) {
  const { academyAccess } = await request(ACADEMY_ACCESS);
  const course = await unlessRefused(request(ACADEMY_COURSE, { id }).then((d) => d.course));
  return { access: academyAccess, ...course };
}

/** Taking a course: one module at a time, its text and image, then its check questions, checked on the server. */
export function CourseScreen({ id }: { id: string }) {
  const { data, error, update } = useLoader(`course:${id}`, () => loadCourse(id));
  const signedIn = useStore(session).status === 'signedIn';
  if (error) return <ScreenError title={t('academy.title')} error={error} />;
  if (!data) return <Loading />;
  if (!data.data) {
    return (
      <>
        <PageHeading title={t('academy.title')} />
        <Refusal refused={signedIn ? 'FORBIDDEN' : 'UNAUTHENTICATED'} notAllowed={t('academy.notAllowed')} />
      </>
    );
  }
  const course = data.data;
  return (
    <>
      <PageHeading title={course.title} />
      <p>
        <Link href={paths.academy()}>{t('academy.backToList')}</Link>
      </p>
      {course.summary ? <p class="lead">{course.summary}</p> : null}
      <Player
        course={course}
        canTake={data.access.canTake}
        passed={(moduleId, completedAt) =>
          update((d) =>
            d.data
              ? {
                  ...d,
                  data: {
                    ...d.data,
                    viewerCompletedAt: completedAt ?? d.data.viewerCompletedAt,
                    modules: d.data.modules.map((m) => (m.id === moduleId ? { ...m, viewerPassed: true } : m)),
                  },
                }
              : d,
          )
        }
      />
    </>
  );
}

function Player({
  course,
  canTake,
  passed,
}: {
  course: AcademyCourse;
  canTake: boolean;
  passed: (moduleId: string, completedAt: string | null) => void;
}) {
  const firstOpen = course.modules.findIndex((m) => !m.viewerPassed);
  const [index, setIndex] = useState(firstOpen < 0 ? 0 : firstOpen);
  const heading = useRef<HTMLHeadingElement>(null);
  const module = course.modules[index];
  const go = (to: number) => {
    setIndex(to);
    // The new module's heading takes the focus, so keyboard and screen-reader users start reading there.
    requestAnimationFrame(() => heading.current?.focus());
  };
  if (!module) return null;
  return (
    <>
      {course.viewerCompletedAt ? (
        <p class="notice" role="status">
          {course.basic ? t('academy.courseCompletedBasic') : t('academy.courseCompleted')}{' '}
          {t('academy.completed', { date: shortDate(course.viewerCompletedAt) })}
        </p>
      ) : null}
      <nav aria-label={t('courseEditor.modules')}>
        <ol class="module-steps">
          {course.modules.map((m, i) => (
            <li key={m.id}>
              {i === index ? (
                <strong aria-current="step">{m.title}</strong>
              ) : (
                <button type="button" class="link-button" onClick={() => go(i)}>
                  {m.title}
                </button>
              )}
              {m.viewerPassed ? ` (${t('academy.passedBadge')})` : ''}
            </li>
          ))}
        </ol>
      </nav>
      <section aria-labelledby="module-heading" class="course-module">
        <h2 id="module-heading" tabIndex={-1} ref={heading}>
          {t('academy.module', { n: index + 1, total: course.modules.length, title: module.title })}
        </h2>
        {module.imageUrl ? <img class="course-image" src={module.imageUrl} alt={module.imageAlt ?? ''} loading="lazy" /> : null}
        <div class="post-body" dangerouslySetInnerHTML={{ __html: module.bodyHtml }} />
        <ModuleQuestions key={module.id} module={module} canTake={canTake} passed={passed} />
        <p class="module-nav">
          {index > 0 ? (
            <button type="button" onClick={() => go(index - 1)}>
              {t('academy.previous')}
            </button>
          ) : null}{' '}
          {index < course.modules.length - 1 && (module.viewerPassed || !canTake) ? (
            <button type="button" onClick={() => go(index + 1)}>
              {t('academy.next')}
            </button>
          ) : null}
        </p>
      </section>
    </>
  );
}

function ModuleQuestions({
  module,
  canTake,
  passed,
}: {
  module: AcademyModule;
  canTake: boolean;
  passed: (moduleId: string, completedAt: string | null) => void;
}) {
  const [answers, setAnswers] = useState<(number | null)[]>(module.questions.map(() => null));
  const [result, setResult] = useState<{ correct: boolean[]; passed: boolean; completed: boolean } | null>(null);
  const [failure, setFailure] = useState<string | ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const check = async (e: Event) => {
    e.preventDefault();
    if (answers.some((a) => a === null)) {
      setFailure(t('academy.pickAnswer'));
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const { answerCourseModule: r } = await request(ANSWER_COURSE_MODULE, {
        input: { moduleId: module.id, answers: answers.map((a) => a ?? 0) },
      });
      setResult({ correct: r.correct, passed: r.passed, completed: r.courseCompleted });
      const right = r.correct.filter(Boolean).length;
      announce(r.passed ? t('academy.modulePassed') : t('academy.moduleNotPassed', { n: right, total: r.correct.length }));
      if (r.passed) passed(module.id, r.courseCompleted ? (r.completedAt ?? null) : null);
    } catch (err) {
      setFailure(asApiError(err));
    } finally {
      setBusy(false);
    }
  };

  if (!canTake) {
    return module.questions.length ? (
      <section aria-labelledby={`questions-${module.id}`}>
        <h3 id={`questions-${module.id}`}>{t('academy.questions')}</h3>
        <ol>
          {module.questions.map((q) => (
            <li key={q.id}>
              {q.prompt}
              <ul>
                {q.options.map((o, i) => (
                  <li key={i}>
                    {o}
                    {q.correctOption === i ? ` (${t('academy.right')})` : ''}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>
    ) : null;
  }

  return (
    <form onSubmit={check} aria-labelledby={`questions-${module.id}`} noValidate>
      <h3 id={`questions-${module.id}`}>{module.questions.length ? t('academy.questions') : t('academy.noQuestions')}</h3>
      {module.questions.map((q, qi) => {
        const verdict = result ? result.correct[qi] : undefined;
        return (
          <fieldset key={q.id} class="question" aria-describedby={verdict === undefined ? undefined : `verdict-${q.id}`}>
            <legend>
              {t('academy.question', { n: qi + 1 })}: {q.prompt}
            </legend>
            {q.options.map((o, oi) => (
              <div class="choice" key={oi}>
                <input
                  type="radio"
                  id={`q-${q.id}-${oi}`}
                  name={`q-${q.id}`}
                  checked={answers[qi] === oi}
                  onChange={() => {
                    setAnswers((a) => a.map((v, i) => (i === qi ? oi : v)));
                    setResult(null);
                  }}
                />
                <label for={`q-${q.id}-${oi}`}>{o}</label>
              </div>
            ))}
            {verdict === undefined ? null : (
              <p id={`verdict-${q.id}`} class={verdict ? 'verdict right' : 'verdict wrong'}>
                {verdict ? `✓ ${t('academy.right')}` : `✗ ${t('academy.wrong')}`}
              </p>
            )}
          </fieldset>
        );
      })}
      <FormFailure failure={failure} />
      {result ? (
        <p class={result.passed ? 'notice' : 'error'}>
          {result.passed
            ? result.completed
              ? t('academy.courseCompleted')
              : t('academy.modulePassed')
            : t('academy.moduleNotPassed', { n: result.correct.filter(Boolean).length, total: result.correct.length })}
        </p>
      ) : null}
      <button type="submit" disabled={busy}>
        {busy ? t('academy.checking') : module.questions.length ? t('academy.check') : t('academy.markRead')}
      </button>
    </form>
  );
}
