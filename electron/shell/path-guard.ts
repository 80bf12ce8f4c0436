import { bridgeContract, type BridgeMethodName } from '../../shared/contract/index';
import type { ErrorPayload } from '../../shared/errors';
import type { ChosenPaths } from './chosen-paths';

/**
 * The shell's check of a call that names a file or folder (the contract's `paths`): a write goes only to exactly
 * what a dialog answered this run, a read also comes from the program's own folders. A page — even a compromised
 * one — cannot make the core write a workbook over another file or read a file the clerk never picked. Pure, so it
 * is unit-tested without Electron; the end-to-end host runs the same check.
 */
export function refusedPath(method: BridgeMethodName, input: unknown, chosen: ChosenPaths): ErrorPayload | null {
  const paths = bridgeContract[method].paths;
  if (!paths || typeof input !== 'object' || input === null) return null;
  for (const [field, use] of Object.entries(paths)) {
    const named = (input as Record<string, unknown>)[field];
    // a missing or non-text value is the core's to refuse with its own message
    if (typeof named !== 'string') continue;
    const allowed = use === 'write' ? chosen.wasChosen(named) : chosen.allows(named);
    if (!allowed) {
      const message = use === 'write' ? '只能保存到在“保存”或“选择文件夹”对话框中选择的位置，请重新选择' : '只能打开在“打开”对话框中选择的文件或程序自己的文件夹中的文件，请重新选择';
      return { code: 'FORBIDDEN', message, fields: [{ field, message }] };
    }
  }
  return null;
}
