import '../../i18n/lazy';
import '../../i18n/people';
import { useRef, useState } from 'preact/hooks';
import { request } from '../../api/client';
import { catalogueContentType, uploadCatalogue, type CatalogueImportReport, type CatalogueSkipReason } from '../../api/catalogue-upload';
import { LIBRARY_ADMIN } from '../../api/operations-library-admin';
import { asApiError, type ApiError } from '../../api/transport';
import { useLoader } from '../../api/use-query';
import { announce } from '../../components/Announcer';
import { Breadcrumb } from '../../components/Breadcrumb';
import { PageHeading } from '../../components/PageHeading';
import { ErrorMessage, Loading, ScreenError } from '../../components/Status';
import { locale, t } from '../../i18n';
import { paths } from '../../router';

export type { CatalogueImportReport } from '../../api/catalogue-upload';

const REASONS: CatalogueSkipReason[] = ['BAD_ENCODING', 'MALFORMED', 'BAD_ISBN', 'MISSING_TITLE', 'NO_KEY', 'TOO_LONG', 'DUPLICATE'];

/** The full page: /library/<slug>/catalogue, for the library's admins. */
export function CatalogueImportScreen({ slug }: { slug: string }) {
  const { data, error } = useLoader(`catalogue-import|${slug}`, () => request(LIBRARY_ADMIN, { slug }));
  if (error) return <ScreenError title={t('catImport.title')} error={error} />;
  if (!data) return <Loading />;
  const library = data.library;
  return (
    <>
      <Breadcrumb parents={[{ href: paths.library(library.slug), label: library.name }]} />
      <PageHeading title={t('catImport.titleOf', { name: library.name })} />
      <CatalogueImport library={library} />
    </>
  );
}

/**
 * Uploading a catalogue (CSV or MARCXML) to `POST /api/libraries/:slug/catalogue` with a progress bar, then its
 * report: records read, added, updated, and the rejected ones with their reason. Embeddable (the onboarding wizard).
 */
export function CatalogueImport({
  library,
  onDone,
  headingLevel = 2,
}: {
  library: { id: string; slug: string; name: string };
  onDone?: (report: CatalogueImportReport) => void;
  headingLevel?: 2 | 3;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [report, setReport] = useState<CatalogueImportReport | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const abort = useRef<AbortController | null>(null);
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const busy = progress !== null;

  const submit = async (event: Event) => {
    event.preventDefault();
    setFailure(null);
    const type = file ? catalogueContentType(file) : null;
    if (!file || !type) {
      setFileError(t(file ? 'catImport.wrongType' : 'catImport.noFile'));
      document.getElementById('catalogue-file')?.focus();
      return;
    }
    setFileError(null);
    setReport(null);
    setProgress(0);
    announce(t('catImport.started'));
    const controller = new AbortController();
    abort.current = controller;
    try {
      const answer = await uploadCatalogue(library.slug, file, type, setProgress, controller.signal);
      setReport(answer);
      announce(t('catImport.doneSummary', { created: answer.created, updated: answer.updated, skipped: answer.skipped }));
      onDone?.(answer);
      requestAnimationFrame(() => document.getElementById('catalogue-report')?.focus());
    } catch (e) {
      const error = asApiError(e);
      if (error.code !== 'ABORTED') setFailure(error);
      else announce(t('catImport.cancelled'));
    } finally {
      abort.current = null;
      setProgress(null);
    }
  };

  return (
    <section aria-labelledby="catalogue-import-heading" class="catalogue-import">
      <H id="catalogue-import-heading">{t('catImport.heading')}</H>
      <p>{t('catImport.intro')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate class="settings-form">
        <div class="field">
          <label for="catalogue-file">{t('catImport.file')}</label>
          <p class="hint" id="catalogue-file-hint">
            {t('catImport.fileHint')}
          </p>
          <input
            id="catalogue-file"
            type="file"
            accept=".csv,.xml,text/csv,application/xml,application/marcxml+xml"
            aria-describedby={fileError ? 'catalogue-file-hint catalogue-file-error' : 'catalogue-file-hint'}
            aria-invalid={fileError ? true : undefined}
            disabled={busy}
            onChange={(e) => {
              setFile(e.currentTarget.files?.[0] ?? null);
              setFileError(null);
            }}
          />
          {fileError ? (
            <p class="field-error" id="catalogue-file-error">
              {fileError}
            </p>
          ) : null}
        </div>
        {busy ? (
          <div class="field">
            <label for="catalogue-progress">{progress < 1 ? t('catImport.uploading') : t('catImport.finishing')}</label>
            <progress
              id="catalogue-progress"
              max={1}
              value={progress}
              aria-valuetext={t('catImport.percent', { percent: Math.round(progress * 100) })}
            >
              {t('catImport.percent', { percent: Math.round(progress * 100) })}
            </progress>
          </div>
        ) : null}
        {failure ? <ErrorMessage error={failure} /> : null}
        <p class="actions">
          <button type="submit" disabled={busy}>
            {t('catImport.submit')}
          </button>
          {busy ? (
            <button type="button" class="secondary" onClick={() => abort.current?.abort()}>
              {t('catImport.cancel')}
            </button>
          ) : null}
        </p>
      </form>
      {report ? <ImportReport report={report} headingLevel={headingLevel} /> : null}
    </section>
  );
}

function ImportReport({ report, headingLevel }: { report: CatalogueImportReport; headingLevel: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h3' : 'h4';
  const reasons = REASONS.filter((r) => report.skippedByReason[r]);
  return (
    <div class="import-report">
      <H id="catalogue-report" tabIndex={-1}>
        {t('catImport.report')}
      </H>
      <dl class="figures-list">
        <div>
          <dt>{t('catImport.records')}</dt>
          <dd>{report.records}</dd>
        </div>
        <div>
          <dt>{t('catImport.created')}</dt>
          <dd>{report.created}</dd>
        </div>
        <div>
          <dt>{t('catImport.updated')}</dt>
          <dd>{report.updated}</dd>
        </div>
        <div>
          <dt>{t('catImport.skipped')}</dt>
          <dd>{report.skipped}</dd>
        </div>
      </dl>
      {reasons.length ? (
        <>
          <p>{t('catImport.byReason')}</p>
          <ul>
            {reasons.map((r) => (
              <li key={r}>
                {t(`catImport.reason.${r}`)}: {report.skippedByReason[r]}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {report.skips.length ? (
        <>
          <p>
            {report.skips.length < report.skipped ? t('catImport.firstRejected', { count: report.skips.length }) : t('catImport.rejected')}
          </p>
          <ul class="rejected-rows">
            {report.skips.map((s) => (
              <li key={s.position}>
                {t('catImport.rejectedRow', { position: s.position, line: s.line, reason: t(`catImport.reason.${s.reason}`) })}
                {/* The importer's own detail is in English: shown to English readers only. */}
                {s.message && locale.get() === 'en' ? <span class="muted"> — {s.message}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
