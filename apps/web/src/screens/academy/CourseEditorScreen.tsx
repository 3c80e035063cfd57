import '../../i18n/lazy';
import '../../i18n/academy';
import { useState } from 'preact/hooks';
import { request } from '../../api/client';
import { ACADEMY_ACCESS, ACADEMY_COURSE, PUBLISH_COURSE, SAVE_COURSE, type AcademyCourse } from '../../api/operations-academy';
import { asApiError, type ApiError } from '../../api/transport';
import { session } from '../../api/session';
import { useLoader } from '../../api/use-query';
import { announce } from '../../components/Announcer';
import { PageHeading } from '../../components/PageHeading';
import { FormFailure, Loading, ScreenError } from '../../components/Status';
import { TextField } from '../../components/TextField';
import { t } from '../../i18n';
import { Link, navigate, paths } from '../../router';
import { useStore } from '../../store';
import { Refusal } from '../staff/staff';

interface QuestionDraft {
  prompt: string;
  options: string;
  correctOption: number;
}
interface ModuleDraft {
  id: string | null;
  title: string;
  body: string;
  imageUrl: string;
  imageAlt: string;
  questions: QuestionDraft[];
}
interface CourseDraft {
  title: string;
  summary: string;
  basic: boolean;
  modules: ModuleDraft[];
}

const emptyQuestion = (): QuestionDraft => ({ prompt: '', options: '', correctOption: 0 });
const emptyModule = (): ModuleDraft => ({ id: null, title: '', body: '', imageUrl: '', imageAlt: '', questions: [emptyQuestion()] });

function draftOf(course: AcademyCourse | null): CourseDraft {
  if (!course) return { title: '', summary: '', basic: false, modules: [emptyModule()] };
  return {
    title: course.title,
    summary: course.summary,
    basic: course.basic,
    modules: course.modules.map((m) => ({
      id: m.id,
      title: m.title,
      body: m.body,
      imageUrl: m.imageUrl ?? '',
      imageAlt: m.imageAlt ?? '',
      questions: m.questions.map((q) => ({ prompt: q.prompt, options: q.options.join('\n'), correctOption: q.correctOption ?? 0 })),
    })),
  };
}

const optionsOf = (text: string) =>
  text
    .split('\n')
    .map((o) => o.trim())
    .filter(Boolean);

async function loadEditor(id: string | null) {
  const { academyAccess } = await request(ACADEMY_ACCESS);
  if (!academyAccess.canAuthor) return { allowed: false, course: null };
  return { allowed: true, course: id ? (await request(ACADEMY_COURSE, { id })).course : null };
}

/** Writing a course (the national staff): title, summary, the basic-course mark, modules with text, an image and check questions; then publishing it. */
export function CourseEditorScreen({ id }: { id: string | null }) {
  const { data, error } = useLoader(`course-editor:${id ?? 'new'}`, () => loadEditor(id));
  const signedIn = useStore(session).status === 'signedIn';
  const title = id ? t('courseEditor.titleEdit') : t('courseEditor.titleNew');
  if (error) return <ScreenError title={title} error={error} />;
  if (!data) return <Loading />;
  return (
    <>
      <PageHeading title={title} />
      <p>
        <Link href={paths.academy()}>{t('academy.backToList')}</Link>
      </p>
      {data.allowed ? (
        <Editor id={id} course={data.course} />
      ) : (
        <Refusal refused={signedIn ? 'FORBIDDEN' : 'UNAUTHENTICATED'} notAllowed={t('courseEditor.notAllowed')} />
      )}
    </>
  );
}

function Editor({ id, course }: { id: string | null; course: AcademyCourse | null }) {
  const [draft, setDraft] = useState<CourseDraft>(() => draftOf(course));
  const [publishedAt, setPublishedAt] = useState<string | null>(course?.publishedAt ?? null);
  const [failure, setFailure] = useState<string | ApiError | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const setModule = (mi: number, change: Partial<ModuleDraft>) =>
    setDraft((d) => ({ ...d, modules: d.modules.map((m, i) => (i === mi ? { ...m, ...change } : m)) }));
  const setQuestion = (mi: number, qi: number, change: Partial<QuestionDraft>) =>
    setModule(mi, { questions: draft.modules[mi].questions.map((q, i) => (i === qi ? { ...q, ...change } : q)) });

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setFailure(null);
    setStatus(null);
    try {
      const message = await work();
      setStatus(message);
      announce(message);
    } catch (e) {
      setFailure(asApiError(e));
    } finally {
      setBusy(false);
    }
  };

  const save = (e: Event) => {
    e.preventDefault();
    void run(async () => {
      const { saveCourse } = await request(SAVE_COURSE, {
        input: {
          id,
          title: draft.title,
          summary: draft.summary,
          basic: draft.basic,
          modules: draft.modules.map((m) => ({
            id: m.id,
            title: m.title,
            body: m.body,
            imageUrl: m.imageUrl || null,
            imageAlt: m.imageAlt || null,
            questions: m.questions.map((q) => ({ prompt: q.prompt, options: optionsOf(q.options), correctOption: q.correctOption })),
          })),
        },
      });
      if (!id) navigate(paths.courseEditor(saveCourse.id));
      return t('courseEditor.saved');
    });
  };

  const publish = (published: boolean) =>
    run(async () => {
      if (!id) return t('courseEditor.saveFirst');
      const { publishCourse } = await request(PUBLISH_COURSE, { id, published });
      setPublishedAt(publishCourse.publishedAt ?? null);
      return published ? t('courseEditor.publishedNow') : t('courseEditor.unpublishedNow');
    });

  return (
    <form onSubmit={save} noValidate class="course-editor">
      <p>
        <span class="badge">{publishedAt ? t('academy.published') : t('academy.draft')}</span>
      </p>
      <TextField
        id="course-title"
        label={t('courseEditor.courseTitle')}
        value={draft.title}
        onInput={(v) => setDraft((d) => ({ ...d, title: v }))}
      />
      <div class="field">
        <label for="course-summary">{t('courseEditor.summary')}</label>
        <textarea
          id="course-summary"
          rows={2}
          value={draft.summary}
          onInput={(e) => setDraft((d) => ({ ...d, summary: e.currentTarget.value }))}
        />
      </div>
      <div class="field checkbox">
        <input
          id="course-basic"
          type="checkbox"
          checked={draft.basic}
          onChange={(e) => setDraft((d) => ({ ...d, basic: e.currentTarget.checked }))}
        />
        <label for="course-basic">{t('courseEditor.basic')}</label>
      </div>
      <h2>{t('courseEditor.modules')}</h2>
      {draft.modules.map((m, mi) => (
        <fieldset key={mi} class="card">
          <legend>{t('courseEditor.moduleLegend', { n: mi + 1 })}</legend>
          <TextField
            id={`module-${mi}-title`}
            label={t('courseEditor.moduleTitle')}
            value={m.title}
            onInput={(v) => setModule(mi, { title: v })}
          />
          <div class="field">
            <label for={`module-${mi}-body`}>{t('courseEditor.body')}</label>
            <textarea id={`module-${mi}-body`} rows={6} value={m.body} onInput={(e) => setModule(mi, { body: e.currentTarget.value })} />
          </div>
          <TextField
            id={`module-${mi}-image`}
            label={t('courseEditor.imageUrl')}
            value={m.imageUrl}
            onInput={(v) => setModule(mi, { imageUrl: v })}
          />
          {m.imageUrl ? (
            <TextField
              id={`module-${mi}-alt`}
              label={t('courseEditor.imageAlt')}
              value={m.imageAlt}
              onInput={(v) => setModule(mi, { imageAlt: v })}
            />
          ) : null}
          {m.questions.map((q, qi) => {
            const options = optionsOf(q.options);
            return (
              <fieldset key={qi} class="question">
                <legend>{t('courseEditor.questionLegend', { n: qi + 1, m: mi + 1 })}</legend>
                <TextField
                  id={`q-${mi}-${qi}-prompt`}
                  label={t('courseEditor.prompt')}
                  value={q.prompt}
                  onInput={(v) => setQuestion(mi, qi, { prompt: v })}
                />
                <div class="field">
                  <label for={`q-${mi}-${qi}-options`}>{t('courseEditor.options')}</label>
                  <textarea
                    id={`q-${mi}-${qi}-options`}
                    rows={3}
                    value={q.options}
                    onInput={(e) => setQuestion(mi, qi, { options: e.currentTarget.value })}
                  />
                </div>
                <div class="field">
                  <label for={`q-${mi}-${qi}-correct`}>{t('courseEditor.correct')}</label>
                  <select
                    id={`q-${mi}-${qi}-correct`}
                    value={String(q.correctOption)}
                    onChange={(e) => setQuestion(mi, qi, { correctOption: Number(e.currentTarget.value) })}
                  >
                    {(options.length ? options : ['']).map((o, oi) => (
                      <option key={oi} value={String(oi)}>
                        {o ? `${oi + 1}. ${o}` : t('courseEditor.correctOption', { n: oi + 1 })}
                      </option>
                    ))}
                  </select>
                </div>
                <button
                  type="button"
                  class="link-button"
                  onClick={() => setModule(mi, { questions: m.questions.filter((_, i) => i !== qi) })}
                >
                  {t('courseEditor.removeQuestion', { n: qi + 1 })}
                </button>
              </fieldset>
            );
          })}
          <p>
            <button type="button" onClick={() => setModule(mi, { questions: [...m.questions, emptyQuestion()] })}>
              {t('courseEditor.addQuestion', { n: mi + 1 })}
            </button>{' '}
            {draft.modules.length > 1 ? (
              <button
                type="button"
                class="link-button"
                onClick={() => setDraft((d) => ({ ...d, modules: d.modules.filter((_, i) => i !== mi) }))}
              >
                {t('courseEditor.removeModule', { n: mi + 1 })}
              </button>
            ) : null}
          </p>
        </fieldset>
      ))}
      <p>
        <button type="button" onClick={() => setDraft((d) => ({ ...d, modules: [...d.modules, emptyModule()] }))}>
          {t('courseEditor.addModule')}
        </button>
      </p>
      <FormFailure failure={failure} />
      {status ? <p class="notice">{status}</p> : null}
      <p class="form-actions">
        <button type="submit" disabled={busy}>
          {t('courseEditor.save')}
        </button>{' '}
        {id ? (
          <button type="button" disabled={busy} onClick={() => void publish(!publishedAt)}>
            {publishedAt ? t('courseEditor.unpublish') : t('courseEditor.publish')}
          </button>
        ) : null}
      </p>
    </form>
  );
}
