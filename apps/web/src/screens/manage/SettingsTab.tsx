import '../../i18n/moderation';
import { useEffect, useState } from 'preact/hooks';
import { request } from '../../api/client';
import {
  ADD_WATCHED_WORD,
  COMMUNITY_SETTINGS,
  REMOVE_WATCHED_WORD,
  UPDATE_SETTINGS,
  type ApprovalMode,
  type CommunitySettings,
  type WatchedWordAction,
  type WatchedWordData,
} from '../../api/operations-community-admin';
import { asApiError, type ApiError } from '../../api/transport';
import { useQuery } from '../../api/use-query';
import { announce } from '../../components/Announcer';
import { ErrorMessage, Loading } from '../../components/Status';
import { HouseStyleImage } from '../../components/HouseStyleImage';
import { FederationPanel } from '../../components/FederationPanel';
import { VisibilityForm } from './VisibilityForm';
import { t } from '../../i18n';

const APPROVALS: ApprovalMode[] = ['OFF', 'NEW_MEMBERS', 'ALL'];
const APPROVAL_TEXT = { OFF: 'settings.approval.OFF', NEW_MEMBERS: 'settings.approval.NEW_MEMBERS', ALL: 'settings.approval.ALL' } as const;
const ACTIONS: WatchedWordAction[] = ['REQUIRE_APPROVAL', 'FLAG', 'BLOCK'];
const ACTION_TEXT = { BLOCK: 'words.BLOCK', FLAG: 'words.FLAG', REQUIRE_APPROVAL: 'words.REQUIRE_APPROVAL' } as const;

/** The community's visibility (VisibilityForm), moderation settings (pre-moderation, slow mode, the report threshold, the public log) and its watched words. */
export function SettingsTab({ slug, communityId }: { slug: string; communityId: string }) {
  const { data, error, update } = useQuery(COMMUNITY_SETTINGS, { slug, communityId });
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  const settings = data.community.moderationSettings;
  return (
    <>
      <VisibilityForm
        communityId={communityId}
        visibility={data.community.visibility}
        changed={(visibility) => update((d) => ({ ...d, community: { ...d.community, visibility } }))}
      />
      <HouseStyleImage
        id="community-banner"
        label={t('image.banner')}
        hint={t('image.bannerHint')}
        purpose="COMMUNITY_BANNER"
        communityId={communityId}
        current={data.community.bannerUrl ?? null}
        changed={(url) => update((d) => ({ ...d, community: { ...d.community, bannerUrl: url } }))}
      />
      {settings ? (
        <SettingsForm
          communityId={communityId}
          settings={settings}
          saved={(s) => update((d) => ({ ...d, community: { ...d.community, moderationSettings: s } }))}
        />
      ) : null}
      <FederationPanel communityId={communityId} isPublic={data.community.visibility === 'PUBLIC'} />
      <WatchedWords
        communityId={communityId}
        words={data.watchedWords}
        changed={(words) => update((d) => ({ ...d, watchedWords: words }))}
      />
    </>
  );
}

function SettingsForm({
  communityId,
  settings,
  saved,
}: {
  communityId: string;
  settings: CommunitySettings;
  saved(s: CommunitySettings): void;
}) {
  const [approval, setApproval] = useState(settings.approval);
  const [slow, setSlow] = useState(String(settings.slowModeSeconds));
  const [threshold, setThreshold] = useState(String(settings.reportThreshold));
  const [publicLog, setPublicLog] = useState(settings.publicModLog);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    setApproval(settings.approval);
    setSlow(String(settings.slowModeSeconds));
    setThreshold(String(settings.reportThreshold));
    setPublicLog(settings.publicModLog);
  }, [settings]);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const input = { communityId, approval, slowModeSeconds: Number(slow), reportThreshold: Number(threshold), publicModLog: publicLog };
      const { updateCommunitySettings } = await request(UPDATE_SETTINGS, { input });
      if (updateCommunitySettings.moderationSettings) saved(updateCommunitySettings.moderationSettings);
      announce(t('settings.saved'));
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} class="settings-form">
      <fieldset class="field">
        <legend>{t('settings.approval')}</legend>
        {APPROVALS.map((a) => (
          <label key={a} class="choice">
            <input type="radio" name="approval" value={a} checked={approval === a} onChange={() => setApproval(a)} /> {t(APPROVAL_TEXT[a])}
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for="slow-mode">{t('settings.slowMode')}</label>
        <p class="hint" id="slow-mode-hint">
          {t('settings.slowModeHint')}
        </p>
        <input
          id="slow-mode"
          type="number"
          inputMode="numeric"
          min={0}
          max={86400}
          step={1}
          value={slow}
          aria-describedby="slow-mode-hint"
          onInput={(e) => setSlow(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="report-threshold">{t('settings.threshold')}</label>
        <p class="hint" id="report-threshold-hint">
          {t('settings.thresholdHint')}
        </p>
        <input
          id="report-threshold"
          type="number"
          inputMode="numeric"
          min={1}
          max={100}
          step={1}
          value={threshold}
          aria-describedby="report-threshold-hint"
          onInput={(e) => setThreshold(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label class="choice">
          <input type="checkbox" checked={publicLog} onChange={(e) => setPublicLog(e.currentTarget.checked)} /> {t('settings.publicLog')}
        </label>
      </div>
      {error ? <ErrorMessage error={error} /> : null}
      <p class="actions">
        <button type="submit" disabled={busy}>
          {t('settings.save')}
        </button>
      </p>
    </form>
  );
}

function WatchedWords({
  communityId,
  words,
  changed,
}: {
  communityId: string;
  words: WatchedWordData[];
  changed(w: WatchedWordData[]): void;
}) {
  const [phrase, setPhrase] = useState('');
  const [action, setAction] = useState<WatchedWordAction>('REQUIRE_APPROVAL');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const add = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { addWatchedWord } = await request(ADD_WATCHED_WORD, { input: { communityId, phrase: phrase.trim(), action } });
      changed([...words, addWatchedWord]);
      announce(t('words.added', { phrase: addWatchedWord.phrase }));
      setPhrase('');
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };
  const remove = async (id: string, text: string) => {
    setError(null);
    try {
      await request(REMOVE_WATCHED_WORD, { id });
      changed(words.filter((w) => w.id !== id));
      announce(t('words.removed', { phrase: text }));
    } catch (err) {
      setError(asApiError(err));
    }
  };
  const own = words.filter((w) => w.communityId === communityId);
  const platform = words.filter((w) => w.communityId !== communityId);
  return (
    <section aria-labelledby="watched-words">
      <h3 id="watched-words">{t('words.title')}</h3>
      <p class="hint">{t('words.intro')}</p>
      {own.length ? (
        <ul class="card-list compact">
          {own.map((w) => (
            <li key={w.id} class="card">
              <span class="word">{w.phrase}</span> · {t(ACTION_TEXT[w.action])}{' '}
              <button
                type="button"
                class="link-button"
                aria-label={t('words.removeLabel', { phrase: w.phrase })}
                onClick={() => void remove(w.id, w.phrase)}
              >
                {t('words.remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('words.none')}</p>
      )}
      {platform.length ? <p class="hint">{t('words.platform', { n: platform.length })}</p> : null}
      <form onSubmit={add} class="inline-form">
        <div class="field">
          <label for="watched-phrase">{t('words.phrase')}</label>
          <input id="watched-phrase" maxLength={100} value={phrase} onInput={(e) => setPhrase(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="watched-action">{t('words.action')}</label>
          <select id="watched-action" value={action} onChange={(e) => setAction(e.currentTarget.value as WatchedWordAction)}>
            {ACTIONS.map((a) => (
              <option key={a} value={a}>
                {t(ACTION_TEXT[a])}
              </option>
            ))}
          </select>
        </div>
        {error ? <ErrorMessage error={error} /> : null}
        <p class="actions">
          <button type="submit" disabled={busy || !phrase.trim()}>
            {t('words.add')}
          </button>
        </p>
      </form>
    </section>
  );
}
