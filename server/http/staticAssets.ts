import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { codingSuffix, compressibleTypes, preferredCodings, type ContentCoding } from './contentCoding.ts';

/** Cache-Control of the built client (docs/api.md, "Static files and caching"). */
export const StaticCacheControl = {
  /** `/assets/*`: Vite puts a content hash in every name there, so a name never changes meaning. */
  hashed: 'public, max-age=31536000, immutable',
  /** index.html, sw.js, zod-config.js: names that stay across builds, so always revalidated. */
  revalidate: 'no-cache',
} as const;

/** Where Vite writes hashed files (vite.config.ts keeps the default names). */
const HASHED_PREFIX = '/assets/';
const INDEX = '/index.html';
/** A path ending in a file extension (`/favicon.ico`) names a file, never a page of the app. */
const FILE_NAME = /\.[A-Za-z0-9]+$/;

/** Statuses `send` gives a file it will not serve (missing, a directory, a dotfile, a bad path). */
const isClientSideMiss = (err: NodeJS.ErrnoException & { status?: number }) =>
  err.code === 'EISDIR' || (err.status !== undefined && err.status < 500);

/**
 * Sends the built file at URL path `path`, precompressed when the client accepts it and the
 * build wrote the variant; calls `next()` when there is no such file. Every variant of a
 * compressible file says `Vary: Accept-Encoding`, so a shared cache keeps them apart.
 */
function sendBuilt(clientDir: string, path: string, req: Request, res: Response, next: NextFunction): void {
  const type = compressibleTypes[extname(path).toLowerCase()];
  const codings = type ? preferredCodings(req.get('accept-encoding')) : (['identity'] as const);
  const headers: Record<string, string> = {
    'Cache-Control': path.startsWith(HASHED_PREFIX) ? StaticCacheControl.hashed : StaticCacheControl.revalidate,
  };
  if (type) {
    headers['Content-Type'] = type;
    headers.Vary = 'Accept-Encoding';
  }
  const attempt = (i: number): void => {
    const coding: ContentCoding = codings[i]!;
    const encoded = coding !== 'identity';
    res.sendFile(encoded ? path + codingSuffix[coding] : path, {
      root: clientDir,
      dotfiles: 'ignore',
      cacheControl: false,
      // A byte range of the compressed bytes is valid but no browser asks for one of a script.
      acceptRanges: !encoded,
      headers: encoded ? { ...headers, 'Content-Encoding': coding } : headers,
    }, (err?: NodeJS.ErrnoException & { status?: number }) => {
      if (!err || res.headersSent) return; // sent, or the client went away mid-file
      if (!isClientSideMiss(err)) return next(err);
      if (i + 1 < codings.length) attempt(i + 1);
      else next();
    });
  };
  attempt(0);
}

/**
 * The built client: static files with precompressed variants and cache headers, and the SPA
 * fallback that answers every other GET with index.html (revalidated, so a new build shows at
 * the next visit). A missing `/assets/` file, or any missing path with a file extension, is a
 * 404, not index.html: a service worker or browser must never keep HTML under a script's name.
 */
export function builtClient(clientDir: string): { files: RequestHandler; spaFallback: RequestHandler } {
  const files: RequestHandler = (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path.endsWith('/')) return next();
    sendBuilt(clientDir, req.path, req, res, next);
  };
  const spaFallback: RequestHandler = (req, res, next) => {
    if (req.path.startsWith(HASHED_PREFIX) || FILE_NAME.test(req.path)) {
      res.status(404).type('text/plain').send('Not found.');
      return;
    }
    if (!existsSync(join(clientDir, INDEX))) {
      res.status(503).type('text/plain').send('The client is not built yet: run `npm run build`.');
      return;
    }
    sendBuilt(clientDir, INDEX, req, res, next);
  };
  return { files, spaFallback };
}
