const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A random id from `crypto.getRandomValues`. Not `crypto.randomUUID`: browsers only offer that
 * in secure contexts, and a venue laptop often opens the server by its plain-http LAN address.
 */
export function randomId(length = 12): string {
  const bytes = new Uint8Array(length);
  globalThis.crypto.getRandomValues(bytes);
  let id = '';
  for (const b of bytes) id += alphabet[b % alphabet.length];
  return id;
}
