/** A catalogue address from a library's template: {isbn} and {recordId} filled in, URL-encoded; null when one is missing. */
export function catalogueUrl(template: string, isbn: string | null, recordId: string | null): string | null {
  if (template.includes('{isbn}') && !isbn) return null;
  if (template.includes('{recordId}') && !recordId) return null;
  const target = template.replace(/\{isbn\}/g, encodeURIComponent(isbn ?? '')).replace(/\{recordId\}/g, encodeURIComponent(recordId ?? ''));
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return null;
  }
  // The template was checked when it was saved (https, a plain host); checked again here, whatever is in the database.
  if (url.protocol !== 'https:' || url.username || url.password || url.host !== new URL(template.replace(/\{(isbn|recordId)\}/g, 'x')).host)
    return null;
  return url.toString();
}
