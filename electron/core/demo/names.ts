import type { SeededRandom } from './random';

/** Surnames common in 天水, weighted by repetition. */
const SURNAMES = [
  '王', '王', '王', '李', '李', '张', '张', '刘', '刘', '杨', '杨', '赵', '陈', '马', '马', '汪', '蔡', '郭', '魏', '安',
  '胡', '何', '吴', '周', '孙', '朱', '高', '牛', '苟', '雷', '巩', '逯', '成', '贾', '石', '党', '蒲', '付', '邓', '董',
];

const GIVEN_NAMES = [
  '建军', '志强', '海东', '永红', '小军', '文斌', '晓峰', '国庆', '红霞', '丽娟', '玉芳', '伟', '磊', '强', '鹏', '勇',
  '军', '斌', '霞', '燕', '建平', '宏伟', '永强', '海军', '志刚', '明', '亮', '小平', '俊杰', '天明', '建国', '红军',
  '保平', '宝林', '德胜', '发明', '福成', '国栋', '海涛', '虎林', '继红', '金龙', '静', '丽', '林', '满仓', '彦军',
  '彦斌', '耀东', '玉龙', '云飞', '兆丰', '振华', '志忠', '晓燕', '雪梅', '亚楠', '艳', '银花', '月娥', '长青', '胜利',
];

export function personName(random: SeededRandom): string {
  return random.pick(SURNAMES) + random.pick(GIVEN_NAMES);
}

/** Given names above that are a woman's, so an ID number's sex digit can agree with the name. */
const FEMALE_GIVEN_NAMES = new Set(['永红', '红霞', '丽娟', '玉芳', '霞', '燕', '静', '丽', '晓燕', '雪梅', '亚楠', '艳', '银花', '月娥', '继红']);

/** A name and whether it is a man's: construction crews are mostly men. */
export function workerName(random: SeededRandom): { name: string; male: boolean } {
  const surname = random.pick(SURNAMES);
  for (;;) {
    const given = random.pick(GIVEN_NAMES);
    const male = !FEMALE_GIVEN_NAMES.has(given);
    if (male || random.chance(0.3)) return { name: surname + given, male };
  }
}

/** Two-character trade names (字号) for made-up companies; each is used once. */
export const TRADE_NAMES = [
  '宏达', '华鼎', '鑫盛', '永安', '金城', '陇兴', '瑞丰', '恒基', '锦程', '新川', '正鑫', '昌盛', '建宇', '广厦', '鸿运',
  '中恒', '天诚', '泰和', '盛世', '鼎立', '海鑫', '伏羲', '卦台', '陇海', '博远', '聚鑫', '嘉禾', '汇通', '众鑫', '凯达',
  '华兴', '宏远', '通达', '荣盛', '兴秦', '恒通', '金鼎', '安泰', '天成', '振兴', '旭日', '明珠', '成纪', '凤山', '映南',
  '陇原', '陇秦', '秦岭', '渭河', '葫芦河', '鑫源', '祥和', '德顺', '永顺', '广源', '佳联', '润丰', '鼎盛', '铭远', '宏基',
  '陇辉', '天恒', '金泰', '亿达', '信达', '利民', '兴业', '诚信', '华泰', '中鼎', '安顺', '鑫达', '恒远', '瑞鑫', '豪盛',
  '乾元', '顺通', '德鑫', '福源', '同心', '汇鑫', '金穗', '博通', '长兴', '宇通', '昊天', '华瑞', '中盛', '弘毅', '锦华',
  '和盛', '佳和', '鑫泰', '隆兴', '银河', '金桥', '远航', '新源', '天佑', '盛达',
];

/** Streets for made-up addresses, by place. */
export const STREETS: Record<string, readonly string[]> = {
  秦安县: ['成纪大道', '映南路', '北关路', '东关街', '西大街', '凤山路', '南河路', '兴秦路', '锦带路', '河滨路'],
  天水市秦州区: ['民主西路', '建设路', '藉河南路', '岷山路', '青年北路', '七里墩路'],
  天水市麦积区: ['商埠路', '渭滨南路', '桥南伯阳路', '花牛路'],
  兰州市城关区: ['东岗西路', '庆阳路', '雁滩路', '南滨河东路', '张掖路'],
  兰州市七里河区: ['西津西路', '建兰路', '西站东路'],
};

/** The banks the county's wage accounts and deposits are with, and how a guarantee number abbreviates them. */
export const BANKS = [
  { name: '中国农业银行秦安县支行', short: '农行秦安' },
  { name: '中国建设银行秦安县支行', short: '建行秦安' },
  { name: '中国工商银行秦安县支行', short: '工行秦安' },
  { name: '甘肃银行天水秦安支行', short: '甘行秦安' },
  { name: '中国邮政储蓄银行秦安县支行', short: '邮储秦安' },
  { name: '甘肃秦安农村商业银行', short: '秦安农商' },
] as const;

export const GUARANTORS = [
  { name: '甘肃省融资担保集团股份有限公司', short: '甘担' },
  { name: '天水市融资担保有限公司', short: '天担' },
] as const;

/** Insurers of wage-payment guarantee insurance (工资保证保险), with their policy-number prefix. */
export const INSURERS = [
  { name: '中国人民财产保险股份有限公司天水市分公司', prefix: 'PYDL' },
  { name: '中国太平洋财产保险股份有限公司天水中心支公司', prefix: 'AGZJ' },
] as const;
