import { describe, expect, it } from 'vitest';
import { companyEntity } from '../../shared/domain/company';
import { projectEntity } from '../../shared/domain/project';
import { recordInputSchema } from '../../shared/domain/schema';

describe('record schemas from the catalog', () => {
  const createCompany = recordInputSchema(companyEntity, 'create');

  it('normalizes values: trims text, upper-cases the credit code', () => {
    const parsed = createCompany.parse({ name: '  甲公司 ', uscc: '91350100m000100y43', roles: ['施工总承包'] });
    expect(parsed).toMatchObject({ name: '甲公司', uscc: '91350100M000100Y43' });
  });

  it('names the field in every message', () => {
    const result = createCompany.safeParse({ name: '甲公司', uscc: '91350100M000100Y44', roles: ['施工总承包'], contactPhone: '12345' });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((i) => `${i.path.join('.')}|${i.message}`) ?? [];
    expect(messages).toContain('uscc|统一社会信用代码：校验位不正确，请核对');
    expect(messages.some((m) => m.startsWith('contactPhone|联系电话：'))).toBe(true);
  });

  it('requires required fields on create and refuses unknown fields', () => {
    const result = createCompany.safeParse({ uscc: '91350100M000100Y43', colour: 'red' });
    expect(result.success).toBe(false);
    const text = result.error?.issues.map((i) => i.message).join('\n') ?? '';
    expect(text).toContain('不认识的字段：colour');
  });

  it('reports missing required fields by name', () => {
    const result = createCompany.safeParse({ uscc: '91350100M000100Y43' });
    const text = result.error?.issues.map((i) => i.message).join('\n') ?? '';
    expect(text).toContain('单位名称：必须填写');
    expect(text).toContain('单位类型：必须填写');
  });

  it('refuses ID-like codes typed as numbers, since digits past the 15th are already lost', () => {
    const result = recordInputSchema(projectEntity, 'update').safeParse({ wageAccountNumber: Number('6222021234567891234') });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('应以文本填写');
  });

  it('checks rules across fields on create', () => {
    const result = recordInputSchema(projectEntity, 'create').safeParse({
      name: '某工程',
      projectType: '房建',
      investmentType: '社会投资',
      township: '城关镇',
      department: '住建局',
      contractsDue: 10,
      contractsSigned: 12,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.find((i) => i.path[0] === 'contractsSigned')?.message).toContain('不能多于');
  });

  it('refuses an empty required field in an update patch', () => {
    const result = recordInputSchema(companyEntity, 'update').safeParse({ name: '   ' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('单位名称：必须填写');
  });

  it('money must be whole fen', () => {
    const update = recordInputSchema(projectEntity, 'update');
    expect(update.safeParse({ contractPrice: 12.5 }).success).toBe(false);
    expect(update.safeParse({ contractPrice: -1 }).success).toBe(false);
    expect(update.parse({ contractPrice: 1250 })).toEqual({ contractPrice: 1250 });
  });
});
