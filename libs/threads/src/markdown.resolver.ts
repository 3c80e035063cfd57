import { Args, Query, Resolver } from '@nestjs/graphql';
import { Access, renderMarkdown } from '@waardenet/core';
import { RateLimit } from '@waardenet/core/rate-limit';

/** The reply form's preview: the same server-side rendering and sanitizing a post gets. */
@Resolver()
export class MarkdownResolver {
  @Access('public')
  @RateLimit('preview')
  @Query(() => String, {
    description:
      'Renders markdown to sanitized HTML exactly as a post would be, within the same limits (BAD_USER_INPUT with a reason beyond them); for previews.',
  })
  previewMarkdown(@Args('body') body: string): string {
    return renderMarkdown(body);
  }
}
