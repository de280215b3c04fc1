// Every text the phone shows, in English and Welsh (docs/glossary-cy.md has the terms).
// A value that is an array is a plural: [one, other]; Welsh nouns after a figure stay
// singular ("3 nodyn"), so its forms are the same.

const CATALOGUE = {
  en: {
    title: 'Codesign room',
    joinHeading: 'Join the board',
    joinIntro: 'Type the PIN shown on the screen at the front of the room.',
    pinLabel: 'Room PIN',
    nameLabel: 'Your name (optional)',
    nameHint: 'Leave it blank to take part anonymously.',
    joinButton: 'Join',
    joining: 'Joining…',
    wrongPin: 'That PIN is not right. Check the screen and try again.',
    pinEmpty: 'Type the PIN first.',
    tooMany: 'Too many tries. Wait {seconds} seconds, then try again.',
    closedJoins: 'The room is closed to new people. Ask the facilitator.',
    noConnection: 'Cannot reach the board. Check you are on the room’s Wi-Fi.',
    online: 'Connected',
    offline: 'Offline: your notes are kept on this phone',
    connecting: 'Connecting…',
    you: 'You: {name}',
    anonymous: 'Anonymous',
    tabWrite: 'Write',
    tabVote: 'Vote',
    tabBoard: 'Board',
    noteLabel: 'Your note',
    notePlaceholder: 'One idea per note',
    keepNote: 'Keep note',
    emptyNote: 'Write something first.',
    myNotes: 'My notes',
    nothingYet: 'No notes yet. Only you see them until you send them.',
    send: 'Send',
    sendNamed: 'Send note: {text}',
    sendAll: 'Send all ({count})',
    remove: 'Delete',
    removeNamed: 'Delete note: {text}',
    waiting: 'Waiting to send',
    sent: 'On the board',
    sentCount: ['{n} note sent', '{n} notes sent'],
    writePaused: 'The facilitator has paused sending. Keep writing: your notes wait here.',
    noRound: 'No voting round is open.',
    votePaused: 'The facilitator has paused voting on phones.',
    dotsLeft: ['{n} dot left', '{n} dots left'],
    addDot: 'Add a dot',
    addDotNamed: 'Add a dot to: {text}',
    takeBack: 'Take back',
    takeBackNamed: 'Take a dot back from: {text}',
    yourDots: ['Your dots: {n}', 'Your dots: {n}'],
    votes: ['{n} vote', '{n} votes'],
    tallyHidden: 'The tally is hidden until the facilitator reveals it.',
    results: 'Results',
    roundClosed: 'This round is closed.',
    allUsed: 'You have used all your dots.',
    oneEach: 'One dot per note in this round.',
    nothingToVote: 'There are no notes to vote on yet.',
    boardEmpty: 'There are no notes on the board yet.',
    viewOff: 'The facilitator is not showing the board on phones right now.',
    waitForFacilitator: 'Wait for the facilitator.',
    gone: 'You are no longer in the room: it has ended, or the facilitator removed you. Your unsent notes are still on this phone.',
    joinAgain: 'Join again',
    switchLanguage: 'Cymraeg',
    switchLanguageLabel: 'Newid i’r Gymraeg',
    tooLong: 'A note holds at most {max} characters.',
    noteCap: 'You have sent as many notes as one phone may ({max}).',
    tooFast: 'Too fast: wait a moment, then try again.'
  },
  cy: {
    title: 'Ystafell Codesign',
    joinHeading: 'Ymuno â’r bwrdd',
    joinIntro: 'Teipiwch y PIN sydd ar y sgrin ym mlaen yr ystafell.',
    pinLabel: 'PIN yr ystafell',
    nameLabel: 'Eich enw (dewisol)',
    nameHint: 'Gadewch hwn yn wag i gymryd rhan yn ddienw.',
    joinButton: 'Ymuno',
    joining: 'Wrthi’n ymuno…',
    wrongPin: 'Nid yw’r PIN yna’n gywir. Edrychwch ar y sgrin a rhowch gynnig arall arni.',
    pinEmpty: 'Teipiwch y PIN yn gyntaf.',
    tooMany: 'Gormod o gynigion. Arhoswch {seconds} eiliad, yna rhowch gynnig arall arni.',
    closedJoins: 'Mae’r ystafell ar gau i bobl newydd. Gofynnwch i’r hwylusydd.',
    noConnection: 'Methu cyrraedd y bwrdd. Gwnewch yn siŵr eich bod ar Wi-Fi yr ystafell.',
    online: 'Wedi cysylltu',
    offline: 'All-lein: mae’ch nodiadau’n cael eu cadw ar y ffôn hwn',
    connecting: 'Wrthi’n cysylltu…',
    you: 'Chi: {name}',
    anonymous: 'Dienw',
    tabWrite: 'Ysgrifennu',
    tabVote: 'Pleidleisio',
    tabBoard: 'Bwrdd',
    noteLabel: 'Eich nodyn',
    notePlaceholder: 'Un syniad ym mhob nodyn',
    keepNote: 'Cadw’r nodyn',
    emptyNote: 'Ysgrifennwch rywbeth yn gyntaf.',
    myNotes: 'Fy nodiadau',
    nothingYet: 'Dim nodiadau eto. Chi yn unig sy’n eu gweld nes i chi eu hanfon.',
    send: 'Anfon',
    sendNamed: 'Anfon y nodyn: {text}',
    sendAll: 'Anfon y cyfan ({count})',
    remove: 'Dileu',
    removeNamed: 'Dileu’r nodyn: {text}',
    waiting: 'Yn aros i’w anfon',
    sent: 'Ar y bwrdd',
    sentCount: ['{n} nodyn wedi’i anfon', '{n} nodyn wedi’u hanfon'],
    writePaused: 'Mae’r hwylusydd wedi oedi anfon. Daliwch ati i ysgrifennu: bydd eich nodiadau’n aros yma.',
    noRound: 'Nid oes rownd bleidleisio ar agor.',
    votePaused: 'Mae’r hwylusydd wedi oedi pleidleisio ar ffonau.',
    dotsLeft: ['{n} dot ar ôl', '{n} dot ar ôl'],
    addDot: 'Ychwanegu dot',
    addDotNamed: 'Ychwanegu dot at: {text}',
    takeBack: 'Tynnu’n ôl',
    takeBackNamed: 'Tynnu dot yn ôl oddi ar: {text}',
    yourDots: ['Eich dotiau: {n}', 'Eich dotiau: {n}'],
    votes: ['{n} bleidlais', '{n} pleidlais'],
    tallyHidden: 'Mae’r cyfrif wedi’i guddio nes i’r hwylusydd ei ddatgelu.',
    results: 'Canlyniadau',
    roundClosed: 'Mae’r rownd hon wedi cau.',
    allUsed: 'Rydych wedi defnyddio’ch holl ddotiau.',
    oneEach: 'Un dot i bob nodyn yn y rownd hon.',
    nothingToVote: 'Nid oes nodiadau i bleidleisio arnynt eto.',
    boardEmpty: 'Nid oes nodiadau ar y bwrdd eto.',
    viewOff: 'Nid yw’r hwylusydd yn dangos y bwrdd ar ffonau ar hyn o bryd.',
    waitForFacilitator: 'Arhoswch am yr hwylusydd.',
    gone: 'Nid ydych yn yr ystafell mwyach: mae wedi dod i ben, neu mae’r hwylusydd wedi’ch tynnu allan. Mae’ch nodiadau heb eu hanfon yn dal ar y ffôn hwn.',
    joinAgain: 'Ymuno eto',
    switchLanguage: 'English',
    switchLanguageLabel: 'Switch to English',
    tooLong: 'Mae nodyn yn dal {max} nod ar y mwyaf.',
    noteCap: 'Rydych wedi anfon cymaint o nodiadau ag y caiff un ffôn ({max}).',
    tooFast: 'Rhy gyflym: arhoswch eiliad, yna rhowch gynnig arall arni.'
  }
}

let current = 'en'

export function setLanguage (language) {
  current = CATALOGUE[language] ? language : 'en'
  document.documentElement.lang = current
}

export function language () {
  return current
}

/** The text for `key` in the current language, with {name} fields filled from `values`;
 * a plural entry picks its form from `values.n`. */
export function t (key, values) {
  let text = CATALOGUE[current][key]
  if (text === undefined) text = CATALOGUE.en[key]
  if (Array.isArray(text)) text = text[values && values.n === 1 ? 0 : 1]
  if (!values) return text
  return text.replace(/\{(\w+)\}/g, (whole, name) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole)
}

/** The phone's own preference before it joins: Welsh when the phone is set to Welsh. */
export function phoneLanguage () {
  const wanted = (navigator.languages || [navigator.language || 'en']).map(String)
  return wanted.some((code) => code.toLowerCase().startsWith('cy')) ? 'cy' : 'en'
}
