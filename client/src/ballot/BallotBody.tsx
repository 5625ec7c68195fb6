import { useId, useRef } from 'react';
import { MoreLessButton } from '../components/MoreLessButton.tsx';
import { useLineClamp } from '../hooks/useLineClamp.ts';

/**
 * An action point's "why and how" on the ballot: three lines, so the list stays a list, and
 * "Meer" for the rest; a voter must be able to read all of what they vote on (issue 10: the
 * text was cut after three lines with no way to read on).
 */
export function BallotBody({ text, title }: { text: string; title: string }) {
  const id = useId();
  const ref = useRef<HTMLParagraphElement>(null);
  const clamp = useLineClamp(ref, text);
  return (
    <>
      <p id={id} ref={ref} className="ballot-item__body clamp clamp--3" data-expanded={clamp.expanded || undefined}>{text}</p>
      <MoreLessButton clamp={clamp} controls={id} about={title} className="ballot-item__more" />
    </>
  );
}
