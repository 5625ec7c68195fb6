/**
 * What the build tells the service worker about itself (scripts/vite/appShell.ts writes it
 * into sw.js in place of `SHELL_MANIFEST_PLACEHOLDER`).
 */
export interface ShellManifest {
  /** Hash of every file of the build: names the cache, and changes sw.js at every new build. */
  version: string;
  /** URL paths of the app shell: /index.html, the public files and every /assets/ file. */
  files: string[];
}

export const SHELL_MANIFEST_PLACEHOLDER = '__WERKBORD_SHELL_MANIFEST__';
