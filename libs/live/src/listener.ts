import { DocumentNode, ExecutionResult } from 'graphql';
import { LiveEvent, Viewer } from '@waardenet/core';
import { PushIterator } from './push-iterator';

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
  viewerSpecific: boolean;
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

export function groupKeyOf(l: Pick<Listener, 'channel' | 'selectionKey' | 'readerClass' | 'viewerSpecific' | 'viewer'>): string {
  return [l.channel, l.selectionKey, l.readerClass, l.viewerSpecific ? l.viewer?.id ?? '-' : ''].join('|');
}
