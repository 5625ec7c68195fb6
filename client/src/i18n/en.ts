import type { Messages } from './types.ts';

/** English: the same keys as nl.ts, which the `Messages` type enforces. */
export const en: Messages = {
  common: {
    loading: 'Loading…',
  },
  layout: {
    skipToContent: 'Skip to content',
  },
  language: {
    label: 'Language',
    names: { nl: 'Nederlands', en: 'English' },
  },
  roles: {
    organiser: 'Organiser',
    facilitator: 'Facilitator',
    plenary: 'Plenary screen',
  },
  copy: {
    button: 'Copy',
    done: 'Copied',
    doneLong: 'Copied to the clipboard.',
    failed: 'Copying did not work. The link is selected: copy it with Ctrl+C (or Cmd+C).',
  },
  home: {
    documentTitle: 'New workshop',
    title: 'New workshop',
    intro: 'Give the workshop a title and create its groups. You then get the links and QR codes for the organiser, the facilitator, the plenary screen and the participants.',
    titleLabel: 'Workshop title',
    titlePlaceholder: 'For example: Working conference on discrimination in the living environment',
    groupsLabel: 'Groups',
    groupsHint: 'Each group gets its own board. At least one, at most {{max}} groups; names must differ.',
    groupName: 'Name of group {{n}}',
    groupPlaceholder: 'Group {{n}}',
    defaultGroup: 'Group {{n}}',
    addGroup: 'Add group',
    removeGroup: 'Remove {{name}}',
    create: 'Create workshop',
    creating: 'Creating…',
    errors: {
      titleRequired: 'Enter a title.',
      titleTooLong: 'The title is too long.',
      groupsRequired: 'Enter at least one group name.',
      tooManyGroups: 'That is too many groups.',
      groupTooLong: 'This name is too long.',
      groupDuplicate: 'This name is already used. Give every group a different name.',
      invalid: 'The server did not accept the input: {{detail}}',
      tooLarge: 'The input is too large.',
      tooMany: 'Too many requests. Wait a moment and try again.',
    },
    admin: {
      needed: 'On this server only the administrator may create workshops. Enter the admin token and try again.',
      refused: 'This admin token is not correct. Check it and try again.',
      label: 'Admin token',
    },
    created: {
      title: 'Workshop created: {{title}}',
      keepSafe: 'Keep these links safe: whoever has a link has access. The organiser link grants every right; do not share it.',
      another: 'Create another workshop',
    },
  },
  links: {
    roleLinks: 'Links per role',
    groupLinks: 'Links per group',
    groupLinksHint: 'A group link goes straight to that group\'s board, without choosing.',
    fieldLabel: 'Link: {{name}}',
    qrAlt: 'QR code of the link: {{name}}',
    organiser: {
      title: 'Organiser',
      description: 'Every right: links, boards, later also export and delete. For yourself only.',
      open: 'Open the organiser page',
    },
    facilitator: {
      title: 'Facilitator',
      description: 'For whoever runs the room: all boards, agenda and timer.',
      open: 'Open the facilitator page',
    },
    plenary: {
      title: 'Plenary screen',
      description: 'For the beamer: title, a QR code to join and, later, the action points. Read-only.',
      open: 'Open the plenary screen',
    },
    join: {
      title: 'Join (participants)',
      description: 'For every participant: they pick their own group.',
      open: 'Open the join page',
    },
    group: {
      description: 'Straight to this group\'s board.',
      open: 'Open the board of {{name}}',
    },
  },
  groups: {
    heading: 'Groups',
    none: 'This workshop has no groups yet.',
    openBoard: 'Open board',
    online_one: '{{count}} participant online',
    online_other: '{{count}} participants online',
  },
  join: {
    documentTitle: 'Join',
    eyebrow: 'Joining',
    pickGroup: 'Choose your group',
    noGroups: 'This workshop has no groups yet. Ask the facilitator for help.',
    submit: 'Go to the board',
    joining: 'Working…',
    errors: {
      pickGroup: 'Choose a group first.',
    },
  },
  name: {
    label: 'Your name (optional)',
    hint: 'So the others in your group see who is taking part. You may leave it empty; your name is kept on this device only.',
    anonymous: 'Anonymous',
  },
  board: {
    documentTitle: 'Board',
    heading: 'Board',
    surfaceLabel: 'Board with notes',
    sidePanel: 'Who is online',
    addNote: 'Add note',
    help: 'Shortcut N: new note. On a note: arrow keys move it (Shift for bigger steps), Enter edits, Escape stops editing, Delete removes.',
    readOnly: 'You are viewing this board; it cannot be edited here.',
    loading: 'Loading the board…',
    empty: 'No notes yet. Choose "Add note" or press N to start.',
    emptyReadOnly: 'This board has no notes yet.',
    announce: {
      added: 'Note added. Type your text.',
      deleted: 'Note removed.',
    },
    errors: {
      full: 'The board is full: no more notes fit.',
      tooLong: 'This note is too long.',
    },
  },
  note: {
    roleDescription: 'note',
    label: 'Note {{n}}',
    textLabel: 'Text of note {{n}}',
    delete: 'Remove note {{n}}',
    dragHint: 'Drag to move',
  },
  presence: {
    heading_one: 'Online ({{count}})',
    heading_other: 'Online ({{count}})',
    anonymous: 'Anonymous',
    you: '(you)',
  },
  connection: {
    connecting: 'Connecting…',
    reconnecting: 'Reconnecting…',
    offline: 'Offline: changes are kept',
    online: 'Online',
    saving: 'Saving…',
    saved: 'All saved',
    closed: 'No access',
    spoken: {
      connecting: 'Connecting to the board…',
      reconnecting: 'Connection lost. Reconnecting…',
      offline: 'Offline. Your changes are kept and sent as soon as the connection is back.',
      online: 'Connected to the board.',
      closed: 'The connection to the board was refused.',
    },
  },
  plenary: {
    join: 'Join in',
    joinHint: 'Scan the QR code with your phone or laptop, or type the link.',
    qrAlt: 'QR code to join the workshop',
  },
  notFound: {
    title: 'Page not found',
    detail: 'This page does not exist. Check the link, or ask the facilitator for a new one.',
    home: 'Go to the start page',
  },
  errors: {
    invalidLink: {
      title: 'This link is invalid or has expired',
      detail: 'Open the link again or scan the QR code once more. If it still does not work, ask the facilitator for a new link.',
    },
    forbidden: {
      title: 'No access',
      detail: 'This link cannot open this page. Use the link you were given for this page.',
    },
    workshopNotFound: {
      title: 'Workshop not found',
      detail: 'This workshop does not exist (any more). Check the link.',
    },
    boardForbidden: {
      title: 'No access to this board',
      detail: 'Your link belongs to another group or workshop. Open the board through your own link.',
    },
    boardNotFound: {
      title: 'Board not found',
      detail: 'This group does not exist (any more) in this workshop. Check the link.',
    },
    boardClosed: {
      title: 'The connection to the board was closed',
      detail: 'The server closed the connection (code {{code}}). Reload the page to try again.',
    },
    network: {
      title: 'No connection to the server',
      detail: 'The server cannot be reached. Check the Wi-Fi or the network and try again.',
    },
    server: {
      title: 'Something went wrong',
      detail: 'Something went wrong on the server. Please try again shortly.',
    },
    unknown: {
      title: 'Something went wrong',
      detail: 'Reload the page and try again.',
    },
  },
};
