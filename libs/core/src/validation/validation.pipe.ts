import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { badInput } from '../errors/app-error';

function flatten(errors: ValidationError[], prefix = ''): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const e of errors) {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    if (e.constraints) out[path] = Object.values(e.constraints);
    if (e.children?.length) Object.assign(out, flatten(e.children, path));
  }
  return out;
}

/**
 * The context of the first failed constraint that declares a stable `reason` (e.g. MarkdownBody's
 * MARKDOWN_TOO_LONG with its limit): it goes to the extensions, where the message's parameters are read.
 */
function reasonOf(errors: ValidationError[]): { reason: string } | undefined {
  for (const e of errors) {
    const contexts: unknown[] = Object.values(e.contexts ?? {});
    const context = contexts.find((c): c is { reason: string } => typeof (c as { reason?: unknown } | null)?.reason === 'string');
    if (context) return context;
    const nested = reasonOf(e.children ?? []);
    if (nested) return nested;
  }
  return undefined;
}

/**
 * Validates client input only: GraphQL arguments and HTTP bodies. Without this, Nest would also
 * transform and validate every resolver's parent object (`@Parent() post: Post`) on every field.
 */
class InputValidationPipe extends ValidationPipe {
  protected override toValidate(metadata: ArgumentMetadata): boolean {
    const type = metadata.type as string;
    return (type === 'args' || type === 'body') && super.toValidate(metadata);
  }
}

/** class-validator on every input; failures become one BAD_USER_INPUT with messages per field. */
export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      const first = Object.entries(fields)[0];
      const message = first ? `${first[0]}: ${first[1][0]}` : 'The input is not valid.';
      return badInput(message, { fields, ...(reasonOf(errors) ?? { reason: 'INVALID_INPUT' }) });
    },
  });
}
