/**
 * Hashes of tokens revoked in the last minute. A socket whose token was checked just before a
 * rotation may register only after the rotation closed the sockets it knew of; both channels
 * ask this list when they register a socket, so that such a socket is closed too. A minute is
 * far longer than any admission takes (UPGRADE_TIMEOUT_MS); after that the storage, which no
 * longer knows the hash, refuses the token by itself.
 */
export class RevokedTokens {
  private readonly at = new Map<string, number>();

  constructor(private readonly keepMs = 60_000, private readonly now: () => number = Date.now) {}

  add(hashes: readonly string[]): void {
    const now = this.now();
    for (const [hash, when] of this.at) if (now - when > this.keepMs) this.at.delete(hash);
    for (const hash of hashes) this.at.set(hash, now);
  }

  has(hash: string): boolean {
    const when = this.at.get(hash);
    return when !== undefined && this.now() - when <= this.keepMs;
  }
}
