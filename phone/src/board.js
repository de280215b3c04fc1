// Reading and writing the room's shared Y.Doc (layout in docs/room.md): notes in `items`,
// rounds and their dots in `rounds`, what phones may do in `room`. Values from the board are
// untrusted: they are read as plain data, bounded, and only ever shown as text.
import * as Y from 'yjs'

export const MAX_NOTE_TEXT = 5000

/** A map entry as plain data, whether it is a shared type or a JSON value. */
export function plain (value) {
  return value instanceof Y.AbstractType ? value.toJSON() : value
}

function field (record, name) {
  if (record instanceof Y.Map) return plain(record.get(name))
  return record && typeof record === 'object' ? record[name] : undefined
}

function text (value) {
  return typeof value === 'string' ? value.slice(0, MAX_NOTE_TEXT) : ''
}

function number (value, fallback) {
  return typeof value === 'number' && isFinite(value) ? value : fallback
}

export function roomState (doc) {
  const room = doc.getMap('room')
  const can = plain(room.get('can'))
  return {
    can: Array.isArray(can) ? can.filter((word) => typeof word === 'string') : [],
    language: room.get('language') === 'cy' ? 'cy' : 'en',
    openRound: typeof room.get('open_round') === 'string' ? room.get('open_round') : null,
    noteCap: typeof room.get('note_cap') === 'number' && room.get('note_cap') >= 0 ? Math.floor(room.get('note_cap')) : null
  }
}

/** The board's notes in reading order (top to bottom, then left to right). */
export function notes (doc) {
  const list = []
  doc.getMap('items').forEach((record, id) => {
    if (field(record, 'kind') !== 'note') return
    list.push({
      id,
      text: text(field(record, 'text')),
      author: text(field(record, 'author')),
      x: number(field(record, 'x'), 0),
      y: number(field(record, 'y'), 0)
    })
  })
  list.sort((a, b) => (a.y - b.y) || (a.x - b.x) || (a.id < b.id ? -1 : 1))
  return list
}

function clusterMembers (doc, clusterIds) {
  const members = new Set()
  const wanted = new Set(clusterIds)
  doc.getMap('items').forEach((record, id) => {
    if (field(record, 'kind') !== 'cluster' || !wanted.has(id)) return
    const list = field(record, 'members')
    if (Array.isArray(list)) list.forEach((member) => members.add(member))
  })
  return members
}

/** The round's dots folded into counts per (voter, note): the shared document keeps one
 * entry per dot, so dots placed on many phones at once all merge. */
function readDots (value) {
  const entries = plain(value)
  if (!Array.isArray(entries)) return []
  const counts = new Map()
  entries.forEach((dot) => {
    if (!dot || typeof dot.voter !== 'string' || typeof dot.note !== 'string') return
    const key = JSON.stringify([dot.voter, dot.note])
    counts.set(key, (counts.get(key) || 0) + 1)
  })
  return Array.from(counts, ([key, count]) => {
    const pair = JSON.parse(key)
    return { voter: pair[0], note: pair[1], count }
  })
}

/** The round phones vote in now: the one the host names in `room.open_round`. */
export function openRound (doc) {
  const id = roomState(doc).openRound
  return id === null ? null : round(doc, id)
}

export function round (doc, id) {
  const record = doc.getMap('rounds').get(id)
  if (!record) return null
  const scope = field(record, 'scope')
  return {
    id,
    title: text(field(record, 'title')),
    budget: Math.max(1, Math.floor(number(field(record, 'budget'), 3))),
    allowStacking: field(record, 'allow_stacking') === true,
    hideTally: field(record, 'hide_tally') === true,
    status: field(record, 'status') === 'closed' ? 'closed' : 'open',
    scope: Array.isArray(scope) ? scope.filter((s) => typeof s === 'string') : [],
    dots: readDots(record instanceof Y.Map ? record.get('dots') : field(record, 'dots'))
  }
}

/** The notes a round accepts dots on: every note, or the members of its chosen themes. */
export function votableNotes (doc, voting) {
  const all = notes(doc)
  if (!voting.scope.length) return all
  const members = clusterMembers(doc, voting.scope)
  return all.filter((note) => members.has(note.id))
}

export function myDots (voting, voter, noteId) {
  const dot = voting.dots.find((d) => d.voter === voter && d.note === noteId)
  return dot ? dot.count : 0
}

export function dotsLeft (voting, voter) {
  const used = voting.dots.filter((d) => d.voter === voter).reduce((sum, d) => sum + d.count, 0)
  return Math.max(0, voting.budget - used)
}

export function totals (voting) {
  const sums = new Map()
  voting.dots.forEach((dot) => sums.set(dot.note, (sums.get(dot.note) || 0) + dot.count))
  return sums
}

/** Adds (+1) or takes back (-1) one of this voter's dots on a note in the shared round. The
 * host checks the budget and the hidden tally again and undoes a dot the rules refuse. */
export function changeDot (doc, roundId, voter, noteId, delta) {
  const record = doc.getMap('rounds').get(roundId)
  if (!(record instanceof Y.Map)) return
  doc.transact(() => {
    let dots = record.get('dots')
    if (!(dots instanceof Y.Array)) {
      if (delta < 0) return
      dots = new Y.Array()
      record.set('dots', dots)
    }
    if (delta > 0) {
      dots.push([{ voter, note: noteId }])
      return
    }
    const entries = dots.toArray()
    for (let index = entries.length - 1; index >= 0; index--) {
      if (field(entries[index], 'voter') === voter && field(entries[index], 'note') === noteId) {
        dots.delete(index, 1)
        return
      }
    }
  })
}

/** Puts a phone's note on the board under its own id; an id already there is left alone,
 * so sending again after a reconnect can never make a second copy. */
export function insertNote (doc, note, author) {
  const items = doc.getMap('items')
  if (items.has(note.id)) return false
  const record = new Y.Map()
  record.set('id', note.id)
  record.set('kind', 'note')
  record.set('text', note.text.slice(0, MAX_NOTE_TEXT))
  record.set('author', author)
  items.set(note.id, record)
  return true
}
