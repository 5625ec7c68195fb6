import type { ReactNode } from 'react';

/** Small stroke icons for the toolbar (inline SVG: no request, nothing for the CSP to block). */
const paths: Record<string, ReactNode> = {
  select: <path d="M5 3l12 7-5.5 1.5L14 18l-2.5 1-2.5-6.5L5 16z" />,
  text: <path d="M5 5h14M12 5v14M9 19h6" />,
  rect: <rect x="4" y="6" width="16" height="12" rx="1.5" />,
  ellipse: <ellipse cx="12" cy="12" rx="8.5" ry="6.5" />,
  arrow: <path d="M4 18L18 6M11 6h7v7" />,
  pen: <path d="M4 20c3-1 4-4 7-7l6-6a2 2 0 013 3l-6 6c-3 3-6 4-10 4z" />,
  eraser: <path d="M8 20h11M5 15l8-9a2 2 0 013 0l3 3a2 2 0 010 3l-7 8H9z" />,
  note: <path d="M5 4h14v10l-5 6H5zM14 20v-6h5" />,
  front: <path d="M8 8h11v11H8zM5 16V5h11" />,
  duplicate: <path d="M9 9h11v11H9zM5 15H4V4h11v1" />,
  delete: <path d="M5 7h14M10 7V4h4v3M7 7l1 13h8l1-13" />,
  vote: <circle cx="12" cy="12" r="5" />,
  unvote: <path d="M7 12h10" />,
  zoomIn: <path d="M12 6v12M6 12h12" />,
  zoomOut: <path d="M6 12h12" />,
  fit: <path d="M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5" />,
};

export function Icon({ name }: { name: keyof typeof paths }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"
      fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round"
    >
      {paths[name]}
    </svg>
  );
}
