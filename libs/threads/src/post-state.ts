import { registerEnumType } from '@nestjs/graphql';

/** The moderation state of a post, and of a thread (which follows its opening post). */
export enum PostState {
  VISIBLE = 'VISIBLE',
  PENDING = 'PENDING',
  HIDDEN = 'HIDDEN',
  REMOVED = 'REMOVED',
}
registerEnumType(PostState, {
  name: 'PostState',
  description:
    'VISIBLE; PENDING (awaiting approval); HIDDEN (pending review, e.g. after reports); REMOVED (soft, recoverable by moderators).',
});
