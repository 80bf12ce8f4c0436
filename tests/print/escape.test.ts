import { describe, expect, it } from 'vitest';
import { renderDocument, renderLedgerSheet } from '../../shared/print';
import { escapeHtml, html, trusted } from '../../shared/print/escape';
import { HOSTILE, hostileNotice, projectLedger } from './fixtures';

describe('escaping', () => {
  it('turns every markup character into text and drops control characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(escapeHtml('甲\u0000乙\u000C丙\n丁')).toBe('甲乙丙\n丁');
    expect(escapeHtml(null)).toBe('');
    expect(escapeHtml(12)).toBe('12');
  });

  it('escapes every interpolation of the html tag except markup the templates built', () => {
    const name = '<script>alert(1)</script>';
    const cell = html`<td>${name}</td>`;
    expect(html`<tr>${cell}${[html`<td>${'&'}</td>`, '<b>']}</tr>`.value).toBe(
      '<tr><td>&lt;script&gt;alert(1)&lt;/script&gt;</td><td>&amp;</td>&lt;b&gt;</tr>',
    );
    expect(html`${trusted('<i>')}${null}${false}${undefined}`.value).toBe('<i>');
  });

  it('leaves no hostile markup in a rendered form or ledger, and forbids scripts and loads by CSP', () => {
    const sheet = projectLedger(2);
    sheet.rows[0] = [HOSTILE.script, HOSTILE.style, HOSTILE.tags];
    for (const output of [renderDocument(hostileNotice()), renderLedgerSheet({ ...sheet, title: HOSTILE.style, unitLine: HOSTILE.script })]) {
      expect(output).not.toMatch(/<script|<\/style><h1|<b on/i);
      expect(output).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(output).toContain(`default-src 'none'`);
      expect(output).not.toMatch(/https?:|url\(|@import|<link|<img|\ssrc=/i);
      expect(output.match(/<style>/g)).toHaveLength(1);
    }
  });
});
