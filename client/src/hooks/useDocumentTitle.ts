import { useEffect } from 'react';

/** Sets the tab title: "<title> · Werkbord", so that screen-reader users hear where they are. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Werkbord` : 'Werkbord';
  }, [title]);
}
