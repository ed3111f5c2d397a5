/**
 * Sends a report as a PDF, Word or Excel file: built once per data version and kept in the read
 * cache (a PDF takes the warm browser a second), with an ETag and a file name that says which
 * version it is.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DeliverableChoice } from '#app/deliverable.ts';
import { reportFile } from '#app/documents.ts';
import type { ReadCache } from '#app/read-cache.ts';
import type { DocumentFormat, PdfRenderer } from '#report/formats.ts';
import { cachedBody, cacheKey, sendCached } from '../cached.ts';

export interface FileRequest {
  id: string;
  period: string;
  format: DocumentFormat;
  choice: DeliverableChoice;
}

export async function sendReportFile(
  request: FastifyRequest,
  reply: FastifyReply,
  { cache, pdf }: { cache: ReadCache; pdf: PdfRenderer },
  { id, period, format, choice }: FileRequest,
) {
  // Publishing bumps the data version (0022), which empties the cache: "senaste" is never stale.
  const key = cacheKey('file', id, period, format, choice.draft ? 'utkast' : (choice.version ?? 'senaste'));
  const file = await cache.get(key, async () => {
    const made = await reportFile(cache.db, id, period, format, { pdf, choice });
    return { ...cachedBody(Buffer.from(made.bytes)), fileName: made.fileName, mediaType: made.mediaType };
  });
  reply.header('content-disposition', `attachment; filename="${file.fileName}"`);
  return sendCached(request, reply, file, file.mediaType);
}
