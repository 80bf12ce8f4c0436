import { pinyin } from 'pinyin-pro';

/**
 * Search keys for Chinese text: pinyin initials ("新区公厕" → "xqgc") and full pinyin without tones
 * ("xinqugongce"), so a clerk can find a record without switching the input method.
 */
export function pinyinKeys(text: string): string {
  if (!text) return '';
  const initials = pinyin(text, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('');
  const full = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('');
  return `${initials} ${full}`.toLowerCase();
}

/** True when `query` is found in the text itself or in its pinyin keys. */
export function matchesWithPinyin(text: string, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return text.toLowerCase().includes(q) || pinyinKeys(text).includes(q);
}
