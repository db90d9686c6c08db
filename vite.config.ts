import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The web app: src/web → dist/web, served by `hearth serve`. `npm run dev` proxies /api. */
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: { outDir: '../../dist/web', emptyOutDir: true, sourcemap: false, target: 'es2022' },
  worker: { format: 'es' },
  server: { port: 5173, proxy: { '/api': 'http://127.0.0.1:8080' } },
});
