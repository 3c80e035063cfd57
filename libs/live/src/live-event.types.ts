import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Post, Thread } from '@waardenet/threads';

export enum ThreadEventType {
  POST_ADDED = 'POST_ADDED',
  POST_EDITED = 'POST_EDITED',
  POST_REMOVED = 'POST_REMOVED',
  POST_RESTORED = 'POST_RESTORED',
  REACTIONS_CHANGED = 'REACTIONS_CHANGED',
  THREAD_LOCKED = 'THREAD_LOCKED',
  THREAD_UPDATED = 'THREAD_UPDATED',
  /** A question's accepted answer was chosen or changed (the post is the answer); see libs/experts. */
  ANSWER_ACCEPTED = 'ANSWER_ACCEPTED',
  ANSWER_UNACCEPTED = 'ANSWER_UNACCEPTED',
}
registerEnumType(ThreadEventType, { name: 'ThreadEventType' });

export enum CommunityEventType {
  THREAD_ADDED = 'THREAD_ADDED',
  THREAD_UPDATED = 'THREAD_UPDATED',
  THREAD_MOVED = 'THREAD_MOVED',
}
registerEnumType(CommunityEventType, { name: 'CommunityEventType' });

@ObjectType({ description: 'Something a reader of a thread should see change. Resume after a disconnect with `after: cursor`.' })
export class ThreadEvent {
  @Field(() => ThreadEventType)
  type!: ThreadEventType;

  @Field({ description: 'Opaque; pass it as `after` to resume from this event.' })
  cursor!: string;

  @Field(() => Post, { nullable: true, description: 'The post the event is about; its text is null where the reader may not see it.' })
  post!: Post | null;

  @Field(() => Thread)
  thread!: Thread;
}

@ObjectType({ description: 'A change in a community’s list of threads.' })
export class CommunityEvent {
  @Field(() => CommunityEventType)
  type!: CommunityEventType;

  @Field()
  cursor!: string;

  @Field(() => ID, { description: 'The thread the event is about, always given.' })
  threadId!: string;

  @Field(() => Thread, {
    nullable: true,
    description:
      'Null when the thread is now in a community you may not read (it moved there): take it off your list; its title and where it went are not told.',
  })
  thread!: Thread | null;
}
