import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  isAppUrl,
  isExternalLinkAllowed,
  isPermissionAllowed,
  isTrustedSender,
  mapAppUrlToFile,
  mimeTypeFor,
  type IpcSenderLike,
} from '../../electron/shell/security';

describe('isAppUrl', () => {
  it('accepts pages of app://ledger/', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://ledger/')).toBe(true);
    expect(isAppUrl('app://ledger/index.html#/cases?id=3')).toBe(true);
  });

  it.each([
    'app://other/index.html',
    'app://ledger.evil.example/index.html',
    'app://ledger:8080/index.html',
    'app://user@ledger/index.html',
    'file:///C:/ledger/index.html',
    'http://ledger/index.html',
    'https://ledger/',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('isExternalLinkAllowed', () => {
  it.each(['http://www.mohrss.gov.cn/', 'https://www.gov.cn/zhengce/', 'HTTPS://WWW.GOV.CN/', 'https://例子.中国/路径?q=1'])(
    'accepts the web link %s',
    (url) => {
      expect(isExternalLinkAllowed(url)).toBe(true);
    },
  );

  it.each([
    'file:///C:/Windows/System32/calc.exe',
    'file://server/share/x.xlsx',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'app://ledger/index.html',
    'data:text/html,<script>alert(1)</script>',
    'smb://server/share',
    'ms-settings:privacy',
    'ledger-custom://open',
    'mailto:someone@example.com',
    'ftp://example.com/',
    'vbscript:msgbox(1)',
    'https://www.gov.cn@evil.example/',
    'https://user:secret@example.com/',
    'http://',
    'www.gov.cn',
    '',
  ])('refuses %s', (url) => {
    expect(isExternalLinkAllowed(url)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  const ours = (id: number) => id === 7;

  function mainFrameEvent(url: string, webContentsId = 7): IpcSenderLike {
    const frame = { url, parent: null };
    return { sender: { id: webContentsId, mainFrame: frame }, senderFrame: frame };
  }

  it("accepts the main frame of our window showing the app's page", () => {
    expect(isTrustedSender(mainFrameEvent('app://ledger/index.html'), ours)).toBe(true);
  });

  it('refuses another origin in our window', () => {
    expect(isTrustedSender(mainFrameEvent('https://evil.example/'), ours)).toBe(false);
    expect(isTrustedSender(mainFrameEvent('file:///C:/x.html'), ours)).toBe(false);
  });

  it('refuses a subframe, even one showing the app origin', () => {
    const top = { url: 'app://ledger/index.html', parent: null };
    const sub = { url: 'app://ledger/index.html', parent: top };
    expect(isTrustedSender({ sender: { id: 7, mainFrame: top }, senderFrame: sub }, ours)).toBe(false);
  });

  it('refuses a frame that claims to be top-level but is not the main frame of its webContents', () => {
    const top = { url: 'app://ledger/index.html', parent: null };
    const other = { url: 'app://ledger/index.html', parent: null };
    expect(isTrustedSender({ sender: { id: 7, mainFrame: top }, senderFrame: other }, ours)).toBe(false);
  });

  it('refuses a window we did not create', () => {
    expect(isTrustedSender(mainFrameEvent('app://ledger/index.html', 8), ours)).toBe(false);
  });

  it('refuses a destroyed or navigated frame', () => {
    expect(isTrustedSender({ sender: { id: 7, mainFrame: null }, senderFrame: null }, ours)).toBe(false);
  });
});

describe('mapAppUrlToFile (POSIX)', () => {
  const root = '/opt/ledger/dist/renderer';

  it('maps / and folders to index.html', () => {
    expect(mapAppUrlToFile('app://ledger/', root, path.posix)).toBe('/opt/ledger/dist/renderer/index.html');
    expect(mapAppUrlToFile('app://ledger/help/', root, path.posix)).toBe('/opt/ledger/dist/renderer/help/index.html');
  });

  it('maps files, ignoring query and hash', () => {
    expect(mapAppUrlToFile('app://ledger/assets/index-abc123.js?v=1#x', root, path.posix)).toBe(
      '/opt/ledger/dist/renderer/assets/index-abc123.js',
    );
    expect(mapAppUrlToFile('app://ledger/assets/%E5%85%AC%E7%AB%A0.png', root, path.posix)).toBe(
      '/opt/ledger/dist/renderer/assets/公章.png',
    );
  });

  it.each([
    'app://ledger/..%2f..%2fetc/passwd',
    'app://ledger/assets/..%2F..%2F..%2Fsecret.txt',
    'app://ledger/%2e%2e%2fsecret',
    'app://ledger/assets/%2E%2E/%2E%2E%2F%2E%2E%2Fsecret',
    'app://ledger/a/..%5c..%5csecret',
    // an encoded dot segment is refused even where it would stay inside the root
    'app://ledger/assets/..%2Findex.html',
    'app://ledger/%00index.html',
    'app://ledger/bad%zzescape',
    'app://other/index.html',
    'https://ledger/index.html',
  ])('refuses %s', (url) => {
    expect(mapAppUrlToFile(url, root, path.posix)).toBeNull();
  });

  it('keeps dot segments the URL parser resolved inside the root', () => {
    // the WHATWG parser folds /../ before we see it, so this can never climb above /
    expect(mapAppUrlToFile('app://ledger/../../etc/passwd', root, path.posix)).toBe('/opt/ledger/dist/renderer/etc/passwd');
  });
});

describe('mapAppUrlToFile (Windows)', () => {
  const root = 'C:\\Program Files\\根治欠薪工作台账\\resources\\app.asar\\dist\\renderer';

  it('maps / to index.html', () => {
    expect(mapAppUrlToFile('app://ledger/', root, path.win32)).toBe(`${root}\\index.html`);
  });

  it.each([
    'app://ledger/..%5C..%5Cwindows%5Cwin.ini',
    'app://ledger/C:%2FWindows%2Fwin.ini',
    'app://ledger/C%3A%5CWindows%5Cwin.ini',
    'app://ledger/index.html%3A%24DATA',
    'app://ledger/index.html.',
    'app://ledger/index.html%20',
    'app://ledger/CON',
    'app://ledger/assets/nul.js',
    'app://ledger/%5C%5Cserver%5Cshare%5Cx',
  ])('refuses %s', (url) => {
    expect(mapAppUrlToFile(url, root, path.win32)).toBeNull();
  });
});

describe('mimeTypeFor', () => {
  it('serves scripts, pages and styles with the types Chromium insists on', () => {
    expect(mimeTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('/x/assets/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('/x/assets/a.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('/x/assets/a.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('/x/unknown.bin')).toBe('application/octet-stream');
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('is the policy the renderer also declares', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });
});

describe('permissions', () => {
  it('lets only the app page write to the clipboard, and nothing else', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://ledger/index.html')).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://ledger')).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(isPermissionAllowed('clipboard-read', 'app://ledger/index.html')).toBe(false);
    for (const permission of ['media', 'geolocation', 'notifications', 'midi', 'openExternal', 'fullscreen']) {
      expect(isPermissionAllowed(permission, 'app://ledger/index.html')).toBe(false);
    }
  });
});
