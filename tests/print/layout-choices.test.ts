import { describe, expect, it } from 'vitest';
import { masthead, signature } from '../../shared/print/official-parts';

/** The few layout decisions made before Chromium lays the page out (see shared/print/text-width.ts). */
describe('layout choices', () => {
  it('a short masthead prints at full size; a 21-character one is condensed to 70 % rather than shrunk', () => {
    expect(masthead('秦安县人社局').value).toContain('font-size:15.00mm');
    expect(masthead('秦安县人社局').value).not.toContain('transform');
    const long = masthead('秦安县根治拖欠农民工工资工作领导小组办公室').value;
    expect(long).toContain('transform:scaleX(0.700)');
    expect(Number(/font-size:([\d.]+)mm/.exec(long)?.[1])).toBeGreaterThan(10);
  });

  it('the authority is centred on the date when it fits, else set flush right two characters in', () => {
    expect(signature('秦安县人社局', '2026-01-05').value).toContain('class="signature"');
    expect(signature('秦安县根治拖欠农民工工资工作领导小组办公室', '2026-01-05').value).toContain('class="signature wide"');
    expect(signature('秦安县人社局', '2026-01-05').value).toContain('2026年1月5日');
  });
});
