import type { BuilderKey, Specialty } from './companies';
import type { DemoDepartment, DemoTownship } from './county';

/**
 * How a demo project stands with its wage deposit:
 * - cap: a big project whose required deposit reaches the 500万元 cap, stored;
 * - deposit: over the 300万元 threshold, stored;
 * - missing: over the threshold, not (yet) stored;
 * - small: under the threshold, exempt.
 */
export type DepositGroup = 'cap' | 'deposit' | 'missing' | 'small';

export interface ProjectSpec {
  name: string;
  type: '房建' | '市政' | '交通' | '水利' | '其他';
  investment: '政府投资' | '国有投资' | '社会投资';
  township: DemoTownship;
  department: DemoDepartment;
  builder: BuilderKey;
  group: DepositGroup;
  /** relative size among the stored deposits */
  weight?: number;
  /** the contractor's record, which sets the deposit adjustment (default 一般) */
  record?: '连续两年无拖欠' | '近两年有拖欠';
  /** started in the last few weeks */
  recent?: boolean;
  /** run by the blacklisted contractor */
  blacklistedContractor?: boolean;
  completed?: boolean;
  stopped?: boolean;
}

/** The 65 projects registered on the provincial platform. */
export const PROJECT_SPECS: readonly ProjectSpec[] = [
  { name: '秦安县城区集中供热热源厂及管网改造工程', type: '市政', investment: '政府投资', township: '兴国镇', department: '住建局', builder: '城投', group: 'cap' },
  { name: '秦安县莲花至郭嘉公路改建工程', type: '交通', investment: '政府投资', township: '莲花镇', department: '交通运输局', builder: '交通局', group: 'cap' },

  { name: '秦安县兴国镇东关片区棚户区改造项目', type: '房建', investment: '政府投资', township: '兴国镇', department: '住建局', builder: '城投', group: 'deposit', weight: 1.5 },
  { name: '秦安县人民医院住院综合楼建设项目', type: '房建', investment: '政府投资', township: '兴国镇', department: '卫健局', builder: '人民医院', group: 'deposit', weight: 1.6, record: '连续两年无拖欠' },
  { name: '秦安县第二中学教学综合楼建设项目', type: '房建', investment: '政府投资', township: '兴国镇', department: '教育局', builder: '教育局', group: 'deposit', weight: 0.8 },
  { name: '秦安县葫芦河城区段防洪治理工程', type: '水利', investment: '政府投资', township: '兴国镇', department: '水务局', builder: '水务局', group: 'deposit', weight: 1.1 },
  { name: '秦安县王家沟水库除险加固工程', type: '水利', investment: '政府投资', township: '王尹镇', department: '水务局', builder: '水务局', group: 'deposit', weight: 0.7 },
  { name: '秦安县城区污水处理厂提标改造工程', type: '市政', investment: '国有投资', township: '兴国镇', department: '住建局', builder: '水投', group: 'deposit', weight: 0.9, record: '连续两年无拖欠' },
  { name: '秦安县西川至魏店公路改建工程', type: '交通', investment: '政府投资', township: '西川镇', department: '交通运输局', builder: '交投', group: 'deposit', weight: 1.4 },
  { name: '秦安县保障性租赁住房建设项目（一期）', type: '房建', investment: '国有投资', township: '兴国镇', department: '住建局', builder: '城投', group: 'deposit', weight: 1.2 },
  { name: '秦安县锦绣华庭商住小区建设项目', type: '房建', investment: '社会投资', township: '兴国镇', department: '住建局', builder: '锦绣', group: 'deposit', weight: 1.0, record: '近两年有拖欠' },
  { name: '秦安县凤山郡住宅小区（二期）建设项目', type: '房建', investment: '社会投资', township: '兴国镇', department: '住建局', builder: '恒泰', group: 'deposit', weight: 1.1 },
  { name: '秦安县城乡供水一体化工程', type: '水利', investment: '国有投资', township: '郭嘉镇', department: '水务局', builder: '水投', group: 'deposit', weight: 1.0, record: '连续两年无拖欠' },
  { name: '秦安县中医医院门诊楼改扩建项目', type: '房建', investment: '政府投资', township: '兴国镇', department: '卫健局', builder: '卫健局', group: 'deposit', weight: 0.6 },
  { name: '秦安县工业园区标准化厂房建设项目', type: '房建', investment: '国有投资', township: '西川镇', department: '工信局', builder: '园区', group: 'deposit', weight: 0.9 },
  { name: '秦安县陇城至五营公路改建工程', type: '交通', investment: '政府投资', township: '陇城镇', department: '交通运输局', builder: '交通局', group: 'deposit', weight: 1.2, record: '连续两年无拖欠' },
  { name: '秦安县老旧小区改造项目（兴国镇城北片区）', type: '房建', investment: '政府投资', township: '兴国镇', department: '住建局', builder: '住建局', group: 'deposit', weight: 0.5 },
  { name: '秦安县蜜桃冷链物流仓储中心建设项目', type: '其他', investment: '社会投资', township: '刘坪镇', department: '发改局', builder: '果业', group: 'deposit', weight: 0.5 },

  { name: '秦安县千户镇中心小学综合楼建设项目', type: '房建', investment: '政府投资', township: '千户镇', department: '教育局', builder: '教育局', group: 'missing' },
  { name: '秦安县叶堡镇集镇供水管网改造工程', type: '市政', investment: '政府投资', township: '叶堡镇', department: '水务局', builder: '水务局', group: 'missing', recent: true },
  { name: '秦安县云山镇农村公路硬化工程', type: '交通', investment: '政府投资', township: '云山镇', department: '交通运输局', builder: '交通局', group: 'missing' },
  { name: '秦安县安伏镇高标准农田建设项目', type: '其他', investment: '政府投资', township: '安伏镇', department: '农业农村局', builder: '农业农村局', group: 'missing', recent: true },
  { name: '秦安县城区雨污分流改造工程（一期）', type: '市政', investment: '政府投资', township: '兴国镇', department: '住建局', builder: '住建局', group: 'missing', blacklistedContractor: true },
  { name: '秦安县王窑镇清水河大桥新建工程', type: '交通', investment: '政府投资', township: '王窑镇', department: '交通运输局', builder: '交投', group: 'missing' },
  { name: '秦安县凤凰新城商业综合体建设项目', type: '房建', investment: '社会投资', township: '兴国镇', department: '住建局', builder: '恒泰', group: 'missing', stopped: true },
  { name: '秦安县中山镇敬老院改扩建项目', type: '房建', investment: '政府投资', township: '中山镇', department: '住建局', builder: '住建局', group: 'missing', recent: true },
  { name: '秦安县西川镇苹果产业园基础设施建设项目', type: '其他', investment: '政府投资', township: '西川镇', department: '农业农村局', builder: '西川镇', group: 'missing' },
  { name: '秦安县显亲河郭嘉段河道治理工程', type: '水利', investment: '政府投资', township: '郭嘉镇', department: '水务局', builder: '水务局', group: 'missing', recent: true },
  { name: '秦安县职业中等专业学校实训楼建设项目', type: '房建', investment: '政府投资', township: '兴国镇', department: '教育局', builder: '教育局', group: 'missing' },

  { name: '秦安县兴国镇映南社区老旧小区配套设施改造项目', type: '房建', investment: '政府投资', township: '兴国镇', department: '住建局', builder: '住建局', group: 'small', completed: true },
  { name: '秦安县莲花镇中心幼儿园建设项目', type: '房建', investment: '政府投资', township: '莲花镇', department: '教育局', builder: '教育局', group: 'small' },
  { name: '秦安县王尹镇卫生院业务用房改造项目', type: '房建', investment: '政府投资', township: '王尹镇', department: '卫健局', builder: '卫健局', group: 'small' },
  { name: '秦安县魏店镇农村饮水安全巩固提升工程', type: '水利', investment: '政府投资', township: '魏店镇', department: '水务局', builder: '水务局', group: 'small' },
  { name: '秦安县五营镇村组道路硬化工程', type: '交通', investment: '政府投资', township: '五营镇', department: '交通运输局', builder: '交通局', group: 'small', completed: true },
  { name: '秦安县千户镇高标准农田建设项目', type: '其他', investment: '政府投资', township: '千户镇', department: '农业农村局', builder: '农业农村局', group: 'small' },
  { name: '秦安县叶堡镇小流域综合治理工程', type: '水利', investment: '政府投资', township: '叶堡镇', department: '水务局', builder: '水务局', group: 'small' },
  { name: '秦安县安伏镇中学学生宿舍楼维修改造项目', type: '房建', investment: '政府投资', township: '安伏镇', department: '教育局', builder: '教育局', group: 'small', completed: true },
  { name: '秦安县王窑镇便民服务中心建设项目', type: '房建', investment: '政府投资', township: '王窑镇', department: '住建局', builder: '住建局', group: 'small' },
  { name: '秦安县中山镇农村人居环境整治项目', type: '其他', investment: '政府投资', township: '中山镇', department: '农业农村局', builder: '农业农村局', group: 'small' },
  { name: '秦安县刘坪镇蜜桃产业路建设工程', type: '交通', investment: '政府投资', township: '刘坪镇', department: '交通运输局', builder: '交通局', group: 'small' },
  { name: '秦安县王铺镇淤地坝除险加固工程', type: '水利', investment: '政府投资', township: '王铺镇', department: '水务局', builder: '水务局', group: 'small' },
  { name: '秦安县云山镇集镇街道亮化工程', type: '市政', investment: '政府投资', township: '云山镇', department: '住建局', builder: '住建局', group: 'small' },
  { name: '秦安县郭嘉镇卫生院周转宿舍建设项目', type: '房建', investment: '政府投资', township: '郭嘉镇', department: '卫健局', builder: '卫健局', group: 'small' },
  { name: '秦安县陇城镇女娲文化广场提升改造工程', type: '市政', investment: '政府投资', township: '陇城镇', department: '文旅局', builder: '文旅局', group: 'small' },
  { name: '秦安县西川镇污水收集管网工程', type: '市政', investment: '政府投资', township: '西川镇', department: '住建局', builder: '西川镇', group: 'small' },
  { name: '秦安县城区公厕新建及改造工程', type: '市政', investment: '政府投资', township: '兴国镇', department: '住建局', builder: '住建局', group: 'small', completed: true },
  { name: '秦安县凤山公园步道改造工程', type: '市政', investment: '政府投资', township: '兴国镇', department: '住建局', builder: '兴国镇', group: 'small' },
  { name: '秦安县魏店镇中心幼儿园建设项目', type: '房建', investment: '政府投资', township: '魏店镇', department: '教育局', builder: '教育局', group: 'small' },
  { name: '秦安县莲花镇地质灾害隐患点治理工程', type: '其他', investment: '政府投资', township: '莲花镇', department: '自然资源局', builder: '自然资源局', group: 'small' },
  { name: '秦安县王尹镇农田灌溉渠系配套工程', type: '水利', investment: '政府投资', township: '王尹镇', department: '水务局', builder: '水务局', group: 'small' },
  { name: '秦安县五营镇卫生院附属工程', type: '房建', investment: '政府投资', township: '五营镇', department: '卫健局', builder: '卫健局', group: 'small' },
  { name: '秦安县安伏镇危桥改造工程', type: '交通', investment: '政府投资', township: '安伏镇', department: '交通运输局', builder: '交通局', group: 'small' },
  { name: '秦安县千户镇集镇农贸市场建设项目', type: '房建', investment: '社会投资', township: '千户镇', department: '住建局', builder: '锦绣', group: 'small' },
  { name: '秦安县叶堡镇光伏帮扶电站运维用房项目', type: '其他', investment: '国有投资', township: '叶堡镇', department: '发改局', builder: '城投', group: 'small' },
  { name: '秦安县刘坪镇农村供水管网延伸工程', type: '水利', investment: '政府投资', township: '刘坪镇', department: '水务局', builder: '水投', group: 'small' },
  { name: '秦安县王铺镇中心小学运动场改造项目', type: '房建', investment: '政府投资', township: '王铺镇', department: '教育局', builder: '教育局', group: 'small' },
  { name: '秦安县凤山宾馆装修改造工程', type: '房建', investment: '社会投资', township: '兴国镇', department: '住建局', builder: '恒泰', group: 'small' },
  { name: '秦安县中山镇梯田提质改造项目', type: '其他', investment: '政府投资', township: '中山镇', department: '自然资源局', builder: '自然资源局', group: 'small' },
  { name: '秦安县郭嘉镇设施蔬菜大棚建设项目', type: '其他', investment: '社会投资', township: '郭嘉镇', department: '农业农村局', builder: '果业', group: 'small', completed: true },
  { name: '秦安县西川镇农村公路安全生命防护工程', type: '交通', investment: '政府投资', township: '西川镇', department: '交通运输局', builder: '交通局', group: 'small' },
  { name: '秦安县陇城镇女娲祠文物保护展示设施工程', type: '其他', investment: '政府投资', township: '陇城镇', department: '文旅局', builder: '文旅局', group: 'small' },
  { name: '秦安县云山镇村卫生室标准化建设项目', type: '房建', investment: '政府投资', township: '云山镇', department: '卫健局', builder: '卫健局', group: 'small' },
  { name: '秦安县王窑镇山洪沟道治理工程', type: '水利', investment: '政府投资', township: '王窑镇', department: '水务局', builder: '水务局', group: 'small' },
  { name: '秦安县城区供热老旧管网更换工程（二期）', type: '市政', investment: '国有投资', township: '兴国镇', department: '住建局', builder: '城投', group: 'small' },
  { name: '秦安县莲花镇蜜桃分拣中心建设项目', type: '其他', investment: '社会投资', township: '莲花镇', department: '农业农村局', builder: '果业', group: 'small' },
];

/** The kind of general contractor a project of this type goes to. */
export function specialtyOf(type: ProjectSpec['type']): Specialty {
  switch (type) {
    case '交通':
      return 'road';
    case '水利':
      return 'water';
    case '市政':
      return 'municipal';
    default:
      return 'building';
  }
}
