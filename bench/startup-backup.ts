/**
 * The app takes a start-up backup after its first paint (quick_check, then a copy of the whole ledger, about
 * 600 MB here): what is timed runs once it is done (it reads the whole file, and on two cores it would be timed
 * too), as a clerk's work would be a minute after opening the ledger.
 */
export async function startupBackupDone(core: { call(method: string, input: unknown): Promise<{ ok: boolean; value?: unknown }> }, launchedAt: Date): Promise<void> {
  // every launch takes its own: an earlier launch's copy in the same folder does not count
  const since = launchedAt.toISOString();
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    const listed = await core.call('backups.list', {});
    if (listed.ok && (listed.value as { reason: string; at: string }[]).some((entry) => entry.reason === '启动' && entry.at >= since)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the start-up backup did not finish within 180 s');
}

