import { useId, type ReactNode } from 'react';

/** One titled block of the console. */
export function ConsoleSection({ title, className, children, actions }: {
  title: string; className?: string; children: ReactNode; actions?: ReactNode;
}) {
  const id = useId();
  return (
    <section className={`card console-section ${className ?? ''}`} aria-labelledby={id}>
      <div className="console-section__head">
        <h2 id={id} className="console-section__title">{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}
