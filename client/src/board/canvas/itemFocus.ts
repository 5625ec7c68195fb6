/**
 * Moves keyboard focus to an item's button in the hidden item list, now or, when the list has
 * not caught up with a new item yet, as soon as it renders it. Focus must never fall back to
 * <body> after an edit or a delete: a keyboard user would lose their place on the page.
 */
export class ItemFocus {
  private pending: string | null = null;

  constructor(private readonly root: () => HTMLElement | null) {}

  request(id: string): void {
    if (!this.tryFocus(id)) this.pending = id;
  }

  /** Called by the list after it rendered. */
  flush(): void {
    if (this.pending && this.tryFocus(this.pending)) this.pending = null;
  }

  button(id: string): HTMLButtonElement | null {
    return this.root()?.querySelector<HTMLButtonElement>(`button[data-item-id="${CSS.escape(id)}"]`) ?? null;
  }

  private tryFocus(id: string): boolean {
    const el = this.button(id);
    if (!el) return false;
    el.focus({ preventScroll: true });
    return true;
  }
}
