import type { Locator, Page } from 'playwright-core';

export interface NotePosition {
  x: number;
  y: number;
}

export interface Point {
  x: number;
  y: number;
}

export type CanvasTool = 'Selecteren' | 'Tekst' | 'Rechthoek' | 'Ellips' | 'Pijl' | 'Pen' | 'Gum';

/**
 * `/w/:id/g/:groupId`: one group's board, drawn on a canvas. Items are addressed by their
 * document id through the canvas's hidden item list (one button per item, carrying
 * data-item-id, data-x, data-y, data-text) and the text editor laid over the canvas.
 */
export class BoardPage {
  constructor(readonly page: Page) {}

  async goto(link: string): Promise<void> {
    await this.page.goto(link);
    await this.waitUntilLoaded();
  }

  /** Waits until the first sync with the server is done and the item list shows the board. */
  async waitUntilLoaded(): Promise<void> {
    await this.page.locator('.connection[data-state="saved"], .connection[data-state="online"]').waitFor();
    await this.settled();
  }

  /**
   * Waits until the hidden item list holds as many items as the canvas draws: the list
   * catches up with the board a moment after the canvas does.
   */
  async settled(): Promise<void> {
    await this.page.waitForFunction(() => {
      const list = document.querySelector('.canvas-items');
      const canvas = document.querySelector('canvas[data-count]');
      return !!list && !!canvas && list.getAttribute('data-count') === canvas.getAttribute('data-count');
    });
  }

  get addButton(): Locator {
    return this.page.getByRole('button', { name: /Notitie toevoegen/ });
  }

  get canvas(): Locator {
    return this.page.locator('canvas.canvas-board__canvas');
  }

  /** The board region (the canvas's keyboard focus target). */
  get region(): Locator {
    return this.page.getByRole('region', { name: 'Tekenvlak van het bord' });
  }

  /** A tool button of the toolbar ("Pen", "Pijl (…)", …). */
  tool(name: CanvasTool): Locator {
    return this.page.locator('.tool-button').and(this.page.getByRole('button', { name: new RegExp(`^${name}`) }));
  }

  /** The editor laid over the item whose text is being typed, if any. */
  get editor(): Locator {
    return this.page.locator('textarea.canvas-editor');
  }

  /** Double-clicks a board point (on an empty spot: a new note; on an item: edit its text). */
  async doubleClickAt(p: Point): Promise<void> {
    const s = await this.toScreen(p);
    await this.page.mouse.dblclick(s.x, s.y);
  }

  /** Clicks a board point (select what is there). */
  async clickAt(p: Point, options: { modifiers?: ('Shift' | 'Control')[] } = {}): Promise<void> {
    const s = await this.toScreen(p);
    for (const m of options.modifiers ?? []) await this.page.keyboard.down(m);
    await this.page.mouse.click(s.x, s.y);
    for (const m of options.modifiers ?? []) await this.page.keyboard.up(m);
  }

  /** Drags between two board points (with whatever tool is chosen). */
  async dragBoard(from: Point, to: Point, steps = 10): Promise<void> {
    await this.drag(await this.toScreen(from), await this.toScreen(to), steps);
  }

  /** The accessible name of an item's button in the item list. */
  itemLabel(id: string): Promise<string | null> {
    return this.item(id).getAttribute('aria-label');
  }

  /** The status shown in the header: connecting, reconnecting, offline, saving, saved, online, closed. */
  status(): Promise<string | null> {
    return this.page.locator('.connection').getAttribute('data-state');
  }

  /** Waits until every local edit is stored on the server ("Alles opgeslagen"). */
  async waitUntilSaved(): Promise<void> {
    await this.page.locator('.connection[data-state="saved"]').waitFor();
  }

  /** An item's button in the hidden item list. */
  item(id: string): Locator {
    return this.page.locator(`.canvas-items button[data-item-id="${id}"]`);
  }

  note(id: string): Locator {
    return this.item(id);
  }

  /** Ids of the items of one kind ('note', 'arrow', 'stroke', …) in list (reading) order. */
  async itemIds(kind?: string): Promise<string[]> {
    await this.settled();
    const selector = kind ? `.canvas-items button[data-item-kind="${kind}"]` : '.canvas-items button[data-item-id]';
    return this.page.locator(selector).evaluateAll((els) => els.map((e) => e.getAttribute('data-item-id') ?? ''));
  }

  noteIds(): Promise<string[]> {
    return this.itemIds('note');
  }

  /** Clicks "Notitie toevoegen" and returns the new note's id (its text field has focus). */
  async addNote(): Promise<string> {
    const before = new Set(await this.noteIds());
    await this.addButton.click();
    return this.newNoteId(before);
  }

  /** Waits for a note id that is not in `before` (in the list or the text editor). */
  async newNoteId(before: Set<string>): Promise<string> {
    return this.newItemId(before, '[data-note-id]', 'data-note-id');
  }

  /** Waits for an item id (of any kind, or matching `selector`) that is not in `before`. */
  async newItemId(before: Set<string>, selector = '.canvas-items button[data-item-id]', attribute = 'data-item-id'): Promise<string> {
    const handle = await this.page.waitForFunction(([known, sel, attr]) => {
      const ids = [...document.querySelectorAll(sel)].map((e) => e.getAttribute(attr));
      return ids.find((id) => id && !known.includes(id)) ?? false;
    }, [[...before], selector, attribute] as const);
    return (await handle.jsonValue()) as string;
  }

  /** Waits until a note shows exactly `text` and returns its id. */
  async noteByText(text: string): Promise<string> {
    const handle = await this.page.waitForFunction((wanted) => {
      for (const el of document.querySelectorAll('.canvas-items button[data-item-kind="note"]')) {
        if (el.getAttribute('data-text') === wanted) return el.getAttribute('data-item-id');
      }
      return false;
    }, text);
    return (await handle.jsonValue()) as string;
  }

  /** The note's text as this page shows it: in its editor while open, else as drawn. */
  noteText(id: string): Promise<string> {
    return this.page.evaluate((noteId) => {
      const field = document.querySelector<HTMLTextAreaElement>(`.canvas-editor__host[data-note-id="${noteId}"] textarea`);
      if (field) return field.value;
      return document.querySelector(`.canvas-items button[data-item-id="${noteId}"]`)?.getAttribute('data-text') ?? '';
    }, id);
  }

  /** Replaces the text of a note by typing, as a keyboard user would: Tab-focus it, Enter, type. */
  async editNote(id: string, text: string): Promise<void> {
    await this.item(id).focus();
    await this.page.keyboard.press('Enter');
    const field = this.page.locator(`.canvas-editor__host[data-note-id="${id}"] textarea`);
    await field.waitFor();
    await field.press('ControlOrMeta+a');
    await field.pressSequentially(text);
  }

  /** The item's top-left corner on the board, as the page last listed it. */
  async notePosition(id: string): Promise<NotePosition> {
    const item = this.item(id);
    const [x, y] = await Promise.all([item.getAttribute('data-x'), item.getAttribute('data-y')]);
    if (x === null || y === null) throw new Error(`item ${id} has no position`);
    return { x: Number(x), y: Number(y) };
  }

  /** Where a board point is on the page (CSS pixels), from the canvas's camera. */
  async toScreen(p: Point): Promise<Point> {
    const box = await this.canvas.boundingBox();
    const { x, y, z } = await this.camera();
    if (!box) throw new Error('the canvas is not shown');
    return { x: box.x + box.width / 2 + (p.x - x) * z, y: box.y + box.height / 2 + (p.y - y) * z };
  }

  /** The camera: the board point at the canvas's centre and the zoom (the canvas's `boardCamera`). */
  camera(): Promise<{ x: number; y: number; z: number }> {
    return this.canvas.evaluate((el) => {
      const { x, y, z } = (el as HTMLCanvasElement & { boardCamera: { x: number; y: number; z: number } }).boardCamera;
      return { x, y, z };
    });
  }

  /**
   * Drags a note with the mouse by its top edge (the strip that stays free while its text is
   * being edited; away from the middle, where a selected note has a resize handle), in
   * several steps; dx, dy in screen pixels.
   */
  async dragNote(id: string, dx: number, dy: number): Promise<void> {
    const at = await this.notePosition(id);
    const start = await this.toScreen({ x: at.x + 50, y: at.y + 5 });
    await this.drag(start, { x: start.x + dx, y: start.y + dy });
  }

  /** Presses at `from`, moves to `to` in steps, releases. */
  async drag(from: Point, to: Point, steps = 10): Promise<void> {
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    for (let i = 1; i <= steps; i++) {
      await this.page.mouse.move(from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps);
    }
    await this.page.mouse.up();
  }

  /** Names in the "Online" list, in order (yourself first). */
  onlineNames(): Promise<string[]> {
    return this.page.locator('.presence__name').allTextContents();
  }

  /** Each person in the online list: name, avatar initials and avatar colour (computed rgb). */
  onlinePeople(): Promise<{ name: string; initials: string; color: string }[]> {
    return this.page.locator('.presence__person').evaluateAll((items) => items.map((li) => {
      const avatar = li.querySelector('.avatar') as HTMLElement;
      return {
        name: li.querySelector('.presence__name')?.textContent ?? '',
        initials: avatar.textContent ?? '',
        color: getComputedStyle(avatar).backgroundColor,
      };
    }));
  }

  get errorAlert(): Locator {
    return this.page.getByRole('alert');
  }

  /** The element that has keyboard focus: "note:<id>", "text:<id>", or its accessible text. */
  focused(): Promise<string> {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      if (!el) return 'none';
      const note = el.closest('[data-note-id]');
      if (note) return `${el === note ? 'note' : el.tagName === 'TEXTAREA' ? 'text' : 'inside'}:${note.getAttribute('data-note-id')}`;
      return el.textContent?.trim() || el.getAttribute('aria-label') || el.tagName;
    });
  }
}
