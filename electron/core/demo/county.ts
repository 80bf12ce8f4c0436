import type { SettingsPatch } from '../settings/store';

/**
 * The demo county: 秦安县 (天水市, 甘肃省), with its real townships and area code. Names of people and companies
 * in the demo are made up.
 */
export const DEMO_COUNTY = '秦安县';

/** 行政区划代码 of 秦安县, used in the demo companies' credit codes */
export const DEMO_AREA_CODE = '620522';

export const DEMO_TOWNSHIPS = [
  '兴国镇',
  '西川镇',
  '莲花镇',
  '郭嘉镇',
  '王尹镇',
  '魏店镇',
  '陇城镇',
  '五营镇',
  '千户镇',
  '叶堡镇',
  '安伏镇',
  '王窑镇',
  '中山镇',
  '刘坪镇',
  '王铺镇',
  '云山镇',
] as const;

export type DemoTownship = (typeof DEMO_TOWNSHIPS)[number];

export const DEMO_DEPARTMENTS = ['住建局', '交通运输局', '水务局', '自然资源局', '发改局', '工信局', '人社局', '教育局', '卫健局', '农业农村局', '文旅局'] as const;

export type DemoDepartment = (typeof DEMO_DEPARTMENTS)[number];

/** County leaders who own projects (包保领导), each over the departments they are in charge of (分管). */
export const DEMO_LEADERS = [
  { name: '马建华', title: '县委常委、常务副县长', departments: ['发改局', '工信局', '人社局'] },
  { name: '杨立新', title: '县委常委、副县长', departments: ['住建局', '自然资源局'] },
  { name: '刘晓东', title: '副县长', departments: ['交通运输局', '水务局', '农业农村局'] },
  { name: '何文斌', title: '副县长', departments: ['教育局', '卫健局', '文旅局'] },
] as const satisfies readonly { name: string; title: string; departments: readonly DemoDepartment[] }[];

export function leaderFor(department: DemoDepartment): string {
  const leader = DEMO_LEADERS.find((l) => (l.departments as readonly string[]).includes(department));
  return (leader ?? DEMO_LEADERS[0]).name;
}

export const DEMO_SETTINGS: SettingsPatch = {
  countyName: DEMO_COUNTY,
  issuingAuthority: '秦安县根治拖欠农民工工资工作领导小组办公室',
  townships: [...DEMO_TOWNSHIPS],
  departments: [...DEMO_DEPARTMENTS],
  leaders: DEMO_LEADERS.map(({ name, title }) => ({ name, title })),
  documentPrefixes: {
    整改通知书: '秦欠薪办整改',
    督办通知书: '秦欠薪办督',
    交办单: '秦欠薪办交',
  },
};
