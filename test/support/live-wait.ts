import { PUBSUB, PubSubEngine } from '@waardenet/live/channels';
import { LiveHub } from '@waardenet/live';
import { TestApp } from './test-app';
import { waitFor } from './wait';

/**
 * Runs `open` (subscriptions) and waits until the app's live hub has started `n` listeners for it: from then on
 * an event is delivered, so a test need not sleep after subscribing. Counts starts, not the listeners open
 * (a closed client's listener may still be going away meanwhile).
 */
export async function listening<T>(t: TestApp, open: () => T, n = 1): Promise<T> {
  const hub = t.app.get(LiveHub);
  const start = hub.start.bind(hub);
  let started = 0;
  const spy = jest.spyOn(hub, 'start').mockImplementation(async (...args) => {
    const listener = await start(...args);
    started++;
    return listener;
  });
  try {
    const result = open();
    await waitFor(() => started >= n, { what: `${n} live listener(s) started on the app` });
    return result;
  } finally {
    spy.mockRestore();
  }
}

/**
 * Runs `open` and waits until the app's PubSub engine listens on `channel` for it (a per-user channel such as
 * notificationAdded's `user:<id>`, which the live hub does not count).
 */
export async function channelListening<T>(t: TestApp, channel: string, open: () => T): Promise<T> {
  const pubsub = t.app.get<PubSubEngine>(PUBSUB);
  const original = pubsub.subscribe.bind(pubsub);
  let ready = false;
  const spy = jest.spyOn(pubsub, 'subscribe').mockImplementation(async (ch, handler) => {
    const stop = await original(ch, handler);
    if (ch === channel) ready = true;
    return stop;
  });
  try {
    const result = open();
    await waitFor(() => ready, { what: `a subscription to ${channel}` });
    return result;
  } finally {
    spy.mockRestore();
  }
}
