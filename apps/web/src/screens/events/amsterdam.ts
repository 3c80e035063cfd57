/**
 * Event times are instants; people enter and read them as Amsterdam wall-clock time, whatever zone their
 * device is in (an event at the library is at 19:30 there).
 */
export const EVENT_TIME_ZONE = 'Europe/Amsterdam';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: EVENT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The instant as `YYYY-MM-DDTHH:mm` in Amsterdam (the value of an <input type="datetime-local">). */
export function toAmsterdamInput(iso: string): string {
  const p = Object.fromEntries(parts.formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** The instant that Amsterdam wall-clock `YYYY-MM-DDTHH:mm` names (ISO), or null when the text is no such time. */
export function fromAmsterdamInput(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const wall = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
  // The zone's offset at a guess, then again at the result (a guess near a clock change may be an hour off).
  let instant = wall;
  for (let i = 0; i < 2; i++) {
    const shown = toAmsterdamInput(new Date(instant).toISOString());
    const [d, t] = shown.split('T');
    const [y, mo, da] = d.split('-').map(Number);
    const [h, mi] = t.split(':').map(Number);
    instant -= Date.UTC(y, mo - 1, da, h, mi) - wall;
  }
  return new Date(instant).toISOString();
}

const formats = new Map<string, Intl.DateTimeFormat>();
/** A start (and end) time in the reader's language, in Amsterdam time. */
export function formatEventTime(iso: string, lang: string, withDay = true): string {
  const key = `${lang}|${withDay}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, {
      timeZone: EVENT_TIME_ZONE,
      ...(withDay ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } : {}),
      hour: '2-digit',
      minute: '2-digit',
    });
    formats.set(key, f);
  }
  return f.format(new Date(iso));
}
