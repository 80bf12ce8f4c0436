import dayjs from 'dayjs';
import type { RecordCounts } from '../../../shared/contract/backups';

/** 12.3 MB, 850 KB: what Explorer would show. */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export function timeText(iso: string): string {
  return dayjs(iso).format('YYYY-MM-DD HH:mm:ss');
}

/** 单位 12 · 项目 30 · 线索 403 · 名单 1,200 · 检查 8 · 问题 5 */
export function countsText(counts: RecordCounts | null): string {
  if (!counts) return '无法读取';
  const n = (value: number) => value.toLocaleString('zh-CN');
  return `单位 ${n(counts.companies)} · 项目 ${n(counts.projects)} · 线索 ${n(counts.clues)} · 名单 ${n(counts.clueWorkers)} · 检查 ${n(counts.inspections)} · 问题 ${n(counts.problems)}`;
}
