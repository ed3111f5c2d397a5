/** The audit log: GET /api/committees/:id/audit (JSON, paged) and GET /api/committees/:id/audit.csv. */
import { z } from 'zod';
import { CommitteeId, Period } from './committees.ts';

export const AUDIT_MAX_LIMIT = 500;

const instant = (what: string) =>
  z.iso
    .datetime({ offset: true, message: `${what}: ange en tidpunkt som ISO 8601, t.ex. 2025-05-01T00:00:00Z.` })
    .or(z.iso.date({ message: `${what}: ange ett datum som ÅÅÅÅ-MM-DD.` }));

export const AuditQuery = z.object({
  area: z.string().max(100).optional().describe('Bara ändringar av detta område (id).'),
  period: Period.optional().describe('Bara ändringar som gäller denna månad.'),
  entity: z.string().max(40).optional().describe('Bara denna sorts ändring: text, forecast, decision, item, mapping, import, …'),
  user: z.string().max(200).optional().describe('Bara ändringar gjorda av denna användare.'),
  from: instant('Från').optional().describe('Från och med denna tid (ett datum: dagens början, UTC).'),
  to: instant('Till').optional().describe('Till och med denna tid (ett datum: hela dagen, UTC).'),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(AUDIT_MAX_LIMIT, { message: `Högst ${AUDIT_MAX_LIMIT} rader åt gången.` })
    .default(50)
    .describe('Rader per sida.'),
  offset: z.coerce.number().int().min(0).default(0).describe('Hoppa över så många rader (nyaste först).'),
  format: z.enum(['json', 'csv']).optional().describe('csv: samma som audit.csv.'),
});

export const AuditCsvQuery = AuditQuery.omit({ limit: true, offset: true, format: true });
export const AuditParams = z.object({ id: CommitteeId });

export const AuditEntryJson = z
  .object({
    id: z.string(),
    at: z.string().describe('När (ISO 8601, UTC).'),
    user: z.string().describe('Vem.'),
    committee: z.string().nullable(),
    area: z.string().nullable().describe('Områdets id; null för nämndens egna.'),
    areaName: z.string().nullable().describe('Områdets namn (id:t när området inte längre finns).'),
    period: z.string().nullable(),
    entity: z.string().describe('Vad: text, forecast, decision, periodization, investment, item, kpi, mapping, area, committee, import, …'),
    entityLabel: z.string().describe('Vad, på svenska.'),
    key: z.string().describe('Vilken av sitt slag (textens typ, beslutets id, ansvarskoden, …).'),
    action: z.string().describe('create, update, delete, import, undo, …'),
    actionLabel: z.string(),
    before: z.unknown().describe('Värdet före (belopp i öre); null när det skapades.'),
    after: z.unknown().describe('Värdet efter; null när det togs bort.'),
  })
  .meta({ id: 'AuditEntry' });

export const AuditPage = z
  .object({
    committee: z.object({ id: z.string(), name: z.string() }),
    total: z.number().int().describe('Antal rader som filtret ger.'),
    limit: z.number().int(),
    offset: z.number().int(),
    entries: z.array(AuditEntryJson).describe('Nyaste först.'),
  })
  .meta({ id: 'AuditPage' });

export type AuditEntryJson = z.infer<typeof AuditEntryJson>;
export type AuditPage = z.infer<typeof AuditPage>;
export type AuditFilter = Omit<z.infer<typeof AuditQuery>, 'format'>;
