import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

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
  },
});
