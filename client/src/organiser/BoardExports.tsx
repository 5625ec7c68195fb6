import { useTranslation } from 'react-i18next';
import type { Group } from '../../../shared/schemas/workshop.ts';
import { fetchFile, saveBlob } from './download.ts';
import { failureText } from './errorText.ts';
import { organiserApi } from './organiserApi.ts';
import { svgToPng } from './svgToPng.ts';
import { TaskStatus } from './TaskStatus.tsx';
import { useTask } from './useTask.ts';

type Kind = 'svg' | 'png';

/**
 * Each board as SVG (drawn by the server) or PNG (that SVG drawn into a canvas here), one by
 * one or all at once, with a step-by-step progress line: "board 2 of 4: drawing…".
 */
export function BoardExports({ workshopId, token, groups }: { workshopId: string; token: string; groups: Group[] }) {
  const { t } = useTranslation();
  const task = useTask();

  const exportBoards = (chosen: Group[], kind: Kind) => task.run(async (report) => {
    const total = chosen.length;
    for (const [i, group] of chosen.entries()) {
      const step = { n: String(i + 1), total: String(total), name: group.name };
      report(t('organiser.boards.fetching', step), 2 * i, 2 * total);
      let file;
      try {
        file = await fetchFile(organiserApi.boardSvgPath(workshopId, group.id), token);
        if (kind === 'png') {
          report(t('organiser.boards.drawing', step), 2 * i + 1, 2 * total);
          const png = await svgToPng(file.blob);
          file = { blob: png.blob, fileName: file.fileName.replace(/\.svg$/i, '') + '.png' };
        }
      } catch (err) {
        throw Object.assign(new Error('board export failed'), { group: group.name, cause: err });
      }
      saveBlob(file.blob, file.fileName);
    }
    return t('organiser.boards.done', { count: total });
  }, (err) => {
    const { group, cause } = err as { group?: string; cause?: unknown };
    return t('organiser.boards.failed', { name: group ?? '', detail: failureText(t, cause ?? err) });
  });

  return (
    <>
      <ul className="organiser-boards">
        {groups.map((g) => (
          <li key={g.id} className="organiser-board">
            <span className="organiser-board__name">{g.name}</span>
            <button type="button" className="button button--secondary button--small" disabled={task.busy}
              aria-label={t('organiser.boards.pngLabel', { name: g.name })} onClick={() => exportBoards([g], 'png')}>
              {t('organiser.boards.png')}
            </button>
            <button type="button" className="button button--secondary button--small" disabled={task.busy}
              aria-label={t('organiser.boards.svgLabel', { name: g.name })} onClick={() => exportBoards([g], 'svg')}>
              {t('organiser.boards.svg')}
            </button>
          </li>
        ))}
      </ul>
      <div className="organiser-actions">
        <button type="button" className="button button--secondary" disabled={task.busy || groups.length === 0} onClick={() => exportBoards(groups, 'png')}>
          {t('organiser.boards.allPng')}
        </button>
        <button type="button" className="button button--secondary" disabled={task.busy || groups.length === 0} onClick={() => exportBoards(groups, 'svg')}>
          {t('organiser.boards.allSvg')}
        </button>
      </div>
      <TaskStatus state={task.state} label={t('organiser.boards.heading')} />
    </>
  );
}
