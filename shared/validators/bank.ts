/** Bank account numbers are text of 8–30 digits (cards 16–19; corporate accounts vary); never a spreadsheet number. */
export function bankAccountProblem(text: string): string | null {
  if (!/^\d+$/.test(text)) return '只能由数字组成';
  if (text.length < 8 || text.length > 30) return `应为8至30位数字，实际${text.length}位`;
  return null;
}
