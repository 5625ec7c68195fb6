import { Router, type Response } from 'express';
import { ExportFormat } from '../../shared/schemas/organiser.ts';
import { boardSvg } from '../export/boardSvg.ts';
import { loadExportData, type ExportSources } from '../export/exportData.ts';
import { contentDisposition } from '../export/filename.ts';
import { exportWriters, SVG_CONTENT_TYPE } from '../export/formats.ts';
import { readDetails } from '../organiser/details.ts';
import { readBoard } from '../../shared/board/readBoard.ts';
import { docNameOf } from '../storage/Storage.ts';
import { authorizer } from './authorize.ts';
import { HttpError, notFound } from './errors.ts';

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

/**
 * The exports (docs/api.md, "Export"): action points as csv, md, json, docx and the report PDF
 * (organiser only), and each board as SVG (organiser and facilitator).
 */
export function exportRoutes(sources: ExportSources): Router {
  const router = Router();
  const authorize = authorizer(sources.storage);

  router.get('/workshops/:id/export', async (req, res) => {
    const who = await authorize(req, 'export');
    const format = ExportFormat.safeParse(req.query.format);
    if (!format.success) {
      throw new HttpError(400, 'invalid_request', `format must be one of: ${ExportFormat.options.join(', ')}`);
    }
    const data = await loadExportData(sources, who.workshopId);
    if (!data) throw notFound('No such workshop.');
    const writer = exportWriters[format.data];
    sendFile(res, writer.contentType, `${data.workshop.title}${writer.suffix}`, await writer.write(data));
  });

  router.get('/workshops/:id/boards/:file', async (req, res) => {
    const who = await authorize(req, 'readBoard', ['organiser', 'facilitator']);
    const groupId = BOARD_FILE.exec(String(req.params.file))?.[1];
    const groups = await sources.storage.listGroups(who.workshopId);
    const group = groups.find((g) => g.id === groupId);
    if (!group || !groupId) throw notFound('No such board.');
    const details = await readDetails(sources.storage, who.workshopId);
    const hold = await sources.docs.hold(docNameOf(who.workshopId, groupId));
    let svg: string;
    try {
      svg = boardSvg(readBoard(hold.doc.doc), { title: `${group.name} – ${details?.title ?? ''}` });
    } finally {
      hold.release();
    }
    sendFile(res, SVG_CONTENT_TYPE, `${details?.title ?? 'werkbord'} - ${group.name}.svg`, svg);
  });

  return router;
}
