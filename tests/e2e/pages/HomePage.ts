import type { Locator, Page } from 'playwright-core';

/** `/`: the create-workshop form and, after submitting, the list of links. */
export class HomePage {
  constructor(readonly page: Page) {}

  async goto(origin: string): Promise<void> {
    await this.page.goto(`${origin}/`);
    await this.titleInput.waitFor();
  }

  get titleInput(): Locator {
    return this.page.getByLabel('Titel van de workshop');
  }

  groupInput(n: number): Locator {
    return this.page.getByLabel(`Naam van groep ${n}`, { exact: true });
  }

  /** Makes the group rows exactly `names`, adding or removing rows as needed. */
  async setGroups(names: string[]): Promise<void> {
    const rows = () => this.page.locator('.group-rows__row');
    while ((await rows().count()) < names.length) await this.page.getByRole('button', { name: 'Groep toevoegen' }).click();
    while ((await rows().count()) > names.length) {
      await rows().last().getByRole('button', { name: /^Verwijder/ }).click();
    }
    for (const [i, name] of names.entries()) await this.groupInput(i + 1).fill(name);
  }

  async create(title: string, groups: string[]): Promise<void> {
    await this.titleInput.fill(title);
    await this.setGroups(groups);
    await this.submit();
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Workshop aanmaken' }).click();
  }

  /** After creating, the browser is on the organiser page, which says so above the rest. */
  get createdHeading(): Locator {
    return this.page.getByRole('heading', { level: 2, name: 'Workshop aangemaakt' });
  }

  /** The URL in the copy field of the link card called `name` (e.g. "Organisator"). */
  linkValue(name: string): Promise<string> {
    return this.page.getByLabel(`Link: ${name}`, { exact: true }).inputValue();
  }

  copyButton(name: string): Locator {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.page.getByRole('button', { name: new RegExp(`^Kopiëren\\W+Link: ${escaped}$`) });
  }

  /** The QR codes of the link list (the organiser page also draws them on table cards). */
  get qrImages(): Locator {
    return this.page.locator('.link-list img[alt^="QR-code"]');
  }
}
