import type { RecordValues } from '../../../shared/domain/schema';
import { addDays } from './dates';
import { DEMO_AREA_CODE, DEMO_TOWNSHIPS } from './county';
import { makeLandline, makeMobile, makeUscc, type UsccKind } from './identifiers';
import { personName, STREETS, TRADE_NAMES } from './names';
import type { SeededRandom } from './random';

/** What a general contractor mostly builds, so a road goes to a road builder. */
export type Specialty = 'building' | 'road' | 'water' | 'municipal';

export interface DemoCompany {
  name: string;
  kind: 'builder' | 'contractor' | 'specialist' | 'labour' | 'other';
  specialty?: Specialty;
  /** on the arrears blacklist or published for a serious violation: never picked as a subcontractor */
  flagged: boolean;
  values: RecordValues;
}

/** The public bodies and developers that commission the demo projects (建设单位), by key. */
export const BUILDERS = {
  住建局: { name: '秦安县住房和城乡建设局', kind: '11' },
  交通局: { name: '秦安县交通运输局', kind: '11' },
  水务局: { name: '秦安县水务局', kind: '11' },
  教育局: { name: '秦安县教育局', kind: '11' },
  卫健局: { name: '秦安县卫生健康局', kind: '11' },
  农业农村局: { name: '秦安县农业农村局', kind: '11' },
  自然资源局: { name: '秦安县自然资源局', kind: '11' },
  文旅局: { name: '秦安县文体广电和旅游局', kind: '11' },
  人民医院: { name: '秦安县人民医院', kind: '12' },
  城投: { name: '秦安县城乡建设投资有限公司', kind: '91' },
  交投: { name: '秦安县交通建设投资有限公司', kind: '91' },
  水投: { name: '秦安县水务投资有限责任公司', kind: '91' },
  园区: { name: '秦安县工业园区管理委员会', kind: '11' },
  兴国镇: { name: '秦安县兴国镇人民政府', kind: '11' },
  莲花镇: { name: '秦安县莲花镇人民政府', kind: '11' },
  西川镇: { name: '秦安县西川镇人民政府', kind: '11' },
  恒泰: { name: '天水恒泰房地产开发有限公司', kind: '91' },
  锦绣: { name: '秦安县锦绣置业有限公司', kind: '91' },
  果业: { name: '甘肃陇秦果业有限公司', kind: '91' },
} as const satisfies Record<string, { name: string; kind: UsccKind }>;

export type BuilderKey = keyof typeof BUILDERS;

interface Place {
  label: string;
  place: string;
  area: string;
}

const PLACES: readonly Place[] = [
  { label: '甘肃', place: '兰州市城关区', area: '620102' },
  { label: '甘肃', place: '兰州市七里河区', area: '620103' },
  { label: '天水', place: '天水市秦州区', area: '620502' },
  { label: '天水', place: '天水市麦积区', area: '620503' },
  { label: '秦安县', place: '秦安县', area: DEMO_AREA_CODE },
];

const CONTRACTOR_SUFFIXES: Record<Specialty, readonly string[]> = {
  building: ['建设工程有限公司', '建筑工程有限公司', '建筑安装工程有限公司', '建设集团有限公司', '建工集团有限公司'],
  road: ['路桥工程有限公司', '公路工程有限责任公司', '路桥建设集团有限公司'],
  water: ['水利水电工程有限公司', '水利工程有限公司', '水电建设工程有限公司'],
  municipal: ['市政工程有限公司', '市政建设有限公司', '城市建设工程有限公司'],
};

const CONTRACTOR_COUNTS: Record<Specialty, number> = { building: 16, road: 7, water: 6, municipal: 5 };

const SPECIALIST_SUFFIXES = [
  '钢结构工程有限公司', '装饰工程有限公司', '消防工程有限公司', '幕墙工程有限公司', '电力安装工程有限公司', '防水工程有限公司',
  '园林绿化工程有限公司', '机电安装工程有限公司', '智能化工程有限公司', '门窗有限公司', '建筑装饰工程有限公司', '管道安装工程有限公司',
  '土石方工程有限公司', '交通设施工程有限公司',
];

const LABOUR_SUFFIXES = ['劳务有限公司', '建筑劳务有限公司', '劳务服务有限公司', '建筑劳务分包有限公司'];
const LABOUR_COUNT = 28;

const OTHER_EMPLOYERS: readonly { pattern: string; kind: UsccKind; place: Place }[] = [
  { pattern: '秦安县{}物业管理有限公司', kind: '91', place: PLACES[4] as Place },
  { pattern: '秦安县{}果蔬专业合作社', kind: '93', place: PLACES[4] as Place },
  { pattern: '天水{}保安服务有限公司', kind: '91', place: PLACES[2] as Place },
  { pattern: '秦安县{}建材有限公司', kind: '91', place: PLACES[4] as Place },
  { pattern: '秦安县{}商砼有限公司', kind: '91', place: PLACES[4] as Place },
];

/** About 100 made-up companies of the demo county, each with a valid credit code, in the order they are entered. */
export function generateCompanies(random: SeededRandom, anchor: string): DemoCompany[] {
  const trades = random.shuffle(TRADE_NAMES);
  const usccs = new Set<string>();
  const nextTrade = (): string => {
    const trade = trades.pop();
    if (!trade) throw new Error('demo: out of trade names');
    return trade;
  };
  const uscc = (kind: UsccKind, area: string): string => {
    for (;;) {
      const code = makeUscc(random, kind, area);
      if (!usccs.has(code)) {
        usccs.add(code);
        return code;
      }
    }
  };
  const address = (place: Place): { address: string; township: string | null } => {
    if (place.area !== DEMO_AREA_CODE) return { address: `${place.place}${random.pick(STREETS[place.place] ?? [''])}${random.int(1, 288)}号`, township: null };
    const township = random.chance(0.7) ? '兴国镇' : random.pick(DEMO_TOWNSHIPS);
    if (township === '兴国镇') return { address: `秦安县兴国镇${random.pick(STREETS['秦安县'] ?? [''])}${random.int(1, 188)}号`, township };
    return { address: `秦安县${township}${township.slice(0, 2)}村${random.int(1, 12)}组`, township };
  };
  const contact = (landlineChance: number): RecordValues => ({
    legalRepresentative: personName(random),
    contactPerson: personName(random),
    contactPhone: random.chance(landlineChance) ? makeLandline(random) : makeMobile(random),
  });
  const placeFor = (localShare: number): Place => (random.chance(localShare) ? (PLACES[4] as Place) : random.pick(PLACES.slice(0, 4)));

  const companies: DemoCompany[] = [];
  // public bodies and the county's own companies sit in the county seat; a township government in its township
  const seat = (): string => `秦安县兴国镇${random.pick(STREETS['秦安县'] ?? [''])}${random.int(1, 188)}号`;
  for (const builder of Object.values(BUILDERS)) {
    const place = builder.name.startsWith('天水') ? (PLACES[2] as Place) : (PLACES[4] as Place);
    const where = builder.name.includes('镇人民政府')
      ? { address: `${builder.name.replace('人民政府', '')}政府街${random.int(1, 30)}号`, township: builder.name.slice(3, 6) }
      : place === PLACES[4]
        ? { address: seat(), township: '兴国镇' }
        : address(place);
    companies.push({
      name: builder.name,
      kind: 'builder',
      flagged: false,
      values: { name: builder.name, uscc: uscc(builder.kind, place.area), roles: ['建设单位'], ...contact(builder.kind === '91' ? 0.3 : 0.8), ...where },
    });
  }
  for (const specialty of Object.keys(CONTRACTOR_COUNTS) as Specialty[]) {
    for (let i = 0; i < CONTRACTOR_COUNTS[specialty]; i++) {
      const place = placeFor(0.35);
      const name = `${place.label}${nextTrade()}${random.pick(CONTRACTOR_SUFFIXES[specialty])}`;
      const roles = random.chance(0.2) ? ['施工总承包', '专业分包'] : ['施工总承包'];
      companies.push({ name, kind: 'contractor', specialty, flagged: false, values: { name, uscc: uscc('91', place.area), roles, ...contact(0.3), ...address(place) } });
    }
  }
  for (const suffix of SPECIALIST_SUFFIXES) {
    const place = placeFor(0.4);
    const name = `${place.label}${nextTrade()}${suffix}`;
    companies.push({ name, kind: 'specialist', flagged: false, values: { name, uscc: uscc('91', place.area), roles: ['专业分包'], ...contact(0.2), ...address(place) } });
  }
  for (let i = 0; i < LABOUR_COUNT; i++) {
    const place = random.chance(0.65) ? (PLACES[4] as Place) : (random.pick([PLACES[2], PLACES[3]]) as Place);
    const name = `${place.label}${nextTrade()}${random.pick(LABOUR_SUFFIXES)}`;
    companies.push({ name, kind: 'labour', flagged: false, values: { name, uscc: uscc('91', place.area), roles: ['劳务分包'], ...contact(0.1), ...address(place) } });
  }
  for (const other of OTHER_EMPLOYERS) {
    const name = other.pattern.replace('{}', nextTrade());
    companies.push({ name, kind: 'other', flagged: false, values: { name, uscc: uscc(other.kind, other.place.area), roles: ['其他用人单位'], ...contact(0.2), ...address(other.place) } });
  }

  markCreditRecords(companies, anchor);
  return companies;
}

/**
 * One labour company published for a serious violation (重大劳动保障违法行为社会公布) and two companies on the
 * arrears blacklist: the last building contractor (it still runs one project, whose deposit is raised) and a
 * labour company.
 */
function markCreditRecords(companies: DemoCompany[], anchor: string): void {
  const labour = companies.filter((c) => c.kind === 'labour');
  const builders = companies.filter((c) => c.kind === 'contractor' && c.specialty === 'building');
  const violator = labour[3];
  const blacklistedLabour = labour[8];
  const blacklistedContractor = builders.at(-1);
  if (!violator || !blacklistedLabour || !blacklistedContractor) throw new Error('demo: too few companies to flag');

  violator.flagged = true;
  Object.assign(violator.values, {
    seriousViolation: true,
    seriousViolationDate: addDays(anchor, -96),
    note: '拖欠农民工工资，经县人社局查处，作为重大劳动保障违法行为向社会公布。',
  });
  const listed = addDays(anchor, -212);
  for (const company of [blacklistedContractor, blacklistedLabour]) {
    company.flagged = true;
    Object.assign(company.values, {
      blacklisted: true,
      blacklistFrom: listed,
      blacklistTo: addDays(listed, 365 * 3),
      note: '列入拖欠农民工工资失信联合惩戒对象名单，期限三年。',
    });
  }
}

export function blacklistedContractorName(companies: readonly DemoCompany[]): string {
  const found = companies.find((c) => c.kind === 'contractor' && c.values['blacklisted'] === true);
  if (!found) throw new Error('demo: no blacklisted contractor');
  return found.name;
}
