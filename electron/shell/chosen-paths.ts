import path from 'node:path';

/**
 * The files and folders the shell may show in Explorer: the program's own folders, and whatever the clerk picked in
 * a dialog during this run. A page asking to reveal any other path is refused, so even a compromised renderer cannot
 * use the shell to open arbitrary places. Pure, so it is unit-tested without Electron.
 */
export class ChosenPaths {
  private readonly roots: string[];
  /** exactly the paths dialogs answered, for writing: a PDF goes to the file the clerk named, nowhere else */
  private readonly files = new Set<string>();

  constructor(appFolders: readonly string[]) {
    this.roots = appFolders.map((folder) => path.resolve(folder));
  }

  /** Remembers a dialog's answer: a chosen file allows that file, a chosen folder everything inside it. */
  remember(chosen: string): void {
    this.roots.push(path.resolve(chosen));
    this.files.add(path.resolve(chosen));
  }

  /** True only for a path a dialog answered this run, e.g. where to write a PDF (not any file in the folders). */
  wasChosen(candidate: string): boolean {
    return path.isAbsolute(candidate) && this.files.has(path.resolve(candidate));
  }

  allows(candidate: string): boolean {
    if (!path.isAbsolute(candidate)) return false;
    const resolved = path.resolve(candidate);
    return this.roots.some((root) => resolved === root || resolved.startsWith(root.endsWith(path.sep) ? root : root + path.sep));
  }
}
