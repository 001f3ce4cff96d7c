// Vite build of the renderer: one static bundle served by the web host and loaded by Electron over app://.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import vuetify from 'vite-plugin-vuetify';
import { mapGlyphs } from './map-glyphs.js';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  // vite-plugin-vuetify imports each Vuetify component a template uses: tree-shaken, no hand-kept list.
  plugins: [vue(), vuetify({ autoImport: true }), mapGlyphs()],
  define: {
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'true',
    __VUE_I18N_LEGACY_API__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
  },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // The full icon set (~2.9 MB) is a separate chunk, loaded only for an icon name not bundled in app/icons.ts.
    chunkSizeWarningLimit: 3000,
  },
  server: {
    // `vite --config renderer/vite.config.ts` during development: the engine runs in the web host.
    proxy: { '/ws': { target: process.env.IOC_HOST_URL ?? 'ws://127.0.0.1:8080', ws: true } },
  },
});
