/** Helpers for the import tests over HTTP (fastify.inject): small SIE files, uploads, polling a job. */
import type { FastifyInstance } from 'fastify';
import type { ImportJobJson } from '#contract/index.ts';

/** The head of a small SIE 4 file: one committee, two codes (ansvar 100 and 200), three accounts. */
export const SIE_HEAD = [
  '#FLAGGA 0',
  '#FORMAT PC8',
  '#SIETYP 4',
  '#PROGRAM "test" 1',
  '#FNAMN "Testnämnden"',
  '#RAR 0 20250101 20251231',
  '#KONTO 5010 "Löner"',
  '#KONTO 3110 "Taxor och avgifter"',
  '#KONTO 1930 "Bank"',
  '#DIM 1 "Ansvar"',
  '#OBJEKT 1 "100" "Enhet 100"',
  '#OBJEKT 1 "200" "Enhet 200"',
];
export const SIE_VOUCHERS = [
  '#VER A 1 20250115 "Lön januari"',
  '{',
  '#TRANS 5010 {1 "100"} 1000.00',
  '#TRANS 1930 {} -1000.00',
  '}',
  '#VER A 2 20250120 "Avgift"',
  '{',
  '#TRANS 3110 {1 "200"} -250.50',
  '#TRANS 1930 {} 250.50',
  '}',
  '#VER A 3 20250210 "Lön februari"',
  '{',
  '#TRANS 5010 {1 "100"} 1200.00',
  '#TRANS 1930 {} -1200.00',
  '}',
];
export const SMALL_SIE = `${[...SIE_HEAD, ...SIE_VOUCHERS].join('\n')}\n`;

export interface UploadFields {
  kind: string;
  committee: string;
  dimension?: string;
  name?: string;
  allowRemovingMonths?: string;
  replaceOrganisation?: string;
}

/** The multipart body of an import: the fields first and then the file, as the web app sends them. */
export function sieUpload(fields: UploadFields, content: string | Buffer, fileName: string): { payload: FormData } {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) form.append(key, value);
  form.append('file', new Blob([typeof content === 'string' ? content : new Uint8Array(content)]), fileName);
  return { payload: form };
}

/** POST /api/imports with the fields first and then the file, as the web app sends them. */
export function postImport(app: FastifyInstance, fields: UploadFields, content: string | Buffer, fileName: string) {
  return app.inject({ method: 'POST', url: '/api/imports', ...sieUpload(fields, content, fileName) });
}

/** Polls GET /api/imports/:id until the job is no longer running. */
export async function waitForJob(app: FastifyInstance, id: string, timeoutMs = 30_000): Promise<ImportJobJson> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const res = await app.inject({ method: 'GET', url: `/api/imports/${id}` });
    if (res.statusCode !== 200) throw new Error(`GET /api/imports/${id}: ${res.statusCode} ${res.body}`);
    const job = res.json() as ImportJobJson;
    if (job.state !== 'running') return job;
    if (Date.now() > until) throw new Error(`import ${id} still running after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Uploads and waits for the job to finish. */
export async function importAndWait(
  app: FastifyInstance,
  fields: UploadFields,
  content: string | Buffer,
  fileName: string,
): Promise<ImportJobJson> {
  const res = await postImport(app, fields, content, fileName);
  if (res.statusCode !== 202) throw new Error(`POST /api/imports: ${res.statusCode} ${res.body}`);
  return waitForJob(app, (res.json() as { id: string }).id);
}
