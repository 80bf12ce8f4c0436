import dayjs, { type Dayjs } from 'dayjs';

/**
 * The range the 专项行动期间 tab opens with: the winter campaign (冬季专项行动 runs from 1 November towards the
 * Spring Festival), from its most recent 1 November up to today. The clerk changes it to the campaign's real window.
 */
export function defaultCampaignRange(today: Dayjs = dayjs()): [string, string] {
  const startYear = today.month() >= 10 ? today.year() : today.year() - 1;
  return [`${startYear}-11-01`, today.format('YYYY-MM-DD')];
}
