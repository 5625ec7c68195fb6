import type { Locator, Page } from 'playwright-core';

/** `/w/:id/plenary#t=…`: the beamer view. Groups are addressed by name. */
export class PlenaryPage {
  constructor(readonly page: Page) {}

  /** Opens the beamer view at 1920×1080 and waits for the first snapshot. */
  async goto(link: string): Promise<void> {
    await this.page.setViewportSize({ width: 1920, height: 1080 });
    await this.page.goto(link);
    await this.page.locator('.beamer__grid, .beamer__ranking').first().waitFor();
  }

  tile(group: string): Locator {
    return this.page.locator('.tile', { has: this.page.getByRole('heading', { level: 2, name: group, exact: true }) });
  }

  /** The action-point titles a group's tile shows (none while it is not revealed). */
  titles(group: string): Promise<string[]> {
    return this.tile(group).locator('.tile__title').allInnerTexts();
  }

  async isSubmitted(group: string): Promise<boolean> {
    return (await this.tile(group).getByTestId('submitted-mark').count()) > 0;
  }

  timerPhase(): Promise<string | null> {
    return this.page.locator('.timer--plenary').getAttribute('data-phase');
  }

  message(): Promise<string> {
    return this.page.locator('.beamer__message').innerText();
  }

  /** The ranking while the ballot is open: `<title>: <votes>` from top to bottom. */
  ranking(): Promise<string[]> {
    return this.page.locator('.ranking--plenary .ranking__item').evaluateAll((items) =>
      items.map((li) => `${li.querySelector('.ranking__title')?.textContent ?? ''}: ${li.getAttribute('data-votes') ?? ''}`));
  }

  /** Whether anything on the page needs scrolling to be seen. */
  scrolls(): Promise<boolean> {
    return this.page.evaluate(() => {
      const doc = document.scrollingElement ?? document.documentElement;
      if (doc.scrollHeight > window.innerHeight + 1 || doc.scrollWidth > window.innerWidth + 1) return true;
      return [...document.querySelectorAll('.tile, .beamer__grid')].some((el) => el.getBoundingClientRect().bottom > window.innerHeight + 1);
    });
  }

  /** The smallest computed font size (px) of the action-point text on the tiles. */
  smallestTileFontPx(): Promise<number> {
    return this.page.evaluate(() => Math.min(...[...document.querySelectorAll('.tile__title, .tile__body, .tile__name, .submitted-mark')]
      .map((el) => parseFloat(getComputedStyle(el).fontSize))));
  }
}
