const LEVELS: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };

const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/**
 * One of pino's JSON lines as a person reads it: `07:12:03 WARN [context] message key=value`, a request
 * as `POST /graphql 200 12 ms`, an error's stack indented below. Not a parser for anything else: a line
 * that is not JSON passes unchanged.
 */
export function textLine(json: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json;
  }
  const { level, time, msg, service: _service, pid: _pid, hostname: _hostname, context, err, req, res, responseTime, ...rest } = entry;
  // The machine's local time: what the person at its console reads on their clock (JSON keeps epoch milliseconds).
  const clock = new Date(typeof time === 'number' ? time : Date.now()).toTimeString().slice(0, 8);
  const parts = [clock, LEVELS[Number(level)] ?? String(level)];
  if (context) parts.push(`[${show(context)}]`);
  const request = req as { method?: string; url?: string; id?: string } | undefined;
  const response = res as { statusCode?: number } | undefined;
  if (request && response) parts.push(`${request.method} ${request.url} ${response.statusCode} ${show(responseTime)} ms`);
  else if (msg !== undefined) parts.push(show(msg));
  for (const [key, value] of Object.entries(rest)) if (value !== undefined) parts.push(`${key}=${show(value)}`);
  if (request?.id && response) parts.push(`id=${request.id}`);
  let line = parts.join(' ');
  const error = err as { stack?: string; message?: string } | undefined;
  if (error) line += `\n${(error.stack ?? error.message ?? show(error)).replace(/^/gm, '    ')}`;
  return `${line}\n`;
}
