import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

/** The API the dev server forwards /api to; `npm start` serves the built app from it instead. */
const API_ORIGIN = 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  // Setting conditions replaces Vite's defaults, so those follow ours: @marque/domain and
  // @marque/ui resolve to their TypeScript source.
  resolve: { conditions: ['@marque/source', ...defaultClientConditions] },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/api': { target: API_ORIGIN, changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Maps for debugging a build, not referenced from the served files.
    sourcemap: 'hidden',
    // dist/.vite/manifest.json: which chunks each page needs, for measuring what a page loads.
    manifest: true,
    target: 'es2022',
    // Every browser the app supports has <link rel="modulepreload">: no polyfill in the entry.
    modulePreload: { polyfill: false },
  },
});
