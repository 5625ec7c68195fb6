import { useTranslation } from 'react-i18next';
import type { ExportFormat } from '../../../shared/schemas/organiser.ts';
import { fetchFile, formatBytes, saveBlob } from './download.ts';
import { failureText } from './errorText.ts';
import { organiserApi } from './organiserApi.ts';
import { TaskStatus } from './TaskStatus.tsx';
import { useTask } from './useTask.ts';

const FORMATS: readonly ExportFormat[] = ['docx', 'csv', 'pdf', 'md', 'json'];

/** One export: what it is, a download button, and its progress. */
function ExportRow({ workshopId, token, format }: { workshopId: string; token: string; format: ExportFormat }) {
  const { t, i18n } = useTranslation();
  const task = useTask();
  const name = t(`organiser.exports.formats.${format}.name`);
  const download = () => task.run(async (report) => {
    report(t('organiser.exports.status.preparing'));
    const file = await fetchFile(organiserApi.exportPath(workshopId, format), token, (received, total) => {
      const size = (n: number) => formatBytes(n, i18n.language);
      report(
        total ? t('organiser.exports.status.receivingOf', { received: size(received), total: size(total) })
          : t('organiser.exports.status.receiving', { received: size(received) }),
        received, total,
      );
    });
    saveBlob(file.blob, file.fileName);
    return t('organiser.exports.status.done', { file: file.fileName });
  }, (err) => t('organiser.exports.status.failed', { detail: failureText(t, err) }));

  return (
    <li className="organiser-export">
      <div className="organiser-export__text">
        <p className="organiser-export__name">{name}</p>
        <p className="organiser-export__description">{t(`organiser.exports.formats.${format}.description`)}</p>
        <TaskStatus state={task.state} label={name} />
      </div>
      <button
        type="button" className="button button--secondary" disabled={task.busy} onClick={download}
        aria-label={t('organiser.exports.downloadLabel', { name })} data-format={format}
      >
        {t('organiser.exports.download')}
      </button>
    </li>
  );
}

/** The action-point exports of docs/api.md, each with its own button and progress. */
export function ActionPointExports({ workshopId, token }: { workshopId: string; token: string }) {
  return (
    <ul className="organiser-exports">
      {FORMATS.map((format) => <ExportRow key={format} workshopId={workshopId} token={token} format={format} />)}
    </ul>
  );
}
