/*
 * Strings of the workshop flow across roles (issue 10): deletion seen from every page, the
 * organiser link after creating, live title, defaults, links. Dutch is the reference.
 */
export const flowNl = {
  date: {
    placeholder: 'dd-mm-jjjj',
    hint: 'Dag-maand-jaar, bijvoorbeeld 12-03-2026.',
    invalid: 'Dit is geen datum: typ dag-maand-jaar, bijvoorbeeld 12-03-2026.',
  },
  links: {
    localTitle: 'De links wijzen naar deze computer',
    localDetail: 'De links en QR-codes beginnen met {{base}}: die werken alleen op deze computer, niet op de laptops in de zaal. Start de server met HOST=0.0.0.0 (dan gebruiken de links het netwerkadres) of zet PUBLIC_URL op het adres waarop de zaal de server bereikt.',
  },
  limited: 'Je hebt deze pagina geopend met de link van de rol {{role}}: je ziet alleen wat die rol mag. Gegevens wijzigen, exporteren, links vervangen en verwijderen kan alleen de organisator.',
  lock: {
    lock: 'Op slot zetten',
    unlock: 'Van het slot halen',
  },
  ballot: {
    notFinal: 'Niet op de stemlijst, want nog niet ingediend: {{groups}}.',
    allFinal: 'Alle groepen met actiepunten hebben ingediend: alles staat op de stemlijst.',
    showResult: 'Uitslag op het plenaire scherm',
    resultShown: 'De uitslag staat op het plenaire scherm.',
    resultHidden: 'De uitslag is van het plenaire scherm gehaald.',
    result: 'Uitslag van de stemronde',
  },
  step: {
    offerReveal: 'Het plenaire scherm toont de groepen nog niet. Nu alle groepen tonen?',
    revealAll: 'Alle groepen op het plenaire scherm tonen',
  },
  decision: {
    original: 'Oorspronkelijke tekst:',
    needsText: 'Een wijziging heeft een nieuwe tekst nodig die anders is dan het oorspronkelijke actiepunt.',
  },
  programme: {
    heading: 'Programma',
    hint: 'Het programma van de dag, zoals de begeleider en het plenaire scherm het tonen. Nieuwe workshops beginnen met een neutraal programma: pas tijden en onderdelen hier aan, vóór de dag.',
  },
  bookmark: {
    created: 'Workshop aangemaakt',
    text: 'Dit is je organisatorpagina. Zet hem nu in je bladwijzers (Ctrl+D, op een Mac ⌘D): de link in de adresbalk is de enige weg terug naar deze workshop, ook na herladen. Hij geeft alle rechten; deel hem niet.',
  },
  deleted: {
    title: 'Deze workshop is verwijderd',
    detail: 'De organisator heeft de workshop met alle borden, actiepunten en links van de server gewist. Deze pagina toont niets meer van de inhoud en werkt niet meer.',
    home: 'Naar de startpagina',
  },
};
