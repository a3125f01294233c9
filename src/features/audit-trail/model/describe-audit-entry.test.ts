import type { AuditEntry } from '@/contract/audit-log';
import { describeAuditEntry } from './describe-audit-entry';

const entry = (fields: Pick<AuditEntry, 'target' | 'changes'> & Partial<AuditEntry>): AuditEntry => ({
  id: 'audit-1',
  occurredAt: '2026-11-18T09:00:00.000Z',
  actor: { name: 'Alex Morgan', email: 'alex.morgan@example.com' },
  action: 'changed',
  version: 2,
  ...fields,
});

describe('an audit entry in words', () => {
  it('says the account window change with the form’s words, the slot on one line', () => {
    const description = describeAuditEntry(
      entry({
        target: { kind: 'maintenance-window' },
        changes: [
          { field: 'day', before: 'SUNDAY', after: 'SATURDAY' },
          { field: 'start', before: '01:00', after: '23:00' },
          { field: 'end', before: '03:00', after: '01:00' },
        ],
      }),
    );
    expect(description).toMatchObject({
      subject: 'Maintenance Window',
      href: '/administration/system-settings#maintenance-window',
      kindLabel: 'System Settings',
      actionLabel: undefined,
    });
    expect(description.lines).toEqual([
      { label: 'Day of the week', before: 'Sunday', after: 'Saturday' },
      { label: 'Time slot', before: '01:00 – 03:00', after: '23:00 – 01:00' },
    ]);
  });

  it('links a site’s entries to its General page, and names the account window where a site has none', () => {
    const description = describeAuditEntry(
      entry({
        target: { kind: 'site-window', siteId: 'site-frankfurt', siteName: 'Frankfurt Data Center' },
        changes: [
          { field: 'day', before: null, after: 'TUESDAY' },
          { field: 'start', before: null, after: '02:00' },
          { field: 'end', before: null, after: '04:00' },
        ],
      }),
    );
    expect(description).toMatchObject({
      subject: 'Frankfurt Data Center',
      href: '/network/sites/site-frankfurt/general',
      kindLabel: 'Site upgrade window',
      nullText: 'Account window',
    });
    expect(description.lines).toEqual([
      { label: 'Day of the week', before: null, after: 'Tuesday' },
      { label: 'Time slot', before: null, after: '02:00 – 04:00' },
    ]);
  });

  it('names countries and keeps other site fields as stored', () => {
    const { lines } = describeAuditEntry(
      entry({
        target: { kind: 'site', siteId: 'site-tokyo', siteName: 'Tokyo Office' },
        changes: [
          { field: 'countryCode', before: 'JP', after: 'NP' },
          { field: 'stateCode', before: 'JP-13', after: null },
          { field: 'timezone', before: 'Asia/Tokyo', after: 'Asia/Kathmandu' },
          { field: 'description', before: 'Sales.', after: '' },
        ],
      }),
    );
    expect(lines).toEqual([
      { label: 'Country', before: 'Japan', after: 'Nepal' },
      { label: 'State', before: 'JP-13', after: null },
      { label: 'Time Zone', before: 'Asia/Tokyo', after: 'Asia/Kathmandu' },
      { label: 'Description', before: 'Sales.', after: '(empty)' },
    ]);
  });

  it('says a freeze was deleted, with its dates in words, and no link to what is gone', () => {
    const description = describeAuditEntry(
      entry({
        target: { kind: 'freeze', freezeId: 'freeze-1', freezeName: 'Year-end freeze 2026' },
        action: 'deleted',
        changes: [{ field: 'startDate', before: '2026-12-18', after: null }],
      }),
    );
    expect(description).toMatchObject({
      subject: 'Year-end freeze 2026',
      href: undefined,
      actionLabel: 'Deleted',
    });
    expect(description.lines).toEqual([
      { label: 'Start date', before: 'Friday 18 December 2026', after: null },
    ]);
  });

  it('links a created or changed freeze to the list of freezes', () => {
    const description = describeAuditEntry(
      entry({
        target: { kind: 'freeze', freezeId: 'freeze-1', freezeName: 'Year-end freeze 2026' },
        action: 'created',
        changes: [{ field: 'endDate', before: null, after: '2027-01-04' }],
      }),
    );
    expect(description).toMatchObject({
      href: '/administration/system-settings#upgrade-freezes',
      actionLabel: 'Created',
    });
    expect(description.lines).toEqual([{ label: 'End date', before: null, after: 'Monday 4 January 2027' }]);
  });
});
