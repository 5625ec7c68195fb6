/*
 * An amendment ("aangenomen met wijziging") replaces an action point's text. The console
 * prefills the original to edit, and both the console and the server refuse an "amendment"
 * that changes nothing: it would be an adoption under another name.
 */

/** The text an amendment starts from: the group's title and body. */
export function amendmentOriginal(ap: { title: string; body: string }): string {
  return `${ap.title}\n\n${ap.body}`.trim();
}

/** Whether an amendment's text changes the original (runs of white space count as one). */
export function amendsText(text: string, original: string): boolean {
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
  return squash(text) !== squash(original);
}

/**
 * What an amended text shows where only titles fit (the ballot's ranking): its first line that
 * is not blank. The console prefills the original as "title, blank line, body", so that line is
 * the amended title; a one-line amendment is its own title.
 */
export function amendedHeadline(text: string): string {
  return text.split('\n').map((line) => line.trim()).find((line) => line.length > 0) ?? '';
}
