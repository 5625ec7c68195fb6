/** Largest side of a PNG, in pixels: canvases much larger fail or exhaust memory on laptops. */
const MAX_SIDE = 4096;
/** Small boards are drawn at twice their size, so that the PNG stays sharp on paper. */
const MAX_SCALE = 2;

/**
 * Draws an SVG (from the server's board export) into a canvas and returns it as a PNG. Done
 * in the browser so that the server needs no native image library. The SVG holds no external
 * reference or foreignObject, so the canvas stays readable (not "tainted").
 */
export async function svgToPng(svg: Blob): Promise<{ blob: Blob; width: number; height: number }> {
  const url = URL.createObjectURL(svg.type === 'image/svg+xml' ? svg : new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const w = image.naturalWidth || 800;
    const h = image.naturalHeight || 500;
    const scale = Math.min(MAX_SCALE, MAX_SIDE / Math.max(w, h));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(w * scale));
    canvas.height = Math.max(1, Math.round(h * scale));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the canvas gave no PNG');
    return { blob, width: canvas.width, height: canvas.height };
  } finally {
    URL.revokeObjectURL(url);
  }
}
