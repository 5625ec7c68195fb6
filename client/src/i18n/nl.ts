/**
 * Dutch, the reference language: every key here must exist in en.ts (checked by the type
 * `Messages`). Interpolation uses {{name}}; plurals use the _one/_other suffixes of i18next.
 */
export const nl = {
  common: {
    loading: 'Laden…',
  },
  layout: {
    skipToContent: 'Naar de inhoud',
  },
  language: {
    label: 'Taal',
    names: { nl: 'Nederlands', en: 'English' },
  },
  roles: {
    organiser: 'Organisator',
    facilitator: 'Begeleider',
    plenary: 'Plenair scherm',
  },
  copy: {
    button: 'Kopiëren',
    done: 'Gekopieerd',
    doneLong: 'Gekopieerd naar het klembord.',
    failed: 'Kopiëren lukte niet. De link is geselecteerd: kopieer hem met Ctrl+C (of Cmd+C).',
  },
  home: {
    documentTitle: 'Nieuwe workshop',
    title: 'Nieuwe workshop',
    intro: 'Geef de workshop een titel en maak de groepen aan. Je krijgt daarna de links en QR-codes voor organisator, begeleider, plenair scherm en deelnemers.',
    titleLabel: 'Titel van de workshop',
    titlePlaceholder: 'Bijvoorbeeld: Werkconferentie discriminatie in de woonomgeving',
    groupsLabel: 'Groepen',
    groupsHint: 'Elke groep krijgt een eigen bord. Minimaal één, maximaal {{max}} groepen; namen moeten verschillen.',
    groupName: 'Naam van groep {{n}}',
    groupPlaceholder: 'Groep {{n}}',
    defaultGroup: 'Groep {{n}}',
    addGroup: 'Groep toevoegen',
    removeGroup: 'Verwijder {{name}}',
    create: 'Workshop aanmaken',
    creating: 'Bezig met aanmaken…',
    errors: {
      titleRequired: 'Vul een titel in.',
      titleTooLong: 'De titel is te lang.',
      groupsRequired: 'Vul minstens één groepsnaam in.',
      tooManyGroups: 'Dat zijn te veel groepen.',
      groupTooLong: 'Deze naam is te lang.',
      groupDuplicate: 'Deze naam komt al voor. Kies voor elke groep een andere naam.',
      invalid: 'De server accepteerde de invoer niet: {{detail}}',
      tooLarge: 'De invoer is te groot.',
      tooMany: 'Te veel verzoeken. Wacht even en probeer het opnieuw.',
    },
    admin: {
      needed: 'Op deze server mag alleen de beheerder workshops aanmaken. Vul de beheerderssleutel in en probeer het opnieuw.',
      refused: 'Deze beheerderssleutel klopt niet. Controleer hem en probeer het opnieuw.',
      label: 'Beheerderssleutel',
    },
    created: {
      title: 'Workshop aangemaakt: {{title}}',
      keepSafe: 'Bewaar deze links goed: wie een link heeft, heeft toegang. De organisatorlink geeft alle rechten; deel die niet.',
      another: 'Nog een workshop aanmaken',
    },
  },
  links: {
    roleLinks: 'Links per rol',
    groupLinks: 'Links per groep',
    groupLinksHint: 'Met een groepslink kom je direct op het bord van die groep, zonder te kiezen.',
    fieldLabel: 'Link: {{name}}',
    qrAlt: 'QR-code van de link: {{name}}',
    organiser: {
      title: 'Organisator',
      description: 'Alle rechten: links, borden, later ook exporteren en verwijderen. Alleen voor jezelf.',
      open: 'Organisatorpagina openen',
    },
    facilitator: {
      title: 'Begeleider',
      description: 'Voor wie de zaal leidt: alle borden, agenda en timer.',
      open: 'Begeleiderspagina openen',
    },
    plenary: {
      title: 'Plenair scherm',
      description: 'Voor de beamer: titel, QR-code om mee te doen en straks de actiepunten. Alleen lezen.',
      open: 'Plenair scherm openen',
    },
    join: {
      title: 'Meedoen (deelnemers)',
      description: 'Voor alle deelnemers: zij kiezen zelf hun groep.',
      open: 'Deelnamepagina openen',
    },
    group: {
      description: 'Direct naar het bord van deze groep.',
      open: 'Bord van {{name}} openen',
    },
  },
  groups: {
    heading: 'Groepen',
    none: 'Deze workshop heeft nog geen groepen.',
    openBoard: 'Bord openen',
    online_one: '{{count}} deelnemer online',
    online_other: '{{count}} deelnemers online',
  },
  join: {
    documentTitle: 'Meedoen',
    eyebrow: 'Meedoen aan',
    pickGroup: 'Kies je groep',
    noGroups: 'Deze workshop heeft nog geen groepen. Vraag de begeleider om hulp.',
    submit: 'Naar het bord',
    joining: 'Bezig…',
    errors: {
      pickGroup: 'Kies eerst een groep.',
    },
  },
  name: {
    label: 'Je naam (niet verplicht)',
    hint: 'Zo zien de anderen in je groep wie er meedoet. Je mag dit leeg laten; je naam wordt alleen op dit apparaat bewaard.',
    anonymous: 'Anoniem',
  },
  board: {
    documentTitle: 'Bord',
    heading: 'Bord',
    surfaceLabel: 'Bord met notities',
    sidePanel: 'Wie is er online',
    addNote: 'Notitie toevoegen',
    help: 'Sneltoets N: nieuwe notitie. Op een notitie: pijltjestoetsen verplaatsen (met Shift grotere stappen), Enter bewerken, Escape stoppen met bewerken, Delete verwijderen.',
    readOnly: 'Je bekijkt dit bord; bewerken kan hier niet.',
    loading: 'Bord laden…',
    empty: 'Nog geen notities. Kies "Notitie toevoegen" of druk op N om te beginnen.',
    emptyReadOnly: 'Op dit bord staan nog geen notities.',
    announce: {
      added: 'Notitie toegevoegd. Typ je tekst.',
      deleted: 'Notitie verwijderd.',
    },
    errors: {
      full: 'Het bord is vol: er kunnen geen notities meer bij.',
      tooLong: 'Deze notitie is te lang.',
    },
  },
  note: {
    roleDescription: 'notitie',
    label: 'Notitie {{n}}',
    textLabel: 'Tekst van notitie {{n}}',
    delete: 'Notitie {{n}} verwijderen',
    dragHint: 'Sleep om te verplaatsen',
  },
  presence: {
    heading_one: 'Online ({{count}})',
    heading_other: 'Online ({{count}})',
    anonymous: 'Anoniem',
    you: '(jij)',
  },
  connection: {
    connecting: 'Verbinden…',
    reconnecting: 'Opnieuw verbinden…',
    offline: 'Offline: wijzigingen worden bewaard',
    online: 'Online',
    saving: 'Opslaan…',
    saved: 'Alles opgeslagen',
    closed: 'Geen toegang',
    spoken: {
      connecting: 'Verbinden met het bord…',
      reconnecting: 'Verbinding verbroken. Opnieuw verbinden…',
      offline: 'Offline. Je wijzigingen worden bewaard en verstuurd zodra er weer verbinding is.',
      online: 'Verbonden met het bord.',
      closed: 'De verbinding met het bord is geweigerd.',
    },
  },
  plenary: {
    join: 'Doe mee',
    joinHint: 'Scan de QR-code met je telefoon of laptop, of typ de link over.',
    qrAlt: 'QR-code om mee te doen aan de workshop',
  },
  notFound: {
    title: 'Pagina niet gevonden',
    detail: 'Deze pagina bestaat niet. Controleer de link, of vraag de begeleider om een nieuwe.',
    home: 'Naar de startpagina',
  },
  errors: {
    invalidLink: {
      title: 'Deze link is ongeldig of verlopen',
      detail: 'Open de link opnieuw of scan de QR-code nog eens. Werkt het dan nog niet, vraag de begeleider om een nieuwe link.',
    },
    forbidden: {
      title: 'Geen toegang',
      detail: 'Met deze link kun je deze pagina niet openen. Gebruik de link die je voor deze pagina hebt gekregen.',
    },
    workshopNotFound: {
      title: 'Workshop niet gevonden',
      detail: 'Deze workshop bestaat niet (meer). Controleer de link.',
    },
    boardForbidden: {
      title: 'Geen toegang tot dit bord',
      detail: 'Je link hoort bij een andere groep of workshop. Open het bord via je eigen link.',
    },
    boardNotFound: {
      title: 'Bord niet gevonden',
      detail: 'Deze groep bestaat niet (meer) in deze workshop. Controleer de link.',
    },
    boardClosed: {
      title: 'De verbinding met het bord is verbroken',
      detail: 'De server sloot de verbinding (code {{code}}). Herlaad de pagina om het opnieuw te proberen.',
    },
    network: {
      title: 'Geen verbinding met de server',
      detail: 'De server is niet bereikbaar. Controleer de wifi of het netwerk en probeer het opnieuw.',
    },
    server: {
      title: 'Er ging iets mis',
      detail: 'Er ging iets mis op de server. Probeer het zo nog eens.',
    },
    unknown: {
      title: 'Er ging iets mis',
      detail: 'Herlaad de pagina en probeer het opnieuw.',
    },
  },
} as const;
