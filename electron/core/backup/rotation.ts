import { AUTOMATIC_REASONS, type BackupReason } from '../../../shared/contract/backups';

/**
 * Which automatic backups to keep: the newest of each of the last 24 hours, 30 days and 12 months that have one
 * (grandfather-father-son). Manual, pre-restore and pre-migration copies are never removed by rotation.
 */
export const ROTATION = { hourly: 24, daily: 30, monthly: 12 } as const;

export interface Dated {
  fileName: string;
  at: Date;
  reason: BackupReason;
}

const pad = (n: number) => String(n).padStart(2, '0');
const slots = {
  hourly: (at: Date) => `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}`,
  daily: (at: Date) => `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`,
  monthly: (at: Date) => `${at.getFullYear()}-${pad(at.getMonth() + 1)}`,
};

/** The file names rotation removes. */
export function backupsToRemove(backups: readonly Dated[]): string[] {
  const automatic = backups.filter((b) => AUTOMATIC_REASONS.includes(b.reason)).sort((a, b) => b.at.getTime() - a.at.getTime());
  const kept = new Set<string>();
  for (const [kind, limit] of Object.entries(ROTATION) as [keyof typeof slots, number][]) {
    const seen = new Set<string>();
    for (const backup of automatic) {
      const slot = slots[kind](backup.at);
      if (seen.has(slot)) continue; // an older copy in a slot already filled by a newer one
      if (seen.size >= limit) break;
      seen.add(slot);
      kept.add(backup.fileName);
    }
  }
  return automatic.filter((b) => !kept.has(b.fileName)).map((b) => b.fileName);
}
