import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * antd and its helpers (rc components, icons, cssinjs, dayjs) in one chunk instead of some fifty: the page and the
 * frame need most of them at once, and each file is a request of its own before the first rows can be drawn. React
 * stays apart (the first script needs it, and must not wait for the rest); AG Grid and ECharts are chunks of their own.
 */
const UI_LIBRARIES = /[\\/]node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|@babel[\\/]runtime|classnames|clsx|dayjs|throttle-debounce|scroll-into-view-if-needed|compute-scroll-into-view|resize-observer-polyfill|stylis|@emotion|json2mq|copy-to-clipboard|toggle-selection|string-convert|is-mobile)[\\/]/;
/** React alone (not react-dom): the first script's only library, so it must not be drawn into the big chunk. */
const REACT = /[\\/]node_modules[\\/]react[\\/]/;
function uiLibraryChunk(id: string): string | null {
  return UI_LIBRARIES.test(id) ? 'antd' : null;
}

/**
 * The renderer is loaded from files (file:// in Electron, a static server in tests), so paths are relative and every
 * script is an external file: the page's CSP allows script-src 'self' only, with no inline scripts.
 */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // the module preload polyfill is an inline script; Chromium (Electron) needs no polyfill
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 4000,
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'react', test: REACT, priority: 2 }, { name: uiLibraryChunk, priority: 1 }] } } },
  },
});
