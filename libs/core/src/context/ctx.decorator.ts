import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { RequestContext } from './request-context';

export interface GqlContext {
  req: Express.Request & { rc?: RequestContext };
  rc: RequestContext;
}

export function requestContextOf(context: ExecutionContext): RequestContext {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GqlContext>().rc;
  }
  const req = context.switchToHttp().getRequest<Express.Request & { rc?: RequestContext }>();
  req.rc ??= new RequestContext(req as never);
  return req.rc;
}

/** Injects the RequestContext into a resolver method. */
export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext) => requestContextOf(context));
