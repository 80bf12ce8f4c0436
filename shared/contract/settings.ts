import { z } from 'zod';
import type { LedgerSettings } from '../domain/settings';
import { isIsoDate } from '../dates';
import { adminMethod, domain, query } from './define';

const name = (label: string) => z.string({ error: `${label}应为文字` }).trim().min(1, { error: `${label}不能为空` }).max(100, { error: `${label}不能超过100个字` });
const uniqueNames = (label: string) =>
  z.array(name(label)).refine((list) => new Set(list).size === list.length, { error: `${label}有重复项` });
const fen = (label: string) => z.int({ error: `${label}应为金额` }).nonnegative({ error: `${label}不能为负数` });
const percent = (label: string) => z.int({ error: `${label}应为整数百分比` }).min(0, { error: `${label}不能为负数` }).max(1000, { error: `${label}不能超过1000%` });

const isoDate = (label: string) => z.string().refine((text) => isIsoDate(text), { error: `${label}应为有效日期（如2026-10-01）` });

export const depositRulesSchema = z.strictObject({
  exemptThresholdFen: fen('免缴标准'),
  rateBasisPoints: z.int({ error: '存储比例应为整数（万分之一）' }).min(0).max(10_000, { error: '存储比例不能超过100%' }),
  capFen: fen('存储上限'),
  cleanRecordPercent: percent('无拖欠下浮比例'),
  arrearsPercent: percent('有拖欠上浮比例'),
  blacklistPercent: percent('失信名单上浮比例'),
  arrearsLiftsCap: z.boolean(),
});

/** Every settings key is optional in an update: the core merges the patch over what is stored. */
export const settingsPatchSchema = z.strictObject({
  countyName: name('县（区）名称').optional(),
  issuingAuthority: name('发文机关').optional(),
  townships: uniqueNames('乡镇').optional(),
  departments: uniqueNames('行业主管部门').optional(),
  leaders: z
    .array(z.strictObject({ name: name('领导姓名'), title: z.string().trim().max(50, { error: '职务不能超过50个字' }) }))
    .refine((list) => new Set(list.map((l) => l.name)).size === list.length, { error: '领导姓名有重复' })
    .optional(),
  documentPrefixes: z.record(z.string(), z.string().trim().max(30, { error: '文号前缀不能超过30个字' })).optional(),
  depositRules: depositRulesSchema.optional(),
  conclusions: uniqueNames('核处结论').optional(),
  clueDeadlineDays: z
    .record(z.string(), z.int({ error: '办理时限应为整数个工作日' }).min(1, { error: '办理时限至少1个工作日' }).max(365, { error: '办理时限不能超过365个工作日' }))
    .optional(),
  dueSoonWorkdays: z.int({ error: '临期提醒应为整数个工作日' }).min(0).max(30, { error: '临期提醒不能超过30个工作日' }).optional(),
  warningThresholds: z
    .strictObject({
      guaranteeExpiryDays: z.int({ error: '保函到期提醒应为整数天' }).min(1).max(365, { error: '保函到期提醒不能超过365天' }),
      depositGraceDays: z.int({ error: '保证金存储期限应为整数天' }).min(0).max(365, { error: '保证金存储期限不能超过365天' }),
      supervisedIdleDays: z.int({ error: '督办无进展提醒应为整数天' }).min(1).max(365, { error: '督办无进展提醒不能超过365天' }),
    })
    .optional(),
  problemDeadlineDays: z.int({ error: '整改期限应为整数天' }).min(1, { error: '整改期限至少1天' }).max(365, { error: '整改期限不能超过365天' }).optional(),
  idleLockMinutes: z.int({ error: '自动锁定时间应为整数分钟' }).min(1, { error: '自动锁定时间至少1分钟' }).max(240, { error: '自动锁定时间不能超过240分钟' }).optional(),
  loginLockout: z
    .strictObject({
      maxFailures: z.int({ error: '密码错误次数应为整数' }).min(3, { error: '密码错误次数至少3次' }).max(20, { error: '密码错误次数不能超过20次' }),
      lockMinutes: z.int({ error: '锁定时间应为整数分钟' }).min(1, { error: '锁定时间至少1分钟' }).max(1440, { error: '锁定时间不能超过1440分钟' }),
    })
    .optional(),
  workCalendars: z
    .array(
      z.strictObject({
        year: z.int().min(2000, { error: '年份不正确' }).max(2100, { error: '年份不正确' }),
        holidays: z.array(isoDate('放假日期')),
        makeUpWorkdays: z.array(isoDate('调休上班日期')),
      }),
    )
    .refine((years) => new Set(years.map((y) => y.year)).size === years.length, { error: '工作日历中同一年份出现了两次' })
    .optional(),
});

export const settingsContract = domain('settings', {
  get: query<LedgerSettings>()(z.object({}).strict().optional(), '读取设置与字典'),
  update: adminMethod<LedgerSettings>(true)(settingsPatchSchema, '修改设置与字典'),
});
