/**
 * Receives a multipart upload: the text fields and one file, streamed to a file in a folder of its
 * own in the server's upload folder (never held in memory). The caller removes that folder with
 * `discard()` when done with it; an upload that fails or is aborted midway is removed here.
 */
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { HttpError } from '../errors.ts';
import type { UploadFolder } from './upload-folder.ts';

export interface Upload {
  /** The text fields, by name (the last value wins). */
  fields: Record<string, string>;
  /** The file, or null when the request had none. */
  file: { path: string; fileName: string; size: number } | null;
  /** Removes the temporary file and its folder. */
  discard(): Promise<void>;
}

export interface ReceiveOptions {
  /** Where the file is stored. */
  folder: UploadFolder;
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Name of the file field; default "file". */
  fileField?: string;
  /** Called when the file part begins, with the fields received so far (e.g. to refuse early). */
  onFileStart?(fields: Record<string, string>): void;
}

/** 2 GB: the largest ledger export accepted by default. */
export const DEFAULT_MAX_UPLOAD_BYTES = 2 * 1024 ** 3;

export async function receiveUpload(request: FastifyRequest, options: ReceiveOptions): Promise<Upload> {
  if (!request.isMultipart()) {
    throw new HttpError(400, 'Skicka filen som multipart/form-data med fältet "file".', options.fileField ?? 'file');
  }
  const fileField = options.fileField ?? 'file';
  const fields: Record<string, string> = {};
  let dir: string | null = null;
  let file: Upload['file'] = null;
  const discard = async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = null;
  };
  try {
    const parts = request.parts({ limits: { fileSize: options.maxBytes, files: 1, fields: 20, fieldSize: 10_000, parts: 25 } });
    for await (const part of parts) {
      if (part.type === 'field') {
        fields[part.fieldname] = typeof part.value === 'string' ? part.value : String(part.value);
        continue;
      }
      if (part.fieldname !== fileField || file) {
        part.file.resume();
        throw new HttpError(400, `Oväntad fil i fältet "${part.fieldname}": skicka en fil i fältet "${fileField}".`, part.fieldname);
      }
      try {
        options.onFileStart?.(fields);
      } catch (error) {
        // Read the rest so that the client gets the answer instead of a broken connection.
        part.file.resume();
        await new Promise((resolve) => part.file.once('end', resolve).once('error', resolve));
        throw error;
      }
      const fileName = safeName(part.filename);
      dir = await options.folder.create();
      const path = join(
        dir,
        `upload${extname(fileName)
          .toLowerCase()
          .replace(/[^.a-z0-9]/g, '')}`,
      );
      const out = createWriteStream(path);
      let size = 0;
      part.file.on('data', (chunk: Buffer) => {
        size += chunk.length;
      });
      await pipeline(part.file, out);
      if (part.file.truncated) throw tooLarge(options.maxBytes);
      file = { path, fileName, size };
    }
  } catch (error) {
    await discard();
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(options.maxBytes);
    throw error;
  }
  return { fields, file, discard };
}

function tooLarge(maxBytes: number): HttpError {
  return new HttpError(413, `Filen är för stor: högst ${formatBytes(maxBytes)}.`, 'file');
}

/** The base name of the client's file name, without control characters; "fil" if empty. */
function safeName(name: string | undefined): string {
  const base = basename((name ?? '').replace(/\\/g, '/'))
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed.
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .slice(0, 200);
  return base || 'fil';
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toLocaleString('sv-SE', { maximumFractionDigits: 1 })} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toLocaleString('sv-SE', { maximumFractionDigits: 1 })} MB`;
  return `${Math.ceil(bytes / 1024).toLocaleString('sv-SE')} kB`;
}
