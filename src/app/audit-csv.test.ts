import { describe, expect, it } from 'vitest';
import type { AuditEntryJson } from '#contract/audit.ts';
import { auditCsv } from './audit.ts';

const entry = (over: Partial<AuditEntryJson>): AuditEntryJson => ({
  id: 'x',
  at: '2025-05-02T08:15:00.000Z',
  user: 'anna',
  committee: 'socialnamnden',
  area: 'rekrytering',
  areaName: 'Rekrytering och bemanning',
  period: '2025-04',
  entity: 'text',
  entityLabel: 'Text',
  key: 'comment',
  action: 'update',
  actionLabel: 'ändrad',
  before: null,
  after: null,
  ...over,
});

describe('the audit log as CSV', () => {
  it('starts with a BOM and the Swedish header, and ends each record with CRLF', () => {
    const csv = auditCsv([entry({ after: 1 })]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'tid,användare,nämnd,område,period,vad,nyckel,åtgärd,före,efter',
      '2025-05-02T08:15:00.000Z,anna,socialnamnden,Rekrytering och bemanning,2025-04,Text,comment,ändrad,,1',
      '',
    ]);
  });

  it('quotes as RFC 4180 says: commas, quotes (doubled) and line breaks', () => {
    const body = 'Rad ett, med "citat"\n\nRad två';
    const csv = auditCsv([entry({ before: { version: 1, body } })]);
    const json = JSON.stringify({ version: 1, body }).replaceAll('"', '""');
    expect(csv.split('\r\n')[1]).toBe(
      `2025-05-02T08:15:00.000Z,anna,socialnamnden,Rekrytering och bemanning,2025-04,Text,comment,ändrad,"${json}",`,
    );
  });

  it('never lets a cell be read as a formula', () => {
    const csv = auditCsv([entry({ user: '=HYPERLINK("http://x")', key: '+1', areaName: '@SUM(A1)', after: -250 })]);
    const record = csv.split('\r\n')[1] ?? '';
    expect(record).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(record).toContain(",'+1,");
    expect(record).toContain(",'@SUM(A1),");
    expect(record.endsWith(",'-250")).toBe(true);
  });
});
