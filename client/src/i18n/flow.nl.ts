/*
 * Strings of the workshop flow across roles (issue 10): deletion seen from every page, the
 * organiser link after creating, live title, defaults, links. Dutch is the reference.
 */
export const flowNl = {
  deleted: {
    title: 'Deze workshop is verwijderd',
    detail: 'De organisator heeft de workshop met alle borden, actiepunten en links van de server gewist. Deze pagina toont niets meer van de inhoud en werkt niet meer.',
    home: 'Naar de startpagina',
  },
};
