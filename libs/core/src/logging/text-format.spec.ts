import { logFormatFrom } from './logger';
import { textLine } from './text-format';

const at = new Date(2026, 11, 3, 7, 12, 3).getTime(); // local time, as the lines show it

describe('text log lines', () => {
  it('writes a log line as time, level, context, message and fields', () => {
    const json = JSON.stringify({
      level: 40,
      time: at,
      service: 'waardenet-api',
      context: 'RateLimit',
      msg: 'redis is unavailable',
      role: 'sub',
    });
    expect(textLine(json)).toBe('07:12:03 WARN [RateLimit] redis is unavailable role=sub\n');
  });

  it('writes a request as method, path, status and time, with its id', () => {
    const json = JSON.stringify({
      level: 30,
      time: at,
      req: { id: 'abc', method: 'POST', url: '/graphql' },
      res: { statusCode: 200 },
      responseTime: 12,
      msg: 'request completed',
    });
    expect(textLine(json)).toBe('07:12:03 INFO POST /graphql 200 12 ms id=abc\n');
  });

  it("indents an error's stack below its line", () => {
    const json = JSON.stringify({ level: 50, time: at, msg: 'failed', err: { message: 'boom', stack: 'Error: boom\n    at x' } });
    expect(textLine(json)).toBe('07:12:03 ERROR failed\n    Error: boom\n        at x\n');
  });

  it('passes a line that is not JSON unchanged', () => {
    expect(textLine('plain words\n')).toBe('plain words\n');
  });
});

describe('LOG_FORMAT', () => {
  it('is text at a console by default, json in production, and whatever is asked for', () => {
    expect(logFormatFrom({})).toBe('text');
    expect(logFormatFrom({ NODE_ENV: 'production' })).toBe('json');
    expect(logFormatFrom({ LOG_FORMAT: 'json' })).toBe('json');
    expect(logFormatFrom({ NODE_ENV: 'production', LOG_FORMAT: 'text' })).toBe('text');
    expect(logFormatFrom({ LOG_FORMAT: 'xml' })).toBe('json');
  });
});
