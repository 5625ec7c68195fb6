import type { Locator, Page } from 'playwright-core';

export interface NotePosition {
  x: number;
  y: number;
}

/** `/w/:id/g/:groupId`: one group's board. Notes are addressed by their document id. */
export class BoardPage {
  constructor(readonly page: Page) {}

  async goto(link: string): Promise<void> {
    await this.page.goto(link);
    await this.waitUntilLoaded();
  }

  /** Waits until the first sync with the server is done (the badge leaves "connecting"). */
  async waitUntilLoaded(): Promise<void> {
    await this.page.locator('.connection[data-state="saved"], .connection[data-state="online"]').waitFor();
  }

  get addButton(): Locator {
    return this.page.getByRole('button', { name: /Notitie toevoegen/ });
  }

  /** The status shown in the header: connecting, reconnecting, offline, saving, saved, online, closed. */
  status(): Promise<string | null> {
    return this.page.locator('.connection').getAttribute('data-state');
  }

  /** Waits until every local edit is stored on the server ("Alles opgeslagen"). */
  async waitUntilSaved(): Promise<void> {
    await this.page.locator('.connection[data-state="saved"]').waitFor();
  }

  note(id: string): Locator {
    return this.page.locator(`[data-note-id="${id}"]`);
  }

  noteIds(): Promise<string[]> {
    return this.page.locator('[data-note-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-note-id') ?? ''));
  }

  /** Clicks "Notitie toevoegen" and returns the new note's id (its text field has focus). */
  async addNote(): Promise<string> {
    const before = new Set(await this.noteIds());
    await this.addButton.click();
    return this.newNoteId(before);
  }

  /** Waits for a note id that is not in `before`. */
  async newNoteId(before: Set<string>): Promise<string> {
    const handle = await this.page.waitForFunction((known) => {
      const ids = [...document.querySelectorAll('[data-note-id]')].map((e) => e.getAttribute('data-note-id'));
      return ids.find((id) => id && !known.includes(id)) ?? false;
    }, [...before]);
    return (await handle.jsonValue()) as string;
  }

  /** Waits until a note shows exactly `text` and returns its id. */
  async noteByText(text: string): Promise<string> {
    const handle = await this.page.waitForFunction((wanted) => {
      for (const el of document.querySelectorAll('[data-note-id]')) {
        const field = el.querySelector('textarea');
        const shown = field ? field.value : el.querySelector('.note__text')?.textContent;
        if (shown === wanted) return el.getAttribute('data-note-id');
      }
      return false;
    }, text);
    return (await handle.jsonValue()) as string;
  }

  noteText(id: string): Promise<string> {
    return this.note(id).locator('textarea').inputValue();
  }

  /** Replaces the text of a note by typing, as a person would. */
  async editNote(id: string, text: string): Promise<void> {
    const field = this.note(id).locator('textarea');
    await field.click();
    await field.press('ControlOrMeta+a');
    await field.pressSequentially(text);
  }

  /** The note's position on the board, as stored in the document. */
  async notePosition(id: string): Promise<NotePosition> {
    const transform = await this.note(id).evaluate((el) => (el as HTMLElement).style.transform);
    const m = /translate\((-?\d+(?:\.\d+)?)px,\s*(-?\d+(?:\.\d+)?)px\)/.exec(transform);
    if (!m) throw new Error(`note ${id} has no position (transform: ${transform})`);
    return { x: Number(m[1]), y: Number(m[2]) };
  }

  /** Drags a note by its handle with the mouse, in several steps. */
  async dragNote(id: string, dx: number, dy: number): Promise<void> {
    const box = await this.note(id).locator('.note__handle').boundingBox();
    if (!box) throw new Error(`note ${id} is not visible`);
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + dx / 2, y + dy / 2, { steps: 5 });
    await this.page.mouse.move(x + dx, y + dy, { steps: 5 });
    await this.page.mouse.up();
  }

  /** Names in the "Online" list, in order (yourself first). */
  onlineNames(): Promise<string[]> {
    return this.page.locator('.presence__name').allTextContents();
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
      return el.textContent?.trim() ?? el.tagName;
    });
  }
}
