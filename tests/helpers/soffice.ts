import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

/* LibreOffice and poppler from tests and scripts: a .docx to PDF, a PDF's page count. */

const run = promisify(execFile);

/** Whether `command` is on the PATH. */
export async function hasCommand(command: string): Promise<boolean> {
  try {
    await run('sh', ['-c', `command -v ${command}`]);
    return true;
  } catch {
    return false;
  }
}

/**
 * Converts `docx` to PDF in `outDir` with headless LibreOffice and returns the PDF's path.
 * Each call uses a fresh throw-away profile: a shared one is locked by a running soffice (a
 * second conversion would silently do nothing), and the user's own is left alone.
 */
export async function docxToPdf(docx: string, outDir: string): Promise<string> {
  const profile = mkdtempSync(join(tmpdir(), 'werkbord-soffice-'));
  try {
    await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx], { timeout: 180_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdf = join(outDir, basename(docx).replace(/\.docx$/, '.pdf'));
  if (!existsSync(pdf)) throw new Error(`soffice wrote no ${pdf}`);
  return pdf;
}

/** The number of pages, as poppler's pdfinfo reads it. */
export async function pageCount(pdf: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [pdf]);
  const pages = /^Pages:\s+(\d+)/m.exec(stdout)?.[1];
  if (!pages) throw new Error(`pdfinfo gave no page count for ${pdf}`);
  return Number(pages);
}

/** The text of every page with `pdftotext -layout` (columns kept apart on their lines). */
export async function layoutPages(pdf: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout.split('\f').slice(0, -1);
}
