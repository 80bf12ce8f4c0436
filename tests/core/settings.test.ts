import { describe, expect, it } from 'vitest';
import type { LedgerSettings } from '../../shared/domain/settings';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import { freshLedger, valueOf } from './helpers';

describe('settings and code lists', () => {
  it('starts from the defaults and keeps what the clerk saves', async () => {
    const ledger = freshLedger();
    expect(valueOf(await ledger.call('settings.get', {}))).toEqual(DEFAULT_SETTINGS);
    const saved = valueOf(await ledger.call('settings.update', { countyName: '秦安县', townships: ['兴国镇', '西川镇'] })) as LedgerSettings;
    expect(saved.countyName).toBe('秦安县');
    expect(saved.townships).toEqual(['兴国镇', '西川镇']);
    expect(saved.departments).toEqual(DEFAULT_SETTINGS.departments);
    const audit = valueOf(await ledger.call('system.auditForRecord', { entity: 'settings', id: 0 })) as { before: unknown; after: unknown }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]?.after).toEqual({ countyName: '秦安县', townships: ['兴国镇', '西川镇'] });
  });

  it('refuses a negative deposit threshold naming the rule', async () => {
    const ledger = freshLedger();
    const result = await ledger.call('settings.update', {
      depositRules: { ...DEFAULT_SETTINGS.depositRules, exemptThresholdFen: -1 },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('免缴标准');
  });
});
