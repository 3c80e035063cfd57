import { applyDecorators } from '@nestjs/common';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { MARKDOWN_LIMITS, MarkdownLimitReason } from './markdown-limits';

const LENGTH = { message: `must be between 1 and ${MARKDOWN_LIMITS.length} characters long` };
const TOO_LONG: { reason: MarkdownLimitReason; limit: number } = { reason: 'MARKDOWN_TOO_LONG', limit: MARKDOWN_LIMITS.length };

/**
 * A markdown body in an input: a non-blank string of at most MARKDOWN_LIMITS.length characters.
 * Too long a body is refused by validation, before the resolver, with the same `extensions.reason`
 * as renderMarkdown's own refusal (the validation pipe carries a constraint's context `reason`).
 */
export const MarkdownBody = () =>
  applyDecorators(
    IsString(),
    MinLength(1, LENGTH),
    MaxLength(MARKDOWN_LIMITS.length, { ...LENGTH, context: TOO_LONG }),
    Matches(/\S/, { message: 'must not be blank' }),
  );
