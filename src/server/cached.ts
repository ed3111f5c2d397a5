/**
 * Answers built once and kept in the ReadCache (src/app/read-cache.ts), with an ETag: a client
 * that sends If-None-Match with the current one gets 304 and no body.
 */
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ReadCache } from '#app/read-cache.ts';

export interface CachedBody {
  /** Text (JSON, HTML, CSV) or a file (PDF, Word, Excel). */
  body: string | Buffer;
  /** A strong ETag: the body's hash, the same on every server that builds the same body. */
  etag: string;
}

export function cachedBody(body: string | Buffer): CachedBody {
  return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"` };
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}

export function sendCached(request: FastifyRequest, reply: FastifyReply, cached: CachedBody, contentType: string) {
  // Stored by the browser, but asked about again each time (the ETag makes that cheap).
  reply.header('etag', cached.etag).header('cache-control', 'private, no-cache');
  if (matches(request.headers['if-none-match'], cached.etag)) return reply.code(304).send();
  return reply.type(contentType).send(cached.body);
}

/** A read-cache key from its parts (a route's name and parameters). */
export const cacheKey = (...parts: (string | number)[]): string => parts.join('\u0000');

/** Answers JSON kept in the read cache under `key`: built by `load`, serialised by the route's schema. */
export async function sendCachedJson<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  cache: ReadCache,
  key: string,
  schema: { encode(value: T): unknown },
  load: () => Promise<T>,
) {
  const cached = await cache.get(key, async () => cachedBody(JSON.stringify(schema.encode(await load()))));
  return sendCached(request, reply, cached, 'application/json; charset=utf-8');
}
