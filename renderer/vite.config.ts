import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is a plain web page: built to dist/renderer with relative asset paths so the
// Electron app, any static server and the end-to-end tests can all load the same files.
// Paths are relative to the project folder, where npm runs the build.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    // Chromium (Electron's, and the tests') preloads modules itself: no polyfill to run at start-up.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 2000,
  },
});
