/**
 * Copies `text` to the clipboard. `navigator.clipboard` exists only in secure contexts, and a
 * venue laptop often opens the server by its plain-http LAN address; there the selected text of
 * `fallbackField` is copied with the older `execCommand('copy')`. Returns false when neither
 * works; the text is then left selected so that Ctrl+C copies it.
 */
export async function copyText(text: string, fallbackField: HTMLInputElement | HTMLTextAreaElement | null): Promise<boolean> {
  if (window.isSecureContext && navigator.clipboard) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Permission refused (e.g. the document is not focused): try the fallback below.
    }
  }
  if (!fallbackField) return false;
  const active = document.activeElement;
  fallbackField.focus();
  fallbackField.select();
  let copied: boolean;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  // Give focus back to the button that was pressed, so keyboard users keep their place.
  if (copied && active instanceof HTMLElement) active.focus();
  return copied;
}
