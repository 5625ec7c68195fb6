import { Router, type Response } from 'express';
import { ExportFormat } from '../../shared/schemas/organiser.ts';
import { loadExportData, type ExportSources } from '../export/exportData.ts';
import { contentDisposition } from '../export/filename.ts';
import type { ExportJob } from '../export/exportJob.ts';
import type { ExportPool } from '../export/exportPool.ts';
import { exportWriters, SVG_CONTENT_TYPE } from '../export/formats.ts';
import { readDetails } from '../organiser/details.ts';
import { readBoard } from '../../shared/board/readBoard.ts';
import { docNameOf } from '../storage/Storage.ts';
import { authorizer } from './authorize.ts';
import { HttpError, notFound } from './errors.ts';
import { exportFailure } from './exportFailure.ts';

const BOARD_FILE = /^([A-Za-z0-9_-]{1,64})\.svg$/;

/** Sends an export as a download; exports hold board content, so nothing may cache them. */
function sendFile(res: Response, contentType: string, fileName: string, body: string | Uint8Array): void {
  res.set({
    'Content-Type': contentType,
    'Content-Disposition': contentDisposition(fileName),
    'Cache-Control': 'no-store',
  });
  res.send(typeof body === 'string' ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength));
}

/** Aborts when the client goes away before its file is sent: its export is then stopped. */
function whileConnected(res: Response): AbortSignal {
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  return controller.signal;
}

export interface ExportRoutesOptions extends ExportSources {
  /** Renders pdf, docx and the board SVGs off the main thread (server/export/exportPool.ts). */
  exports: ExportPool;
}

/**
 * The exports (docs/api.md, "Export"): action points as csv, md, json, docx and the report PDF
 * (organiser only), and each board as SVG (organiser and facilitator). csv, md and json are
 * small and written here; the rest is rendered by the export pool in worker threads.
 */
export function exportRoutes({ exports, ...sources }: ExportRoutesOptions): Router {
  const router = Router();
  const authorize = authorizer(sources.storage);

  /** Runs a worker export; its failures become their documented HTTP errors. */
  const render = async (res: Response, load: () => Promise<ExportJob>) => {
    try {
      return await exports.run(load, whileConnected(res));
    } catch (err) {
      throw exportFailure(err, res);
    }
  };

  router.get('/workshops/:id/export', async (req, res) => {
    const who = await authorize(req, 'export');
    const format = ExportFormat.safeParse(req.query.format);
    if (!format.success) {
      throw new HttpError(400, 'invalid_request', `format must be one of: ${ExportFormat.options.join(', ')}`);
    }
    const writer = exportWriters[format.data];
    const loadData = async (boards: boolean) => {
      const data = await loadExportData(sources, who.workshopId, { boards });
      if (!data) throw notFound('No such workshop.');
      return data;
    };
    if ('inline' in writer) {
      const data = await loadData(false);
      sendFile(res, writer.contentType, `${data.workshop.title}${writer.suffix}`, writer.inline(data));
      return;
    }
    let title = '';
    const bytes = await render(res, async () => {
      const data = await loadData(writer.boards);
      title = data.workshop.title;
      return { kind: writer.worker, data };
    });
    sendFile(res, writer.contentType, `${title}${writer.suffix}`, bytes);
  });

  router.get('/workshops/:id/boards/:file', async (req, res) => {
    const who = await authorize(req, 'exportBoard');
    const groupId = BOARD_FILE.exec(String(req.params.file))?.[1];
    const groups = await sources.storage.listGroups(who.workshopId);
    const group = groups.find((g) => g.id === groupId);
    if (!group || !groupId) throw notFound('No such board.');
    const details = await readDetails(sources.storage, who.workshopId);
    const bytes = await render(res, async () => {
      const hold = await sources.docs.hold(docNameOf(who.workshopId, groupId));
      try {
        return {
          kind: 'svg', title: `${group.name} – ${details?.title ?? ''}`,
          heading: { workshop: details?.title ?? '', group: group.name }, board: readBoard(hold.doc.doc),
        };
      } finally {
        hold.release();
      }
    });
    sendFile(res, SVG_CONTENT_TYPE, `${details?.title ?? 'werkbord'} - ${group.name}.svg`, bytes);
  });

  return router;
}
