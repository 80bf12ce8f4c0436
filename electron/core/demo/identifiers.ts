import { idCardCheckChar } from '../../../shared/validators/idcard';
import { usccCheckChar, USCC_CHARSET } from '../../../shared/validators/uscc';
import type { SeededRandom } from './random';

/** Letters an organization code body may use that are also allowed in a credit code (no I, O, Z, S, V). */
const ORG_BODY_CHARS = USCC_CHARSET;
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11714 check character of an 8-character organization code body: digits and X (never outside the USCC charset). */
export function orgCodeCheckChar(body: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = body.charAt(i);
    const value = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55; // A = 10 … Z = 35
    sum += value * (ORG_WEIGHTS[i] ?? 0);
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** What issued the code: 91 企业, 93 农民专业合作社, 11 机关, 12 事业单位. */
export type UsccKind = '91' | '93' | '11' | '12';

/**
 * A valid 统一社会信用代码: registering authority and kind, the area code, a 9-character organization code with its
 * own GB 11714 check, and the GB 32100 check character. Companies registered since 2015 get the "MA" style body.
 */
export function makeUscc(random: SeededRandom, kind: UsccKind, areaCode: string): string {
  let body: string;
  if (kind === '91' && random.chance(0.65)) {
    body = `MA7${Array.from({ length: 5 }, () => random.pick([...ORG_BODY_CHARS])).join('')}`;
  } else {
    body = String(random.int(kind === '91' || kind === '93' ? 20_000_000 : 1_000_000, kind === '91' || kind === '93' ? 99_999_999 : 19_999_999)).padStart(8, '0');
  }
  const first17 = `${kind}${areaCode}${body}${orgCodeCheckChar(body)}`;
  const check = usccCheckChar(first17);
  if (check === null) throw new Error(`bad credit code body ${first17}`);
  return first17 + check;
}

const MOBILE_PREFIXES = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '157', '158', '159', '177', '180', '181', '183', '186', '187', '188', '189', '191', '193', '199'];

export function makeMobile(random: SeededRandom): string {
  return random.pick(MOBILE_PREFIXES) + String(random.int(0, 99_999_999)).padStart(8, '0');
}

/** A 天水 landline (area code 0938). */
export function makeLandline(random: SeededRandom): string {
  return `0938-${random.pick(['6', '8'])}${String(random.int(0, 999_999)).padStart(6, '0')}`;
}

/** A wage-account number: digits only, 17–19 long, as bank accounts are. */
export function makeAccountNumber(random: SeededRandom): string {
  const length = random.int(17, 19);
  let digits = String(random.int(1, 9));
  while (digits.length < length) digits += String(random.int(0, 9));
  return digits;
}

/** Where the demo's people are registered (户籍): mostly 秦安县, then the neighbouring counties of 天水 and beyond. */
const HOME_AREAS: readonly { code: string; weight: number }[] = [
  { code: '620522', weight: 60 }, // 秦安县
  { code: '620523', weight: 8 }, // 甘谷县
  { code: '620521', weight: 6 }, // 清水县
  { code: '620525', weight: 6 }, // 张家川回族自治县
  { code: '620524', weight: 4 }, // 武山县
  { code: '620502', weight: 5 }, // 天水市秦州区
  { code: '620503', weight: 5 }, // 天水市麦积区
  { code: '621121', weight: 3 }, // 定西市通渭县
  { code: '640422', weight: 3 }, // 宁夏西吉县
];

/**
 * A valid 公民身份号码 (GB 11643) of a worker aged about 22–62 on `anchor`: home area, birth date, a sequence whose
 * last digit is odd for a man, and the check character. Never one already in `used`, which it joins.
 */
export function makeIdNumber(random: SeededRandom, anchor: string, used: Set<string>, options: { male?: boolean } = {}): string {
  const anchorYear = Number(anchor.slice(0, 4));
  const areaTotal = HOME_AREAS.reduce((sum, a) => sum + a.weight, 0);
  for (;;) {
    let roll = random.int(1, areaTotal);
    const area = HOME_AREAS.find((a) => (roll -= a.weight) <= 0)?.code ?? DEFAULT_HOME_AREA;
    const birth = new Date(Date.UTC(anchorYear - random.int(22, 62), 0, 1) + random.int(0, 364) * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
    const male = options.male ?? random.chance(0.88); // construction crews are mostly men
    const sequence = random.int(0, 49) * 20 + random.int(0, 9) * 2 + (male ? 1 : 0);
    const first17 = `${area}${birth}${String(sequence).padStart(3, '0')}`;
    const id = first17 + (idCardCheckChar(first17) ?? '0');
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}

const DEFAULT_HOME_AREA = '620522';
