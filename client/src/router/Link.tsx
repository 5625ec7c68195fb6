import type { AnchorHTMLAttributes } from 'react';
import { handleLinkClick } from './navigation.ts';

/** An anchor that navigates inside the app without a page load. */
export function Link(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <a {...props} onClick={(e) => { props.onClick?.(e); handleLinkClick(e); }} />;
}
