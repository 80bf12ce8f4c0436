import { WorkdayCalendar } from '../../../shared/calendar/workdays';
import type { YearCalendar } from '../../../shared/calendar/published';
import { addDays } from './dates';

/**
 * The working days around the demo's clue period, numbered, so a clue's timeline is worked out in working days
 * (received, +1 accepted, … deadline = assigned + the source's limit) with the calendar the core uses for deadlines.
 */
export class WorkdayIndex {
  readonly days: readonly string[];
  /** the last working day on or before the anchor: no demo action is dated after it */
  readonly last: number;

  constructor(from: string, anchor: string, workCalendars: readonly YearCalendar[]) {
    const calendar = new WorkdayCalendar(workCalendars);
    const days: string[] = [];
    for (let day = addDays(from, -1); days.length === 0 || (days.at(-1) as string) < addDays(anchor, 60); ) {
      day = calendar.addWorkdays(day, 1);
      days.push(day);
    }
    this.days = days;
    this.last = days.filter((day) => day <= anchor).length - 1;
    if (this.last < 0) throw new Error(`demo: no working day between ${from} and ${anchor}`);
  }

  at(index: number): string {
    const day = this.days[index];
    if (day === undefined) throw new RangeError(`demo: working day ${index} is outside the clue period`);
    return day;
  }
}
