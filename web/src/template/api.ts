/** The report template API (src/server/templates/routes.ts) and its query. */
import { type QueryClient, queryOptions } from '@tanstack/react-query';
import type { TemplateBody, TemplateJson } from '#contract/index.ts';
import { requestJson } from '../shared/api.ts';
import { invalidateAfterInput } from '../shared/queries.ts';

const enc = encodeURIComponent;
const templateUrl = (committee: string) => `/api/committees/${enc(committee)}/template`;

export const templateQuery = (committee: string) =>
  queryOptions({
    queryKey: ['template', committee] as const,
    queryFn: ({ signal }) => requestJson<TemplateJson>(templateUrl(committee), {}, signal),
    // The form starts from what it was given; a refetch must not reset what is being edited.
    refetchOnWindowFocus: false,
  });

export const saveTemplate = (committee: string, template: TemplateBody, version: number) =>
  requestJson<TemplateJson>(templateUrl(committee), { method: 'PUT', body: JSON.stringify({ ...template, version }) });

export const resetTemplate = (committee: string) => requestJson<TemplateJson>(templateUrl(committee), { method: 'DELETE' });

export const uploadLogo = (committee: string, base64: string, alt: string) =>
  requestJson<TemplateJson>(`${templateUrl(committee)}/logo`, { method: 'PUT', body: JSON.stringify({ base64, alt }) });

export const removeLogo = (committee: string) => requestJson<TemplateJson>(`${templateUrl(committee)}/logo`, { method: 'DELETE' });

/** After a change: the template as the server answered, and the committee's reports asked again. */
export async function afterTemplateChange(client: QueryClient, committee: string, saved: TemplateJson): Promise<void> {
  client.setQueryData(templateQuery(committee).queryKey, saved);
  await invalidateAfterInput(client, committee, 'report');
}

/** A file's bytes as base64 (without the data URL's prefix). */
export function fileBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error('Filen kunde inte läsas.'));
    reader.readAsDataURL(file);
  });
}
