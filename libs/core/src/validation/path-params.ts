import { Param, PipeTransform } from '@nestjs/common';
import { badInput } from '../errors/app-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The one uuid shape (ids in paths, in cursors, in filters). */
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);
/** Every slug a library or community can be given (their create inputs); at most 100 characters. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A path segment for a message: printable, short, so a NUL byte or a megabyte of junk is not echoed back. */
const shown = (value: string) => JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value).replace(/[^\x20-\x7e]/g, '?');

/**
 * Checks a REST path's id before any query sees it: without this a malformed id (or a NUL byte)
 * reached PostgreSQL and came back as a 500 with a stack trace in the log.
 */
class IdParamPipe implements PipeTransform<string, string> {
  constructor(private readonly name: string) {}
  transform(value: string): string {
    if (isUuid(value)) return value.toLowerCase();
    throw badInput(`The ${this.name} in the address, ${shown(String(value))}, is not a valid id.`, {
      reason: 'INVALID_ID',
      param: this.name,
    });
  }
}

class SlugParamPipe implements PipeTransform<string, string> {
  constructor(private readonly name: string) {}
  transform(value: string): string {
    if (typeof value === 'string' && value.length <= 100 && SLUG.test(value)) return value;
    throw badInput(`The ${this.name} in the address, ${shown(String(value))}, is not a valid slug.`, {
      reason: 'INVALID_SLUG',
      param: this.name,
    });
  }
}

/** `@IdParam('id')`: a path parameter that must be a UUID, else 400 BAD_USER_INPUT with reason INVALID_ID. Every REST id goes through it. */
export const IdParam = (name: string) => Param(name, new IdParamPipe(name));

/** `@SlugParam('slug')`: a path parameter that must be a slug, else 400 BAD_USER_INPUT with reason INVALID_SLUG. */
export const SlugParam = (name: string) => Param(name, new SlugParamPipe(name));
