import type { Locator, Page } from 'playwright-core';

export interface ActionPointFill {
  title: string;
  body: string;
  /** Checkbox labels as shown, e.g. "Gemeente". */
  parties: string[];
  /** The lead as shown in the select, e.g. "Gemeente". */
  lead: string;
  timeframe: string;
}

/**
 * The session layer on a group board (session/board/): the bar with segment, timer, message
 * and lock notice, and the drawer with the action-point panel and the ballot. Independent of
 * how the board itself is drawn.
 */
export class SessionBoard {
  constructor(readonly page: Page) {}

  async goto(link: string): Promise<void> {
    await this.page.goto(link);
    await this.page.locator('.session-layer').waitFor({ state: 'attached' });
  }

  get panel(): Locator {
    return this.page.locator('.ap-panel');
  }

  slot(slot: 0 | 1): Locator {
    return this.page.locator(`.ap-slot[data-slot="${slot}"]`);
  }

  get submitButton(): Locator {
    return this.page.getByRole('button', { name: 'Actiepunten indienen', exact: true });
  }

  /** What the "still needed" summary says, one full sentence per problem (as a screen reader hears it). */
  missing(): Promise<string[]> {
    return this.page.locator('.ap-summary__list [data-testid="problem-text"]').allTextContents();
  }

  /** Types into a field by keyboard, as a person would (focus, then keys). */
  async type(slot: 0 | 1, label: string, text: string): Promise<void> {
    await this.slot(slot).getByLabel(label, { exact: true }).focus();
    await this.page.keyboard.type(text);
  }

  async fill(slot: 0 | 1, ap: ActionPointFill): Promise<void> {
    const s = this.slot(slot);
    await this.type(slot, 'Wat (korte titel)', ap.title);
    await this.type(slot, 'Waarom en hoe (een paar zinnen)', ap.body);
    for (const party of ap.parties) {
      await s.getByRole('checkbox', { name: party, exact: true }).focus();
      await this.page.keyboard.press('Space');
    }
    await s.getByLabel('Trekker', { exact: true }).selectOption({ label: ap.lead });
    await this.type(slot, 'Termijn (bijvoorbeeld: voor de zomer)', ap.timeframe);
  }

  get lockNotice(): Locator {
    return this.page.getByTestId('lock-notice');
  }

  timerPhase(): Promise<string | null> {
    return this.page.locator('.timer--board').getAttribute('data-phase');
  }

  message(): Promise<string> {
    return this.page.locator('.session-bar__message').innerText();
  }

  get ballot(): Locator {
    return this.page.locator('.ballot');
  }

  ballotItem(apKey: string): Locator {
    return this.page.locator(`.ballot-item[data-ap-key="${apKey}"]`);
  }

  async vote(apKey: string, delta: 1 | -1): Promise<void> {
    const item = this.ballotItem(apKey);
    await item.getByRole('button', { name: delta > 0 ? /^Stem op / : /^Stem terugnemen/ }).click();
  }

  votesLeft(): Promise<string> {
    return this.page.getByTestId('votes-left').innerText();
  }

  myVotes(apKey: string): Promise<string> {
    return this.ballotItem(apKey).getByTestId('my-votes').locator('[aria-hidden="true"]').innerText();
  }
}
