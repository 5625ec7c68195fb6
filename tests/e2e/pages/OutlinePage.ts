import type { BrowserContext, Locator, Page } from 'playwright-core';
import { focusedName } from './keyboard.ts';

/** Key under which the board page remembers the chosen view (client/src/board/outline/useBoardViewMode.ts). */
const VIEW_KEY = 'werkbord:boardView';

/**
 * A group board in its outline view ("Lijst"): sections with their notes as lists. Notes are
 * addressed by their document id (`data-outline-note`), sections by their title.
 */
export class OutlinePage {
  constructor(readonly page: Page) {}

  /** Makes every page of the context open boards in the outline view (as if chosen before). */
  static async preferOutline(context: BrowserContext): Promise<void> {
    await context.addInitScript((key) => localStorage.setItem(key, 'outline'), VIEW_KEY);
  }

  async goto(link: string): Promise<void> {
    await this.page.goto(link);
    await this.waitUntilLoaded();
  }

  /** Waits until the first sync with the server is done and the outline shows. */
  async waitUntilLoaded(): Promise<void> {
    await this.page.locator('.connection[data-state="saved"], .connection[data-state="online"]').waitFor();
    await this.heading.waitFor();
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 2, name: 'Bord als lijst' });
  }

  /** The connection badge's state: connecting, reconnecting, offline, saving, saved, online, locked, closed. */
  status(): Promise<string | null> {
    return this.page.locator('.connection').getAttribute('data-state');
  }

  /** "stored" once every edit is kept in this browser (IndexedDB). */
  localStatus(): Promise<string | null> {
    return this.page.locator('.connection').getAttribute('data-local');
  }

  async waitUntilSaved(): Promise<void> {
    await this.page.locator('.connection[data-state="saved"]').waitFor();
  }

  async waitUntilStoredLocally(): Promise<void> {
    await this.page.locator('.connection[data-local="stored"]').waitFor();
  }

  /** The list of one section, by its title (or "Zonder sectie"). */
  section(title: string): Locator {
    return this.page.locator('section[data-outline-section]').filter({
      has: this.page.getByRole('heading', { level: 3, name: new RegExp(`^${escape(title)} \\(`) }),
    });
  }

  note(id: string): Locator {
    return this.page.locator(`[data-outline-note="${id}"]`);
  }

  /** Ids of the notes listed in a section, in list order. */
  noteIds(sectionTitle?: string): Promise<string[]> {
    const scope = sectionTitle ? this.section(sectionTitle) : this.page.locator('.outline');
    return scope.locator('[data-outline-note]').evaluateAll((els) => els.map((e) => e.getAttribute('data-outline-note') ?? ''));
  }

  /** Text of a note as shown (textarea value, or the read-only text). */
  noteText(id: string): Promise<string> {
    return this.note(id).evaluate((el) => {
      const field = el.querySelector('textarea');
      return field ? field.value : el.querySelector('.outline-note__text')?.textContent ?? '';
    });
  }

  /** The title of the section a note is listed in. */
  sectionOf(id: string): Promise<string> {
    return this.note(id).evaluate((el) => {
      const heading = el.closest('section[data-outline-section]')?.querySelector('h3');
      return heading?.firstChild?.textContent?.trim() ?? '';
    });
  }

  /** Votes shown on a note. */
  async votes(id: string): Promise<number> {
    return Number(await this.note(id).locator('[data-votes]').getAttribute('data-votes'));
  }

  /** Votes this person has left, as the toolbar says. */
  async votesLeft(): Promise<number> {
    return Number(await this.page.locator('[data-votes-left]').getAttribute('data-votes-left'));
  }

  /** Clicks "Notitie toevoegen" of a section, types `text`, and returns the new note's id. */
  async addNote(sectionTitle: string, text: string): Promise<string> {
    const before = new Set(await this.noteIds());
    await this.section(sectionTitle).getByRole('button', { name: /^\+? ?Notitie toevoegen/ }).click();
    const id = await this.newNoteId(before);
    await this.note(id).locator('textarea').pressSequentially(text);
    return id;
  }

  /** Waits for a note id that is not in `before`. */
  async newNoteId(before: Set<string>): Promise<string> {
    const handle = await this.page.waitForFunction((known) => {
      const ids = [...document.querySelectorAll('[data-outline-note]')].map((e) => e.getAttribute('data-outline-note'));
      return ids.find((id) => id && !known.includes(id)) ?? false;
    }, [...before]);
    return (await handle.jsonValue()) as string;
  }

  /** Waits until a note shows exactly `text` and returns its id. */
  async noteByText(text: string): Promise<string> {
    const handle = await this.page.waitForFunction((wanted) => {
      for (const el of document.querySelectorAll('[data-outline-note]')) {
        const field = el.querySelector('textarea');
        const shown = field ? field.value : el.querySelector('.outline-note__text')?.textContent;
        if (shown === wanted) return el.getAttribute('data-outline-note');
      }
      return false;
    }, text);
    return (await handle.jsonValue()) as string;
  }

  /**
   * The accessible name of the focused element, roughly as a screen reader says it: a form
   * field by its label, anything else by aria-label or its text (visually hidden parts too).
   */
  focusedName(): Promise<string> {
    return focusedName(this.page, { hiddenText: true });
  }

  /**
   * Presses Tab (or Shift+Tab) until the focused element's name matches, as a keyboard user
   * moves through the page; fails after `max` presses, naming what it passed.
   */
  async tabTo(name: RegExp, { back = false, max = 80 } = {}): Promise<void> {
    const seen: string[] = [];
    for (let i = 0; i < max; i++) {
      await this.page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
      const now = await this.focusedName();
      if (name.test(now)) return;
      seen.push(now);
    }
    throw new Error(`no focusable element named ${name} within ${max} Tab presses; passed: ${seen.join(' | ')}`);
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
