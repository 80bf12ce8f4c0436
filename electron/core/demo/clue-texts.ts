import { formatFenAsYuan } from '../../../shared/money';
import type { SeededRandom } from './random';

/** The words clerks write into clues: what was reported, what was asked, how it was handled. */

const SITE_TRADES = ['钢筋工', '木工', '瓦工', '架子工', '混凝土工', '电焊工', '水电安装工', '小工', '防水工', '抹灰工', '油漆工', '挖掘机司机', '渣土车司机', '砌筑工'];
const OTHER_JOBS = ['服务员', '保安', '保洁员', '装卸工', '果品分拣工', '厨师', '营业员', '送货司机', '养殖工', '搬运工'];

/** Employers outside construction that are not registered companies (个体户, small shops). */
const SHOP_NAMES = ['老马家', '福满楼', '金果园', '顺心', '惠民', '兴旺', '鑫鑫', '好运来', '天天', '丰收', '永兴', '红旗', '百姓', '如意', '陇上', '花牛'];
const SHOP_KINDS = ['餐饮店', '农家乐', '商贸有限公司', '物流有限公司', '家政服务有限公司', '果品购销部', '超市', '汽车修理厂', '大酒店', '机制砖厂', '养殖专业合作社'];

export function shopName(random: SeededRandom): string {
  return `秦安县${random.pick(SHOP_NAMES)}${random.pick(SHOP_KINDS)}`;
}

const yuanText = (fen: number): string => formatFenAsYuan(fen).replace(/\.00$/, '');

/** "2025年8月至2025年12月": the months before the clue was received. */
export function arrearsPeriod(random: SeededRandom, received: string): string {
  const year = Number(received.slice(0, 4));
  const month = Number(received.slice(5, 7));
  const endBack = random.pick([1, 1, 1, 2, 3]); // a month's wages fall due in the next
  const span = random.pick([0, 1, 2, 2, 3, 3, 4, 5, 6, 8]);
  const monthAt = (back: number): string => {
    const total = year * 12 + (month - 1) - back;
    return `${Math.floor(total / 12)}年${(total % 12) + 1}月`;
  };
  return span === 0 ? monthAt(endBack) : `${monthAt(endBack + span)}至${monthAt(endBack)}`;
}

export function summaryText(
  random: SeededRandom,
  clue: { workers: number; amountFen: number; employer: string; project: string | null; period: string },
): string {
  const amount = yuanText(clue.amountFen);
  if (clue.project) {
    const trade = random.pick(SITE_TRADES);
    return clue.workers <= 1
      ? `投诉人反映其在${clue.project}从事${trade}工作，${clue.employer}拖欠其${clue.period}工资${amount}元，多次讨要未果。`
      : `投诉人反映其与${clue.workers - 1}名工友在${clue.project}从事${trade}等工作，${clue.employer}拖欠${clue.period}工资共计${amount}元，多次讨要未果。`;
  }
  const job = random.pick(OTHER_JOBS);
  return clue.workers <= 1
    ? `投诉人反映其在${clue.employer}担任${job}，被拖欠${clue.period}工资${amount}元。`
    : `投诉人反映其与${clue.workers - 1}名同事在${clue.employer}务工（${job}等），被拖欠${clue.period}工资共计${amount}元。`;
}

export function demandText(random: SeededRandom, received: string): string {
  const demands = ['请求督促用人单位尽快支付拖欠的工资。', '要求结清拖欠工资。', '请求依法处理，尽快支付工资。', '请求政府协调解决。'];
  const beforeFestival = ['11', '12', '01', '02'].includes(received.slice(5, 7));
  return random.pick(beforeFestival ? [...demands, '希望春节前拿到工资回家。'] : demands);
}

/** What the township and the department write back with the result (the note on 反馈结果). */
export function feedbackText(random: SeededRandom, outcome: string, who: { units: string; employer: string; amountFen: number | null; building: boolean }): string {
  const checked = `经${who.units}${who.units.includes('、') ? '联合' : ''}核查`;
  switch (outcome) {
    case '已解决':
      return random.pick([
        `${checked}，督促${who.employer}${who.building ? '通过农民工工资专用账户' : ''}足额支付${yuanText(who.amountFen ?? 0)}元，投诉人确认已收到。`,
        `${who.units}约谈${who.employer}负责人，责令限期支付，已现场兑付${yuanText(who.amountFen ?? 0)}元，投诉人签字确认。`,
        `经调解，${who.employer}已将拖欠工资${yuanText(who.amountFen ?? 0)}元转入${who.building ? '农民工' : '投诉人'}个人工资卡，投诉人表示认可。`,
      ]);
    case '部分解决':
      return `${checked}，${who.employer}已支付${yuanText(who.amountFen ?? 0)}元，其余部分因工程量结算存在争议，正在进一步协调。`;
    case '诉求不属实':
      return random.pick([
        '经核查，投诉人工资已于投诉前通过银行代发足额支付，有工资支付凭证和本人签字的工资表，诉求不属实。',
        '经核查，投诉人与被投诉单位不存在劳动关系，所反映的欠薪问题不属实，已向投诉人解释说明。',
        '经核查，所反映款项为工程款纠纷，不属于拖欠农民工工资，已告知投诉人通过民事诉讼途径解决。',
      ]);
    case '已引导仲裁或诉讼':
      return '双方对劳动关系和工资数额存在较大争议，经调解未达成一致，已引导投诉人申请劳动人事争议仲裁，并提供法律援助。';
    case '已移送公安':
      return '用人单位负责人经责令支付后逾期仍不支付，涉嫌拒不支付劳动报酬罪，已依法移送县公安局立案侦查。';
    default:
      return random.pick(['投诉人主动撤回投诉，经电话核实属实。', '与已办理的线索系同一事项重复反映，已合并办理并告知投诉人。']);
  }
}

export function unresolvedReasonText(random: SeededRandom): string {
  return random.pick(['剩余部分工程量未结算，已引导双方对账后支付。', '部分工人已离场无法联系，余款由乡镇监管待领。', '剩余款项涉及分包合同争议，已引导通过诉讼解决。']);
}

/** The progress note when an agreement has been reached and the money is due on a later day. */
export function agreementText(who: { units: string; employer: string; workers: number; amountFen: number; payBy: string }): string {
  return `经${who.units}调解，${who.employer}与${who.workers}名农民工签订还款协议，承诺于${who.payBy}前分两次付清拖欠工资${yuanText(who.amountFen)}元，已达成协议，待款项到位后办结。`;
}

export function interimProgressText(random: SeededRandom, employer: string): string {
  return random.pick([
    `已约谈${employer}负责人，责令其三日内提交工资支付计划。`,
    `已调取项目实名制考勤和工资发放记录，正在核对工资数额。`,
    `已向${employer}下达《劳动保障监察限期改正指令书》。`,
    `乡镇、行业部门和人社局联合到项目现场核查，已与农民工代表座谈。`,
  ]);
}

export const SUPERVISION_REASONS = [
  '涉及农民工人数多、金额大，拖欠时间长，易引发群体性事件，列入挂牌督办。',
  '反复投诉、久拖未决，由县根治欠薪办挂牌督办，限期办结。',
  '引发聚集讨薪，按规定挂牌督办，每周调度进展。',
];

export function leaderPlanText(leader: string, lead: string, township: string | null): string {
  return `一案一策：由${leader}包案，${lead}牵头${township ? `、${township}配合` : ''}，督促建设单位和总包单位通过工资专用账户代发，限期清偿，结果向县根治欠薪办报告。`;
}

export const CASE_REASON = '经调查核实存在拖欠农民工工资违法行为，依法立案查处。';
export const POLICE_REASON = '经责令支付逾期仍不支付，涉嫌拒不支付劳动报酬罪，移送县公安局。';
export const ARBITRATION_REASON = '劳动关系和工资数额存在争议，引导投诉人申请劳动仲裁或提起诉讼。';
export const SEND_BACK_REASONS = ['反馈材料不全，未附工资支付凭证和农民工签字确认表，退回重办。', '核查不深入，投诉人反映仍有工资未付，退回重新核实。'];
export const REASSIGN_NOTE = '回访时投诉人表示仍有两个月工资未收到，重新交办核查。';
