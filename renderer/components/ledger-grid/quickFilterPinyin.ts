/**
 * pinyin-pro (about 300 KB with its dictionary) is not needed to draw a ledger's first rows, only for the quick
 * search: it is fetched once the first page is shown and the window is idle (or on the first search, whichever comes
 * first), and a search waits for it, so every search text the grid builds and caches holds the pinyin keys.
 */
type PinyinKeys = (text: string) => string;

let keys: PinyinKeys | null = null;
let loading: Promise<void> | null = null;

/** The pinyin keys of a text, or null while pinyin-pro has not arrived. */
export function loadedPinyinKeys(text: string): string | null {
  return keys ? keys(text) : null;
}

export function isPinyinLoaded(): boolean {
  return keys !== null;
}

/** Loads pinyin-pro once; a failed load is tried again on the next call. */
export function loadPinyin(): Promise<void> {
  loading ??= import('../../lib/pinyin').then(
    (module) => {
      keys = module.pinyinKeys;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
