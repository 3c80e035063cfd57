import { SaxesParser } from 'saxes';
import { ImportFileError, REPLACEMENT, SourceRecord, emptyRecord } from './import-source';

const local = (name: string) => name.slice(name.indexOf(':') + 1);

/** Where a subfield's text goes; tags not listed here are ignored. */
function collect(r: SourceRecord, tag: string, code: string, text: string): void {
  const value = text.trim();
  if (!value) return;
  switch (`${tag}${code}`) {
    case '020a':
      r.isbns.push(value);
      break;
    case '024a':
      r.identifiers.push(value);
      break;
    case '100a':
    case '700a':
      r.creators.push(value);
      break;
    case '245a':
      r.title = value;
      break;
    case '245b':
      r.title = r.title ? `${r.title.replace(/[\s/:;,=]+$/, '')} : ${value}` : value;
      break;
    case '250a':
      r.edition ??= value;
      break;
    case '260b':
    case '264b':
      r.publisher ??= value;
      break;
    case '260c':
    case '264c':
      r.year ??= value;
      break;
    case '650a':
      r.subjects.push(value);
      break;
  }
}

/**
 * Streams MARC21 XML (with or without the MARC namespace prefix) into one SourceRecord per
 * <record>: the parser is fed chunk by chunk, and records are handed on as they close, so the
 * file never sits in memory whole.
 */
export async function* readMarcXml(chunks: AsyncIterable<string>): AsyncGenerator<SourceRecord> {
  const parser = new SaxesParser({ position: true });
  const ready: SourceRecord[] = [];
  let rootSeen = false;
  let record: SourceRecord | null = null;
  let position = 0;
  let tag = '';
  let code = '';
  let inControl = false;
  let text = '';

  parser.on('opentag', (node) => {
    const name = local(node.name);
    if (!rootSeen) {
      rootSeen = true;
      if (name !== 'collection' && name !== 'record')
        throw new ImportFileError(`This is not MARCXML: the root element is <${node.name}>, not <collection> or <record>.`);
    }
    if (name === 'record') {
      record = emptyRecord(++position, parser.line);
    } else if (record && (name === 'controlfield' || name === 'datafield')) {
      tag = attributeText(node.attributes.tag);
      inControl = name === 'controlfield';
      text = '';
    } else if (record && name === 'subfield') {
      code = attributeText(node.attributes.code);
      text = '';
    }
  });
  parser.on('text', (t) => {
    if (!record) return;
    text += t;
    if (t.includes(REPLACEMENT)) record.badEncoding = true;
  });
  parser.on('closetag', (node) => {
    const name = local(node.name);
    if (!record) return;
    if (name === 'subfield') collect(record, tag, code, text);
    else if (name === 'controlfield' && inControl && tag === '001') record.recordId = text.trim() || null;
    else if (name === 'record') {
      ready.push(record);
      record = null;
    }
  });

  for await (const chunk of chunks) {
    write(parser, chunk);
    // Handed on in order; the array holds at most one chunk's worth of records.
    for (const r of ready.splice(0)) yield r;
  }
  try {
    parser.close();
  } catch (e) {
    throw asFileError(e);
  }
  if (!rootSeen) throw new ImportFileError('The file is empty: no MARCXML records in it.');
  for (const r of ready.splice(0)) yield r;
}

/** An attribute's value (absent: ''). */
function attributeText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function write(parser: SaxesParser, chunk: string): void {
  try {
    parser.write(chunk);
  } catch (e) {
    throw asFileError(e);
  }
}

function asFileError(e: unknown): Error {
  if (e instanceof ImportFileError) return e;
  return new ImportFileError(`The XML is not well-formed: ${e instanceof Error ? e.message : String(e)}`);
}
