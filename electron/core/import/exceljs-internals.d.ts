/**
 * The module of exceljs 4.4 (pinned) that the import's sheet reader uses directly (see sheet-xml.ts): the date
 * helpers its own worksheet reader uses, so a cell reads as a date exactly when exceljs would read it as one.
 */
declare module 'exceljs/lib/utils/utils' {
  const utils: {
    isDateFmt(format: string | undefined): boolean;
    excelToDate(serial: number, date1904: boolean): Date;
  };
  export default utils;
}
