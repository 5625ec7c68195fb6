import { useEffect, useState } from 'react';

/** Loaded on first use: participants' pages never show a QR code and need not download it. */
const loadQrCode = () => import('qrcode').then((m) => m.default);

/**
 * A QR code as a data: image (allowed by the CSP's `img-src data:`), drawn in the browser so
 * that no request leaves the server. `size` is the pixel size it is drawn at; CSS may scale it.
 */
export function QrCode({ value, alt, size = 240, className }: {
  value: string; alt: string; size?: number; className?: string;
}) {
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    let current = true;
    loadQrCode().then((QRCode) => QRCode.toDataURL(value, { width: size, margin: 1, errorCorrectionLevel: 'M' })).then(
      (url) => current && setSrc(url),
      (err: unknown) => console.error('could not draw QR code', err),
    );
    return () => {
      current = false;
    };
  }, [value, size]);
  if (!src) return <span className={`qr qr--pending ${className ?? ''}`} aria-hidden="true" />;
  return <img className={`qr ${className ?? ''}`} src={src} alt={alt} width={size} height={size} />;
}
