import { useTranslation } from 'react-i18next';
import { AgendaEditor } from './AgendaEditor.tsx';
import { ConsoleSection } from './ConsoleSection.tsx';
import { useConsole } from './ConsoleContext.ts';

/** The programme in the console: edit it, and move the "now" marker during the day. */
export function AgendaSection() {
  const { t } = useTranslation();
  const { session, run } = useConsole();
  return (
    <ConsoleSection title={t('console.agenda.heading')}>
      <AgendaEditor agenda={session.state.agenda} run={run} />
    </ConsoleSection>
  );
}
