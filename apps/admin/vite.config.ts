import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

/** The staff API the dev server forwards /api to; `npm start` serves the built console from it. */
const STAFF_API_ORIGIN = 'http://127.0.0.1:3001';

export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@marque/source', ...defaultClientConditions] },
  server: {
    port: 5174,
    strictPort: true,
    proxy: { '/api': { target: STAFF_API_ORIGIN, changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: 'hidden',
    target: 'es2022',
    modulePreload: { polyfill: false },
  },
});
