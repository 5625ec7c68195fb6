import type { Page } from 'playwright-core';

/** `/w/:id/join#t=…`: pick a group, optionally a name, go to the board. */
export class JoinPage {
  constructor(readonly page: Page) {}

  async goto(joinLink: string): Promise<void> {
    await this.page.goto(joinLink);
    await this.page.getByRole('group', { name: 'Kies je groep' }).waitFor();
  }

  /** Joins `group` as `name` and waits until the board page is shown. */
  async join(group: string, name?: string): Promise<void> {
    await this.page.getByRole('radio', { name: group, exact: true }).check();
    if (name !== undefined) await this.page.getByLabel('Je naam (niet verplicht)').fill(name);
    await this.page.getByRole('button', { name: 'Naar het bord' }).click();
    await this.page.waitForURL(/\/w\/[^/]+\/g\/[^/#]+$/);
  }
}
