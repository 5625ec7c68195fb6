import { resolve } from 'node:path';
import type { Logger, Plugin } from 'vite';
import { writeShellManifest } from './appShell.ts';
import { precompress } from './precompress.ts';

/**
 * The build steps for venue networks (issue 9): the service worker's shell manifest, then
 * brotli and gzip copies of every compressible file (the worker included). Runs after Vite
 * has written the bundle and copied client/public, so both see every file of the build.
 */
export function venueAssets(): Plugin {
  let outDir = '';
  let logger: Logger | undefined;
  return {
    name: 'werkbord:venue-assets',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      logger = config.logger;
    },
    writeBundle: {
      sequential: true,
      order: 'post',
      async handler() {
        const manifest = await writeShellManifest(outDir);
        const compressed = await precompress(outDir);
        const sum = (pick: (f: (typeof compressed)[number]) => number | undefined) =>
          compressed.reduce((total, f) => total + (pick(f) ?? f.bytes), 0);
        logger?.info(`app shell ${manifest.version}: ${manifest.files.length} files; ` +
          `${compressed.length} compressed, ${sum((f) => f.bytes)} → br ${sum((f) => f.br)} / gzip ${sum((f) => f.gzip)} bytes`);
      },
    },
  };
}
