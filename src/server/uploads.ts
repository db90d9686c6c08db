/** Reading a multipart upload (one file plus small text fields) from a request; the image checks are in services/artworks/image-upload.ts. */
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { em, HttpError } from './errors.ts';
import { assertStorableText } from './input-guard.ts';

/**
 * Reads a multipart request carrying one file in the field `file` plus small text fields.
 * Anything else (not multipart, no file, a file in another field, over the limit) is refused
 * with a plain message naming what was expected.
 */
export async function readMultipartUpload(
  req: FastifyRequest,
  opts: { limit: number; what: string },
): Promise<{ file: Uint8Array; fields: Record<string, string> }> {
  if (!req.isMultipart()) throw new HttpError('unsupported_media_type', em('errors:server.sendMultipartFormData', { what: opts.what }));
  let file: Uint8Array | undefined;
  const fields: Record<string, string> = {};
  for await (const part of req.parts({ limits: { fileSize: opts.limit, files: 1, fields: 10, fieldSize: 10_000 } })) {
    if (part.type === 'file') {
      if (part.fieldname !== 'file') throw new HttpError('invalid_request', em('errors:server.mustSentFieldNamed', { what: opts.what }));
      file = await readPart(part, opts.limit);
    } else if (typeof part.value === 'string') {
      assertStorableText({ [part.fieldname]: part.value }, 'body');
      fields[part.fieldname] = part.value;
    }
  }
  if (!file) throw new HttpError('invalid_request', em('errors:server.fileAttachedChooseUpload', { what: opts.what }));
  return { file, fields };
}

async function readPart(part: MultipartFile, limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of part.file as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > limit) break;
    chunks.push(chunk);
  }
  if (part.file.truncated || total > limit) {
    throw new HttpError('payload_too_large', em('errors:server.fileLargerThanMb', { mb: Math.round(limit / 1024 / 1024) }));
  }
  return new Uint8Array(Buffer.concat(chunks));
}
