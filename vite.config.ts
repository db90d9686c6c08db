import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The web app: src/web → dist/web, served by `hearth serve`. `npm run dev` proxies /api. */
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
    // Three chunks are large on purpose, and all load from this machine, never the internet: the
    // studio's preview worker carries the art engine and its shape library (~1.8 MB, 1 MB gzipped,
    // loaded only in the studio), the gallery room carries three.js (~530 kB, loaded only there),
    // and the app's own chunk (~890 kB, 250 kB gzipped) holds every screen and its three languages.
    chunkSizeWarningLimit: 2000,
    // Libraries change less often than the app: their own chunks stay cached across releases.
    rollupOptions: {
      output: {
        manualChunks(id: string) {
          if (/node_modules\/(react|react-dom|scheduler)\//.test(id)) return 'react';
          if (/node_modules\/(i18next|i18next-icu|react-i18next|intl-messageformat|@formatjs)\//.test(id)) return 'i18n';
          return undefined;
        },
      },
    },
  },
  worker: { format: 'es' },
  server: { port: 5173, proxy: { '/api': 'http://127.0.0.1:8080' } },
});
