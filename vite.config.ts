import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { ortWasmBytes } from './web/build/ort-wasm.ts';
import { precompress } from './web/build/precompress.ts';

const THEME_COLOUR = '#2e7d32';

export default defineConfig({
  root: 'web',
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  define: { __ORT_WASM_BYTES__: JSON.stringify(ortWasmBytes()) },
  // The inference worker code-splits (ONNX Runtime loads lazily), which needs ES module workers.
  worker: { format: 'es' },
  // Pre-bundling would move ONNX Runtime away from the .wasm it finds through import.meta.url.
  optimizeDeps: { exclude: ['onnxruntime-web'] },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
  plugins: [
    react(),
    precompress(),
    VitePWA({
      // The new service worker waits until the farmer accepts the update (see src/pwa/usePwa.ts).
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Phyto',
        short_name: 'Phyto',
        description: 'Diagnose plant diseases from a leaf photo, even offline.',
        theme_color: THEME_COLOUR,
        background_color: '#ffffff',
        display: 'standalone',
        start_url: '/',
        scope: '/',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The app shell, lazy chunks (the worker, ONNX Runtime's JS) and locale files: small, precached.
        globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest,json}'],
        // Deliberately NOT precached: the model (.onnx) and the 14 MB runtime (.wasm). The inference worker
        // downloads them once with a progress bar and keeps them in its own Cache Storage bucket
        // (src/ml/worker/download.ts); precaching them too would download them twice on the first visit.
        globIgnores: ['**/*.onnx', '**/*.wasm', '**/*.map'],
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
});
