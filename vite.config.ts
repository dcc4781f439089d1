// Vite builds the client from client/ into dist/, which the Express server
// serves; in `npm run dev` it proxies /api to the server.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'client',
  build: { outDir: '../dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 2_000 },
  server: { port: 5173, proxy: { '/api': 'http://127.0.0.1:3000' } },
});
