import type { Download, Locator, Page } from 'playwright-core';

/** `/w/:id/organiser#t=…`: details, cases, links, table cards, exports, delete. */
export class OrganiserPage {
  constructor(readonly page: Page) {}

  async goto(link: string, title: string): Promise<void> {
    await this.page.goto(link);
    await this.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await this.page.getByRole('heading', { level: 2, name: 'Groepen en casussen' }).waitFor();
  }

  /** Waits until every QR code (links and table cards) is drawn. */
  async waitForQrCodes(): Promise<void> {
    await this.page.waitForFunction(() => document.querySelectorAll('.qr--pending').length === 0 && document.querySelectorAll('img.qr').length > 0);
  }

  section(heading: string): Locator {
    return this.page.getByRole('region', { name: heading });
  }

  /** Clicks `button` and resolves with the download it starts. */
  async download(button: Locator): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    return download;
  }

  exportButton(name: string): Locator {
    return this.page.getByRole('button', { name: `${name} downloaden`, exact: true });
  }

  boardButton(kind: 'PNG' | 'SVG', group: string): Locator {
    return this.page.getByRole('button', { name: `Bord van ${group} als ${kind} downloaden`, exact: true });
  }

  caseField(group: string): Locator {
    return this.page.getByLabel(`Casus voor ${group}`, { exact: true });
  }

  /** Opens the confirmation, types `typed` and confirms. */
  async deleteWorkshop(typed: string): Promise<void> {
    const section = this.section('Werkbord verwijderen');
    if (await section.getByRole('button', { name: 'Werkbord verwijderen' }).isVisible()) {
      await section.getByRole('button', { name: 'Werkbord verwijderen' }).click();
    }
    const field = this.page.getByLabel('Typ de titel van de workshop om te bevestigen');
    await field.fill(typed);
    await field.press('Enter');
  }
}
