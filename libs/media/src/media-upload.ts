import busboy from 'busboy';
import type { Request } from 'express';
import { AppError, badInput } from '@waardenet/core';
import { DOCUMENT_TYPES, IMAGE_TYPES, SNIFF_BYTES, mediaTypeRefusal, sniff, tooLargeRefusal } from './media-processor';

/** The form fields `POST /api/media` takes besides `file`; they must come before it. */
export const UPLOAD_FIELDS = ['purpose', 'communityId', 'libraryId'] as const;
export type UploadFields = Partial<Record<(typeof UPLOAD_FIELDS)[number], string>>;

export interface ReceivedFile {
  fields: UploadFields;
  mime: string;
  data: Buffer;
}

const fieldsRefusal = (detail: string) =>
  badInput(`The upload form is not as expected: ${detail}.`, { reason: 'INVALID_INPUT', fields: { file: [detail] } });

/** What the multipart reader may accept: one file, the three fields, nothing larger than needed. */
export const MULTIPART_OVERHEAD = 16 * 1024;

/**
 * Reads a multipart upload with busboy as it arrives. Fields first: `authorize` sees them before one byte of
 * the file is kept (a refusal there costs nothing). Then the file: its first bytes are sniffed as soon as
 * they are in, and a type that is not accepted (or a PDF where documents are not allowed) is refused at
 * once; past `maxBytes` it is refused too. The accepted file is kept in memory, as sharp needs it whole,
 * bounded by `maxBytes`. On a refusal the rest of the request is drained (up to a bound), not stored.
 */
export function receiveUpload(
  req: Request,
  maxBytes: number,
  authorize: (fields: UploadFields) => Promise<{ documentsAllowed: boolean }>,
): Promise<ReceivedFile> {
  return new Promise<ReceivedFile>((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({
        headers: req.headers,
        limits: {
          fileSize: maxBytes,
          files: 1,
          fields: UPLOAD_FIELDS.length,
          fieldSize: 128,
          fieldNameSize: 32,
          parts: UPLOAD_FIELDS.length + 1,
        },
      });
    } catch {
      reject(fieldsRefusal('send multipart/form-data with a file field'));
      return;
    }
    const fields: UploadFields = {};
    let settled = false;
    let file: { mime: string; data: Buffer } | null = null;
    let fileDone: Promise<void> | null = null;
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      req.unpipe(bb);
      bb.removeAllListeners('close');
      bb.on('error', () => undefined);
      bb.destroy();
      drain(req, maxBytes);
      reject(err);
    };
    bb.on('field', (name, value, info) => {
      if (!(UPLOAD_FIELDS as readonly string[]).includes(name)) return fail(fieldsRefusal(`unknown field "${name.slice(0, 32)}"`));
      if (info.valueTruncated) return fail(fieldsRefusal(`field "${name}" is too long`));
      fields[name as keyof UploadFields] = value;
    });
    bb.on('file', (name, stream) => {
      if (name !== 'file') {
        stream.resume();
        return fail(fieldsRefusal('the file goes in a field named "file"'));
      }
      stream.pause();
      fileDone = (async () => {
        const { documentsAllowed } = await authorize(fields);
        const chunks: Buffer[] = [];
        let size = 0;
        let mime = null as string | null;
        const check = async (final: boolean) => {
          if (mime !== null || (size < SNIFF_BYTES && !final)) return;
          const found = (await sniff(Buffer.concat(chunks))) ?? 'unknown';
          if (IMAGE_TYPES.has(found) || (documentsAllowed && DOCUMENT_TYPES.has(found))) mime = found;
          else
            throw DOCUMENT_TYPES.has(found)
              ? badInput('Only library staff may upload PDF documents, and only into a community.', { reason: 'MEDIA_TYPE' })
              : mediaTypeRefusal(found === 'unknown' ? undefined : found);
        };
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          if (settled) return;
          chunks.push(chunk);
          size += chunk.length;
          await check(false);
        }
        if ((stream as { truncated?: boolean }).truncated)
          throw tooLargeRefusal(`at most ${Math.round(maxBytes / 1024 / 1024)} MB a file`, maxBytes);
        if (!size) throw fieldsRefusal('the file is empty');
        await check(true);
        if (mime === null) throw mediaTypeRefusal();
        file = { mime, data: Buffer.concat(chunks, size) };
      })();
      fileDone.catch((err: unknown) => fail(err instanceof Error ? err : new Error(String(err))));
    });
    bb.on('filesLimit', () => fail(fieldsRefusal('one file per upload')));
    bb.on('fieldsLimit', () => fail(fieldsRefusal('too many fields')));
    bb.on('partsLimit', () => fail(fieldsRefusal('too many parts')));
    bb.on('error', () => fail(fieldsRefusal('the form could not be read')));
    bb.on('close', () => {
      void (async () => {
        try {
          await fileDone;
        } catch {
          return; // refused above
        }
        if (settled) return;
        if (!file) return fail(fieldsRefusal('no file was sent'));
        settled = true;
        resolve({ fields, ...file });
      })();
    });
    req.on('aborted', () => fail(new AppError('BAD_USER_INPUT', 'The upload was interrupted.', { reason: 'INVALID_INPUT' })));
    req.pipe(bb);
  });
}

/**
 * Reads and drops what is left of a refused upload, so the client gets to read the answer instead of a
 * reset connection; a client that keeps sending past twice the size limit (or 10 s) is cut off.
 */
function drain(req: Request, maxBytes: number): void {
  let seen = 0;
  const timer = setTimeout(() => req.destroy(), 10_000);
  timer.unref();
  req.on('data', (chunk: Buffer) => {
    seen += chunk.length;
    if (seen > 2 * maxBytes) req.destroy();
  });
  req.on('end', () => clearTimeout(timer));
  req.on('close', () => clearTimeout(timer));
  req.resume();
}
