import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The installer configuration cannot be exercised here (no Electron binary, no NSIS), so it is checked as data:
 * valid against electron-builder's own schema, and carrying the settings the product depends on.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// electron-builder's own copies of its schema, validator and YAML parser, found the way electron-builder finds them
const requireFromBuilder = createRequire(createRequire(path.join(root, 'package.json')).resolve('electron-builder/package.json'));
const requireFromLib = createRequire(requireFromBuilder.resolve('app-builder-lib/package.json'));
const yaml = requireFromLib('js-yaml') as { load(text: string): unknown };
const { validateSchema } = requireFromLib('./out/util/config/schemaValidator.js') as {
  validateSchema(schema: unknown, data: unknown, options: { name: string }): void;
};
const scheme: unknown = requireFromLib('./scheme.json');

type Config = Record<string, unknown> & {
  files: string[];
  asarUnpack: string[];
  win: { target: Array<{ target: string; arch: string[] }>; icon: string; files?: string[] };
  nsis: Record<string, unknown>;
  electronFuses: Record<string, boolean>;
  directories: Record<string, string>;
};

const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Config;

describe('electron-builder.yml', () => {
  it("is valid against app-builder-lib's scheme.json", () => {
    expect(() => validateSchema(scheme, config, { name: 'electron-builder' })).not.toThrow();
  });

  it('the schema check would catch a mistake', () => {
    expect(() => validateSchema(scheme, { ...config, nsis: { ...config.nsis, oneclick: false } }, { name: 'electron-builder' })).toThrow();
  });

  it('names the app and its installer', () => {
    expect(config.appId).toBe('cn.gov.county.wagearrears.ledger');
    expect(config.productName).toBe('根治欠薪工作台账');
    expect(config.directories.output).toBe('release');
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.win.icon).toBe('resources/icon.png');
  });

  it('builds a per-user Chinese installer that keeps the ledger on uninstall', () => {
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
      language: '2052',
      installerLanguages: ['zh_CN'],
      createDesktopShortcut: true,
      createStartMenuShortcut: true,
      shortcutName: '根治欠薪工作台账',
      deleteAppDataOnUninstall: false,
      artifactName: '${productName}-${version}-setup.${ext}',
    });
  });

  it('deletes the ledger on uninstall only when the clerk says so, never on an update or a silent uninstall', () => {
    expect(config.nsis['include']).toBe('resources/installer.nsh');
    const script = readFileSync(path.join(root, String(config.nsis['include'])));
    // UTF-8 with BOM, or NSIS reads the Chinese question in the system code page
    expect([...script.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = script.toString('utf8');
    const macro = /!macro customUnInstall([\s\S]*?)!macroend/.exec(text)?.[1] ?? '';
    expect(macro).toContain('${ifNot} ${isUpdated}');
    expect(macro).toMatch(/IfSilent keepLedgerData/);
    // the question defaults to 否 and only 是 reaches the deletion
    expect(macro).toMatch(/MessageBox MB_YESNO\|[A-Z_|]*MB_DEFBUTTON2 "是否同时删除本机上的台账数据？[^"]*" IDYES deleteLedgerData IDNO keepLedgerData/);
    const deletions = [...macro.matchAll(/RMDir \/r/g)].map((match) => match.index ?? 0);
    expect(deletions.length).toBeGreaterThan(0);
    expect(Math.min(...deletions)).toBeGreaterThan(macro.indexOf('deleteLedgerData:'));
    expect(Math.max(...deletions)).toBeLessThan(macro.indexOf('keepLedgerData:'));
  });

  it('ships the build, not the sources', () => {
    expect(config.asar).toBe(true);
    const included = config.files.filter((pattern) => !pattern.startsWith('!'));
    expect(included.sort()).toEqual(['dist/**/*', 'package.json']);
    expect(config.files).toContain('!dist/**/*.map');
    // a platform section's `files` would replace this list, not add to it (found by a trial packaging run)
    for (const platform of ['win', 'nsis', 'mac', 'linux']) {
      expect((config[platform] as Record<string, unknown> | undefined)?.files, platform).toBeUndefined();
    }
    expect(config.asarUnpack.some((pattern) => pattern.includes('better-sqlite3') && pattern.endsWith('.node'))).toBe(true);
  });

  it('flips the Electron fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('points at an icon that exists and is 256×256', () => {
    const png = readFileSync(path.join(root, config.win.icon));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height as big-endian integers at bytes 16 and 20
    expect(png.readUInt32BE(16)).toBe(256);
    expect(png.readUInt32BE(20)).toBe(256);
  });
});
