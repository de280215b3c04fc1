// What the phone keeps in localStorage: its room session and its notes, so a Wi-Fi drop or a
// reloaded page loses nothing, and a note is never sent twice (its id is chosen here, once).

const SESSION_KEY = 'codesign.room.session'
const NOTES_KEY = 'codesign.room.notes'
const LANGUAGE_KEY = 'codesign.room.language'

function read (key, fallback) {
  try {
    const raw = window.localStorage.getItem(key)
    return raw === null ? fallback : JSON.parse(raw)
  } catch (error) {
    return fallback
  }
}

function write (key, value) {
  try {
    if (value === null) window.localStorage.removeItem(key)
    else window.localStorage.setItem(key, JSON.stringify(value))
  } catch (error) {
    // Private browsing with storage full or off: the page still works for this visit.
  }
}

export function loadSession () {
  const session = read(SESSION_KEY, null)
  return session && typeof session.token === 'string' ? session : null
}

export function saveSession (session) {
  write(SESSION_KEY, session)
}

export function loadLanguage () {
  return read(LANGUAGE_KEY, null)
}

export function saveLanguage (language) {
  write(LANGUAGE_KEY, language)
}

/** A random hex string: crypto.randomUUID is missing from Safari before 15.4. */
export function randomHex (bytes) {
  const values = new Uint8Array(bytes)
  window.crypto.getRandomValues(values)
  return Array.from(values, (value) => value.toString(16).padStart(2, '0')).join('')
}

export function noteId (participant) {
  return `phone-${participant}-${randomHex(16)}`
}

/** The phone's notes, oldest first. state: "draft" (private), "queued" (sent while offline
 * or being sent) or "sent" (on the board). `inserted` says the id has reached the shared
 * document at least once, so it must never be given out again. */
export class NoteStore {
  constructor () {
    const notes = read(NOTES_KEY, [])
    this.notes = Array.isArray(notes) ? notes.filter((note) => note && typeof note.id === 'string') : []
    this.listeners = []
  }

  onChange (listener) {
    this.listeners.push(listener)
  }

  save () {
    write(NOTES_KEY, this.notes)
    this.listeners.forEach((listener) => listener())
  }

  add (participant, text) {
    const note = { id: noteId(participant), text, state: 'draft', inserted: false, created: Date.now() }
    this.notes.push(note)
    this.save()
    return note
  }

  get (id) {
    return this.notes.find((note) => note.id === id)
  }

  remove (id) {
    this.notes = this.notes.filter((note) => note.id !== id || note.state !== 'draft')
    this.save()
  }

  unsent () {
    return this.notes.filter((note) => note.state !== 'sent')
  }

  drafts () {
    return this.notes.filter((note) => note.state === 'draft')
  }

  /** Gives notes that never reached a document an id of the participant now joined: the
   * host accepts a phone's notes only under that phone's own participant id. */
  adopt (participant) {
    const prefix = `phone-${participant}-`
    let changed = false
    this.notes.forEach((note) => {
      if (note.state !== 'sent' && !note.inserted && !note.id.startsWith(prefix)) {
        note.id = noteId(participant)
        changed = true
      }
    })
    if (changed) this.save()
  }

  mark (id, changes) {
    const note = this.get(id)
    if (!note) return
    Object.assign(note, changes)
    this.save()
  }
}
