// Ships the map's glyphs with the renderer: the SDF glyph ranges (PBF) of Noto Sans from the
// tileserver-gl-styles package, emitted as static files under glyphs/<font>/<range>.pbf. The web host and
// Electron's app:// both serve renderer/dist, so the map loads its text from the app itself, never the network.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);
const FONTS_DIR = join(dirname(require.resolve('tileserver-gl-styles/package.json')), 'fonts');

const NOTICE = `Map glyphs: Noto Sans Regular (Google), SIL Open Font License 1.1, as SDF ranges from the
tileserver-gl-styles package (MapTiler / Klokan Technologies). https://openfontlicense.org
`;

function fontFiles(): { font: string; file: string; path: string }[] {
  return readdirSync(FONTS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(FONTS_DIR, d.name)).filter((f) => f.endsWith('.pbf')).map((file) => ({ font: d.name, file, path: join(FONTS_DIR, d.name, file) })));
}

export function mapGlyphs(): Plugin {
  return {
    name: 'ioc-map-glyphs',
    configureServer(server) {
      server.middlewares.use('/glyphs', (req, res, next) => {
        const [font, file] = decodeURIComponent((req.url ?? '').split('?')[0]!).replace(/^\/+/, '').split('/');
        const found = fontFiles().find((f) => f.font === font && f.file === file);
        if (!found) return next();
        res.setHeader('content-type', 'application/x-protobuf');
        res.end(readFileSync(found.path));
      });
    },
    generateBundle() {
      for (const { font, file, path } of fontFiles()) this.emitFile({ type: 'asset', fileName: `glyphs/${font}/${file}`, source: readFileSync(path) });
      this.emitFile({ type: 'asset', fileName: 'glyphs/NOTICE.txt', source: NOTICE });
    },
  };
}
