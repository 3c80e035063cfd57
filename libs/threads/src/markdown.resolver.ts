import { Args, Query, Resolver } from '@nestjs/graphql';
import { Access, badInput, renderMarkdown } from '@waardenet/core';

/** The reply form's preview: the same server-side rendering and sanitizing a post gets. */
@Resolver()
export class MarkdownResolver {
  @Access('public')
  @Query(() => String, { description: 'Renders markdown to sanitized HTML exactly as a post would be; for previews.' })
  previewMarkdown(@Args('body') body: string): string {
    if (body.length > 50_000) throw badInput('body: must be between 1 and 50000 characters long', { fields: { body: ['must be between 1 and 50000 characters long'] } });
    return renderMarkdown(body);
  }
}
