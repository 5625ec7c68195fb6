import type { Locator, Page } from 'playwright-core';

/** `/w/:id/facilitator#t=…`: the facilitator's console. Groups are addressed by name. */
export class ConsolePage {
  constructor(readonly page: Page) {}

  async goto(link: string): Promise<void> {
    await this.page.goto(link);
    await this.waitUntilReady();
  }

  /** The console is connected and shows the live state (the timer section is drawn from it). */
  async waitUntilReady(): Promise<void> {
    await this.page.getByRole('heading', { level: 2, name: 'Timer' }).waitFor();
    await this.page.getByText('Verbonden', { exact: true }).waitFor();
  }

  groupCard(name: string): Locator {
    return this.page.locator('.group-card', { has: this.page.getByRole('heading', { level: 3, name, exact: true }) });
  }

  /** "0/2 compleet", "2/2 compleet, nog niet ingediend" or "Ingediend". */
  apStatus(group: string): Promise<string> {
    return this.groupCard(group).locator('[data-fact="actionPoints"]').innerText();
  }

  fact(group: string, fact: 'online' | 'notes'): Promise<string> {
    return this.groupCard(group).locator(`[data-fact="${fact}"]`).innerText();
  }

  /** The last status line: what was done, or why the server refused it. */
  status(): Promise<string> {
    return this.page.getByTestId('console-status').innerText();
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name, exact: typeof name === 'string' });
  }

  async openActionStep(): Promise<void> {
    await this.button('Stap actiepunten openen').click();
    await this.page.getByTestId('action-step-state').filter({ hasText: 'is open' }).waitFor();
  }

  async startTimer(minutes: number): Promise<void> {
    await this.page.getByLabel('Minuten', { exact: true }).fill(String(minutes));
    await this.button('Start').click();
    await this.page.locator('.timer--console[data-phase="running"]').first().waitFor();
  }

  async sendMessage(text: string): Promise<void> {
    await this.page.getByLabel(/^Bericht \(kort/).fill(text);
    await this.button('Versturen').click();
    await this.page.getByTestId('current-message').filter({ hasText: text }).waitFor();
  }

  async lockAll(): Promise<void> {
    await this.button('Alle borden op slot').click();
    await this.page.getByTestId('lock-state').filter({ hasText: 'Alle borden staan op slot.' }).waitFor();
  }

  async reopen(group: string): Promise<void> {
    await this.groupCard(group).getByRole('button', { name: /^Actiepunten heropenen/ }).click();
  }

  async revealAll(): Promise<void> {
    await this.button('Alle groepen tonen').click();
  }

  async openBallot(votesPerPerson: number): Promise<void> {
    await this.page.getByLabel('Stemmen per persoon').fill(String(votesPerPerson));
    await this.button('Stemronde openen').click();
    await this.page.getByTestId('ballot-state').filter({ hasText: 'is open' }).waitFor();
  }

  async closeBallot(): Promise<void> {
    await this.button('Stemronde sluiten').click();
    await this.page.getByTestId('ballot-state').filter({ hasText: 'is dicht' }).waitFor();
  }

  /** Merges the action points with these labels ("Groep A · 1: title") into a theme. */
  async mergeTheme(labels: string[], title: string): Promise<void> {
    const section = this.page.locator('.console-section', { has: this.page.getByRole('heading', { name: 'Dubbele actiepunten samenvoegen' }) });
    for (const label of labels) await section.getByRole('checkbox', { name: label, exact: true }).check();
    await section.getByLabel('Naam van het thema').fill(title);
    await section.getByRole('button', { name: 'Samenvoegen tot thema' }).click();
    await section.locator('.theme__title', { hasText: title }).waitFor();
  }

  async splitTheme(title: string): Promise<void> {
    const section = this.page.locator('.console-section', { has: this.page.getByRole('heading', { name: 'Dubbele actiepunten samenvoegen' }) });
    const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // The theme's name is hidden text after the visible label; Chromium puts a space before it.
    await section.getByRole('button', { name: new RegExp(`^Thema opheffen\\W+${escaped}$`) }).click();
    await section.locator('.theme__title', { hasText: title }).waitFor({ state: 'detached' });
  }

  /** The decision form of one action point, by its key `<groupId>:<slot>`. */
  decision(apKey: string): Locator {
    return this.page.locator(`.decision[data-ap-key="${apKey}"]`);
  }

  async recordDecision(apKey: string, status: 'Aangenomen' | 'Aangenomen met wijziging' | 'Geparkeerd', text?: string): Promise<void> {
    const form = this.decision(apKey);
    await form.getByRole('radio', { name: status, exact: true }).check();
    if (text !== undefined) await form.getByLabel('Nieuwe tekst').fill(text);
    await form.getByRole('button', { name: /^Besluit vastleggen/ }).click();
    await form.getByTestId('decision-current').filter({ hasText: `Besluit: ${status}` }).waitFor();
  }
}
