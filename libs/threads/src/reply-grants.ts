import { RequestContext } from '@waardenet/core';
import { Thread } from './thread.entity';

/**
 * Another domain's say in who may reply to a thread beyond its community's members (the network
 * domain lets members of a national community reply to a local thread it accepted). Asked only for
 * viewers who are not banned from the thread's community; without a provider nobody extra may reply.
 */
export interface ReplyGrants {
  mayReply(ctx: RequestContext, thread: Thread): Promise<boolean>;
}

export const REPLY_GRANTS = Symbol('REPLY_GRANTS');
