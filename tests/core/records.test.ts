import { describe, expect, it } from 'vitest';
import type { AuditEntry, LedgerRecord } from '../../shared/contract';
import { freshLedger, projectValues, seedSettings, VALID_USCC, valueOf } from './helpers';

describe('companies and projects in a real ledger file', () => {
  it('creates, reads, updates and lists a company', async () => {
    const ledger = freshLedger();
    const created = valueOf(await ledger.call('companies.create', { values: { name: '甲建筑公司', uscc: VALID_USCC, roles: ['施工总承包'] } })) as LedgerRecord;
    expect(created).toMatchObject({ id: 1, version: 1, name: '甲建筑公司', uscc: VALID_USCC, createdBy: '张三', blacklisted: false });

    const updated = valueOf(await ledger.call('companies.update', { id: 1, version: 1, values: { legalRepresentative: '王五' } })) as LedgerRecord;
    expect(updated).toMatchObject({ version: 2, legalRepresentative: '王五', name: '甲建筑公司' });

    const again = valueOf(await ledger.call('companies.get', { id: 1 })) as LedgerRecord;
    expect(again.legalRepresentative).toBe('王五');
    expect(valueOf(await ledger.call('companies.list', {}))).toHaveLength(1);
  });

  it('refuses a wrong credit code with an error naming the field, and saves nothing', async () => {
    const ledger = freshLedger();
    const result = await ledger.call('companies.create', { values: { name: '甲建筑公司', uscc: '91350100M000100Y44', roles: ['施工总承包'] } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.fields).toEqual([{ field: 'uscc', message: '统一社会信用代码：校验位不正确，请核对' }]);
    expect(result.error.message).toContain('统一社会信用代码');
    expect(valueOf(await ledger.call('companies.list', {}))).toHaveLength(0);
    const audit = ledger.ctx.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number };
    expect(audit.n).toBe(0);
  });

  it('refuses a duplicate credit code, naming the company that has it', async () => {
    const ledger = freshLedger();
    valueOf(await ledger.call('companies.create', { values: { name: '甲建筑公司', uscc: VALID_USCC, roles: ['施工总承包'] } }));
    const result = await ledger.call('companies.create', { values: { name: '乙建筑公司', uscc: VALID_USCC, roles: ['劳务分包'] } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.fields?.[0]).toMatchObject({ field: 'uscc', message: expect.stringContaining('甲建筑公司') });
  });

  it('writes an audit row for every change with operator, before and after', async () => {
    const ledger = freshLedger();
    valueOf(await ledger.call('companies.create', { values: { name: '甲建筑公司', roles: ['施工总承包'] } }));
    valueOf(await ledger.call('companies.update', { id: 1, version: 1, values: { address: '城关镇新华路1号' } }));
    valueOf(await ledger.call('companies.delete', { id: 1 }));
    valueOf(await ledger.call('companies.restore', { id: 1 }));
    const audit = valueOf(await ledger.call('system.auditForRecord', { entity: 'companies', id: 1 })) as AuditEntry[];
    expect(audit.map((a) => a.action)).toEqual(['restore', 'delete', 'update', 'create']);
    expect(audit.every((a) => a.operator === '张三')).toBe(true);
    const update = audit.find((a) => a.action === 'update');
    expect(update?.before).toEqual({ address: null });
    expect(update?.after).toEqual({ address: '城关镇新华路1号' });
  });

  it('does not write a version or audit row when nothing changed', async () => {
    const ledger = freshLedger();
    valueOf(await ledger.call('companies.create', { values: { name: '甲建筑公司', roles: ['施工总承包'] } }));
    const same = valueOf(await ledger.call('companies.update', { id: 1, version: 1, values: { name: '甲建筑公司' } })) as LedgerRecord;
    expect(same.version).toBe(1);
    expect(valueOf(await ledger.call('system.auditForRecord', { entity: 'companies', id: 1 }))).toHaveLength(1);
  });

  it('refuses an update based on a stale version', async () => {
    const ledger = freshLedger();
    valueOf(await ledger.call('companies.create', { values: { name: '甲建筑公司', roles: ['施工总承包'] } }));
    valueOf(await ledger.call('companies.update', { id: 1, version: 1, values: { address: '一' } }));
    const stale = await ledger.call('companies.update', { id: 1, version: 1, values: { address: '二' } });
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.error.code).toBe('CONFLICT');
    expect((valueOf(await ledger.call('companies.get', { id: 1 })) as LedgerRecord).address).toBe('一');
  });

  it('soft-deletes into the recycle bin and restores', async () => {
    const ledger = freshLedger();
    await seedSettings(ledger);
    valueOf(await ledger.call('projects.create', { values: projectValues() }));
    valueOf(await ledger.call('projects.delete', { id: 1 }));
    expect(valueOf(await ledger.call('projects.list', {}))).toHaveLength(0);
    const getDeleted = await ledger.call('projects.get', { id: 1 });
    expect(getDeleted.ok).toBe(false);
    const bin = valueOf(await ledger.call('system.recycleBin', {})) as { entity: string; id: number; title: string; deletedBy: string }[];
    expect(bin).toEqual([expect.objectContaining({ entity: 'projects', id: 1, title: '新区公厕改造工程', deletedBy: '张三' })]);
    // the row is still in the file
    expect((ledger.ctx.sqlite.prepare('SELECT count(*) AS n FROM projects').get() as { n: number }).n).toBe(1);

    valueOf(await ledger.call('projects.restore', { id: 1 }));
    expect(valueOf(await ledger.call('projects.list', {}))).toHaveLength(1);
    expect(valueOf(await ledger.call('system.recycleBin', {}))).toHaveLength(0);
  });

  it('refuses to restore a record whose unique value was taken meanwhile', async () => {
    const ledger = freshLedger();
    valueOf(await ledger.call('companies.create', { values: { name: '甲建筑公司', roles: ['施工总承包'] } }));
    valueOf(await ledger.call('companies.delete', { id: 1 }));
    valueOf(await ledger.call('companies.create', { values: { name: '甲建筑公司', roles: ['劳务分包'] } }));
    const restore = await ledger.call('companies.restore', { id: 1 });
    expect(restore.ok).toBe(false);
    if (!restore.ok) expect(restore.error.message).toContain('无法恢复');
  });

  it('links a project to its companies and refuses deleting a company in use', async () => {
    const ledger = freshLedger();
    await seedSettings(ledger);
    valueOf(await ledger.call('companies.create', { values: { name: '县住建局', roles: ['建设单位'] } }));
    valueOf(await ledger.call('companies.create', { values: { name: '甲建筑公司', roles: ['施工总承包'] } }));
    valueOf(await ledger.call('companies.create', { values: { name: '丙劳务公司', roles: ['劳务分包'] } }));
    const project = valueOf(await ledger.call('projects.create', { values: projectValues({ builderId: 1, contractorId: 2, subcontractorIds: [3] }) })) as LedgerRecord;
    expect(project).toMatchObject({ builderId: 1, contractorId: 2, subcontractorIds: [3] });

    for (const id of [1, 2, 3]) {
      const result = await ledger.call('companies.delete', { id });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toContain('新区公厕改造工程');
    }
  });

  it('refuses a project naming a deleted company', async () => {
    const ledger = freshLedger();
    await seedSettings(ledger);
    valueOf(await ledger.call('companies.create', { values: { name: '甲建筑公司', roles: ['施工总承包'] } }));
    valueOf(await ledger.call('companies.delete', { id: 1 }));
    const result = await ledger.call('projects.create', { values: projectValues({ contractorId: 1 }) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.fields?.[0]?.field).toBe('contractorId');
  });

  it('computes the required deposit on read from the settings and the contractor', async () => {
    const ledger = freshLedger({ now: () => new Date('2026-06-01T08:00:00Z') });
    await seedSettings(ledger);
    valueOf(await ledger.call('companies.create', { values: { name: '失信公司', roles: ['施工总承包'], blacklisted: true, blacklistFrom: '2026-01-01' } }));
    const plain = valueOf(await ledger.call('projects.create', { values: projectValues({ contractPrice: 10_000_000_00 }) })) as LedgerRecord;
    expect(plain.depositRequired).toBe(20_000_000); // 1000万 × 2% = 20万元
    const risky = valueOf(await ledger.call('projects.create', { values: projectValues({ name: '二期', contractPrice: 10_000_000_00, contractorId: 1 }) })) as LedgerRecord;
    expect(risky.depositRequired).toBe(60_000_000); // × 300% for the blacklist
    expect(String(risky.depositBasis)).toContain('失信');

    valueOf(await ledger.call('settings.update', { depositRules: { exemptThresholdFen: 3_000_000_00, rateBasisPoints: 100, capFen: 0, cleanRecordPercent: 50, arrearsPercent: 150, blacklistPercent: 150, arrearsLiftsCap: true } }));
    const after = valueOf(await ledger.call('projects.get', { id: 1 })) as LedgerRecord;
    expect(after.depositRequired).toBe(10_000_000); // the rate changed to 1%
  });

  it('masks personal data on read but keeps the full value stored', async () => {
    const ledger = freshLedger();
    await seedSettings(ledger);
    const project = valueOf(
      await ledger.call('projects.create', { values: projectValues({ labourClerkPhone: '13812345678', wageAccountOpened: true, wageAccountNumber: '6222021234567891234' }) }),
    ) as LedgerRecord;
    expect(project.labourClerkPhone).toBe('138****5678');
    expect(project.wageAccountNumber).toBe('****1234');
    const stored = ledger.ctx.sqlite.prepare('SELECT labour_clerk_phone, wage_account_number FROM projects').get();
    expect(stored).toEqual({ labour_clerk_phone: '13812345678', wage_account_number: '6222021234567891234' });
  });

  it('refuses a masked number typed back as a value', async () => {
    const ledger = freshLedger();
    valueOf(await ledger.call('companies.create', { values: { name: '甲建筑公司', roles: ['施工总承包'], contactPhone: '13812345678' } }));
    const result = await ledger.call('companies.update', { id: 1, version: 1, values: { contactPhone: '138****5678' } });
    expect(result.ok).toBe(false);
  });
});

describe('paging a list', () => {
  it('returns pages in id order after a given id, skipping deleted records', async () => {
    const ledger = freshLedger();
    for (const name of ['甲', '乙', '丙', '丁', '戊']) valueOf(await ledger.call('companies.create', { values: { name, roles: ['劳务分包'] } }));
    valueOf(await ledger.call('companies.delete', { id: 3 }));
    const first = valueOf(await ledger.call('companies.list', { limit: 2 })) as LedgerRecord[];
    expect(first.map((c) => c.name)).toEqual(['甲', '乙']);
    const rest = valueOf(await ledger.call('companies.list', { afterId: 2, limit: 10 })) as LedgerRecord[];
    expect(rest.map((c) => c.name)).toEqual(['丁', '戊']);
    const refused = await ledger.call('companies.list', { limit: 0 });
    expect(refused.ok).toBe(false);
  });
});

describe('project names for pick lists', () => {
  it('lists live projects by id with name and township only', async () => {
    const ledger = freshLedger();
    await seedSettings(ledger);
    valueOf(await ledger.call('projects.create', { values: projectValues({ name: '甲工程' }) }));
    valueOf(await ledger.call('projects.create', { values: projectValues({ name: '乙工程', township: '西川镇' }) }));
    valueOf(await ledger.call('projects.delete', { id: 1 }));
    expect(valueOf(await ledger.call('projects.names', {}))).toEqual([{ id: 2, name: '乙工程', township: '西川镇' }]);
  });
});
