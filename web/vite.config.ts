import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const repoRoot = resolve(import.meta.dirname, '..');

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: resolve(repoRoot, 'dist/web'),
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    // The app imports the shared formatting from src/core.
    fs: { allow: [repoRoot] },
    proxy: { '/api': `http://localhost:${process.env.PORT ?? 3000}` },
  },
});
