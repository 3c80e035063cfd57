import { useState } from 'preact/hooks';
import { request } from '../api/client';
import { REACT, REACTION_KINDS, UNREACT, type PostData, type ReactionKind, type ReactionResult } from '../api/operations';
import { asApiError, type ApiError } from '../api/transport';
import { t } from '../i18n';
import { ErrorMessage } from './Status';

const EMOJI: Record<ReactionKind, string> = { LIKE: '👍', THANKS: '🙏', INSIGHTFUL: '💡', AGREE: '🤝', CELEBRATE: '🎉' };
const LABEL = {
  LIKE: 'reaction.LIKE',
  THANKS: 'reaction.THANKS',
  INSIGHTFUL: 'reaction.INSIGHTFUL',
  AGREE: 'reaction.AGREE',
  CELEBRATE: 'reaction.CELEBRATE',
} as const;

interface Props {
  post: PostData;
  /** Whether the viewer may react here (signed in, an active member, not their own post). */
  canReact: boolean;
  changed(result: ReactionResult): void;
}

/** Reaction counts; for members, toggle buttons (aria-pressed is the viewer's own reaction). */
export function Reactions({ post, canReact, changed }: Props) {
  const [busy, setBusy] = useState<ReactionKind | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const count = (kind: ReactionKind) => post.reactionCounts.find((r) => r.kind === kind)?.count ?? 0;

  if (!canReact) {
    const shown = REACTION_KINDS.filter((kind) => count(kind) > 0);
    if (!shown.length) return null;
    return (
      <ul class="reactions" aria-label={t('reaction.label')}>
        {shown.map((kind) => (
          <li key={kind} class="reaction-count">
            <span aria-hidden="true">{EMOJI[kind]}</span> {t(LABEL[kind])} {count(kind)}
          </li>
        ))}
      </ul>
    );
  }

  const toggle = async (kind: ReactionKind) => {
    const mine = post.viewerReactions?.includes(kind) ?? false;
    setBusy(kind);
    setError(null);
    try {
      const input = { postId: post.id, kind };
      changed(mine ? (await request(UNREACT, { input })).unreact : (await request(REACT, { input })).react);
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div class="reactions-block">
      <ul class="reactions" aria-label={t('reaction.label')}>
        {REACTION_KINDS.map((kind) => (
          <li key={kind}>
            <button
              type="button"
              class="reaction"
              aria-pressed={post.viewerReactions?.includes(kind) ?? false}
              disabled={busy === kind}
              onClick={() => toggle(kind)}
            >
              <span aria-hidden="true">{EMOJI[kind]}</span> {t(LABEL[kind])}
              {count(kind) ? <span class="reaction-n"> {count(kind)}</span> : null}
            </button>
          </li>
        ))}
      </ul>
      {error ? <ErrorMessage error={error} /> : null}
    </div>
  );
}
