import { cursorCodec, cursorPart } from '@waardenet/core';

/**
 * The `after:` of threadEvents and communityEvents: a channel's event sequence number. Clients keep these
 * across deploys (a reconnecting tab resumes with the cursor it holds), so the JSON array written before the
 * versioned envelope (`[seq]`) is still read.
 */
export const LIVE_CURSOR = cursorCodec<[number]>('live', [cursorPart.int(0, Number.MAX_SAFE_INTEGER)], { acceptUnversioned: true });
