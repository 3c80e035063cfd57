import '../../i18n/network';
import { useState } from 'preact/hooks';
import { request } from '../../api/client';
import type { ConversationCommunitiesQuery } from '../../api/generated/graphql';
import { LINK_ITEM, MY_COMMUNITIES, START_ITEM_THREAD } from '../../api/operations-network-admin';
import { useSending } from '../../api/use-sending';
import { useLoader } from '../../api/use-query';
import { announce } from '../../components/Announcer';
import { FormEnd } from '../../components/FormEnd';
import { ErrorMessage } from '../../components/Status';
import { TextAreaField, TextField } from '../../components/TextField';
import { t } from '../../i18n';
import { navigate, paths } from '../../router';

/**
 * The communities the viewer is an active member of (where they may start a thread), by name. There is no
 * "my memberships" query: this reads the communities the viewer may see, 100 at a time, up to 2,000.
 */
async function myCommunities(): Promise<{ id: string; name: string }[]> {
  const mine: { id: string; name: string }[] = [];
  let after: string | null = null;
  for (let page = 0; page < 20; page++) {
    const { communities }: ConversationCommunitiesQuery = await request(MY_COMMUNITIES, { after });
    for (const { node } of communities.edges) if (node.viewerMembership?.state === 'ACTIVE') mine.push({ id: node.id, name: node.name });
    if (!communities.pageInfo.hasNextPage) break;
    after = communities.pageInfo.endCursor ?? null;
  }
  return mine.sort((a, b) => a.name.localeCompare(b.name));
}

/** A thread's id from what was pasted: its link (…/thread/<id>, with or without #post-n) or the id itself. */
export function threadIdFrom(text: string): string | null {
  const value = text.trim();
  const match = /\/thread\/([0-9a-f-]{36})/i.exec(value) ?? /^([0-9a-f-]{36})$/i.exec(value);
  return match ? match[1].toLowerCase() : null;
}

/** On an item's page, for signed-in readers: start a conversation about the item, or link one of theirs to it. */
export function ItemConversation({ itemId, itemTitle, linked }: { itemId: string; itemTitle: string; linked(): void }) {
  return (
    <>
      <StartConversation itemId={itemId} itemTitle={itemTitle} />
      <LinkThread itemId={itemId} linked={linked} />
    </>
  );
}

function StartConversation({ itemId, itemTitle }: { itemId: string; itemTitle: string }) {
  const { data: communities, error: loadError } = useLoader(`my-communities`, myCommunities);
  const [communityId, setCommunityId] = useState('');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<{ title?: string; body?: string; community?: string }>({});
  const { busy, failure: error, send } = useSending();

  const submit = async (event: Event) => {
    event.preventDefault();
    const chosen = communityId || communities?.[0]?.id || '';
    const wrong = {
      community: chosen ? undefined : t('net.required'),
      title: title.trim().length >= 3 ? undefined : t('net.titleLength'),
      body: body.trim() ? undefined : t('net.required'),
    };
    setErrors(wrong);
    const first = wrong.community ? 'start-community' : wrong.title ? 'start-title' : wrong.body ? 'start-body' : null;
    if (first) {
      document.getElementById(first)?.focus();
      return;
    }
    await send(async () => {
      const { createThread } = await request(START_ITEM_THREAD, {
        input: { communityId: chosen, title: title.trim(), body: body.trim(), kind: 'DISCUSSION', itemIds: [itemId] },
      });
      announce(t('net.started'));
      navigate(paths.thread(createThread.id));
    });
  };

  return (
    <section aria-labelledby="item-start">
      <h2 id="item-start">{t('net.startTitle')}</h2>
      {loadError ? <ErrorMessage error={loadError} /> : null}
      {communities && !communities.length ? (
        <p class="muted">{t('net.noCommunities')}</p>
      ) : communities ? (
        <form class="settings-form" aria-labelledby="item-start" onSubmit={(e) => void submit(e)} noValidate>
          <p class="hint">{t('net.startHint', { title: itemTitle })}</p>
          <div class="field">
            <label for="start-community">{t('net.inCommunity')}</label>
            <select id="start-community" value={communityId || communities[0]?.id} onChange={(e) => setCommunityId(e.currentTarget.value)}>
              {communities.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <TextField id="start-title" label={t('net.threadTitle')} value={title} onInput={setTitle} error={errors.title} />
          <TextAreaField id="start-body" label={t('net.threadBody')} rows={5} value={body} onInput={setBody} error={errors.body} />
          <FormEnd failure={error} busy={busy} label={t('net.start')} />
        </form>
      ) : null}
    </section>
  );
}

function LinkThread({ itemId, linked }: { itemId: string; linked(): void }) {
  const [text, setText] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const { busy, failure: error, setFailure, send } = useSending();
  const [notice, setNotice] = useState('');

  const submit = async (event: Event) => {
    event.preventDefault();
    const threadId = threadIdFrom(text);
    setNotice('');
    setFailure(null);
    if (!threadId) {
      setFieldError(t('net.threadLinkInvalid'));
      document.getElementById('link-thread')?.focus();
      return;
    }
    setFieldError(null);
    await send(async () => {
      await request(LINK_ITEM, { input: { threadId, itemId } });
      setText('');
      setNotice(t('net.threadLinked'));
      linked();
    });
  };

  return (
    <form class="settings-form" aria-labelledby="item-link-thread" onSubmit={(e) => void submit(e)} noValidate>
      <h2 id="item-link-thread">{t('net.linkThreadTitle')}</h2>
      <TextField
        id="link-thread"
        label={t('net.threadLink')}
        hint={t('net.threadLinkHint')}
        value={text}
        onInput={(v) => {
          setText(v);
          setFieldError(null);
        }}
        error={fieldError}
        autoComplete="off"
      />
      <FormEnd failure={error} busy={busy} label={t('net.linkThread')} notice={notice} />
    </form>
  );
}
