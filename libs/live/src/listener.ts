import { DocumentNode, ExecutionResult } from 'graphql';
import { Viewer } from '@waardenet/core';
import { LiveEvent } from '@waardenet/live/channels';
import { PushIterator } from './push-iterator';
import type { Sharing } from './viewer-dependence';

/** What a subscriber may see; subscribers of one class on one selection share one execution per event. */
export type ReaderClass = 'anonymous' | 'reader' | 'moderator';

export type LiveField = 'threadEvents' | 'communityEvents';

/** One active subscription on this instance. */
export interface Listener {
  id: number;
  field: LiveField;
  channel: string;
  communityId: string;
  threadId: string | null;
  viewer: Viewer | null;
  readerClass: ReaderClass;
  /** Subscribers with the same key receive the same frame payload. */
  groupKey: string;
  selectionKey: string;
  /** Shared by every listener of one document: whether it is executed per viewer (see viewer-dependence.ts). */
  sharing: Sharing;
  document: DocumentNode;
  variableValues: Record<string, unknown>;
  operationName?: string | null;
  afterSeq: number | null;
  /** The last event number delivered (or skipped as not visible). */
  lastSeq: number;
  /** Live events that arrive while the replay runs. */
  buffer: LiveEvent[] | null;
  /** Completion only: results are written by `send`, not through the iterator. */
  iterator: PushIterator<ExecutionResult>;
  /** Writes one serialized result to this subscriber's socket as a graphql-ws `next` message. */
  send(resultJson: string): void;
}

/**
 * Everything that changes a frame: the channel, the document and its variables, what the reader class
 * may see of the event (the hub's visiblePayload), and, for a document executed per viewer, the viewer.
 * Membership role and ban state need no place of their own: a banned reader is refused at subscribe and
 * completed at a re-check, a role that grants moderation is the 'moderator' class, and every field whose
 * value follows the viewer's own memberships or roles is @ViewerDependent (or read the viewer, which
 * makes the document per viewer at delivery).
 */
export function groupKeyOf(l: Pick<Listener, 'channel' | 'selectionKey' | 'readerClass' | 'sharing' | 'viewer'>): string {
  return [l.channel, l.selectionKey, l.readerClass, l.sharing.perViewer ? (l.viewer?.id ?? '-') : ''].join('|');
}
