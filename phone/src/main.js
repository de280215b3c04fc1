// The phone page: join with the room's PIN, write notes privately and send them, vote in the
// open round, see the board, in Welsh or English as the board is.
import { language, phoneLanguage, setLanguage, t } from './strings.js'
import { NoteStore, loadLanguage, loadSession, saveLanguage, saveSession } from './store.js'
import { MAX_NOTE_TEXT, insertNote, notes, openRound, round, roomState, changeDot, myDots, dotsLeft } from './board.js'
import { Connection, join, privateState, privateVote, stillWelcome } from './connection.js'
import { $, renderBoard, renderMyNotes, renderVote, translatePage } from './views.js'

const store = new NoteStore()
let session = loadSession()
let connection = null
let chosenLanguage = loadLanguage()
let tab = 'write'
let drawQueued = false
let lastRoundId = null
let connectionStatus = 'connecting'
let previousParticipant = session ? session.participant : null
// While a round's tally is hidden this phone's dots are not in the shared document: the host
// tells this phone alone (POST /room/vote, GET /room/state).
let hidden = { round: null, mine: [], asked: null }
let voteMessage = ''

function can (word) {
  return connection !== null && roomState(connection.doc).can.indexOf(word) >= 0
}

function show (screen) {
  ['join', 'room', 'gone'].forEach((id) => { $(id).hidden = id !== screen })
}

function applyLanguage () {
  const board = connection ? roomState(connection.doc).language : null
  setLanguage(chosenLanguage || board || (session && session.language) || phoneLanguage())
  translatePage()
  showStatus()
  draw()
}

/** Redraws once per frame however many changes arrive: 60 phones voting at once send many. */
function draw () {
  if (drawQueued) return
  drawQueued = true
  window.requestAnimationFrame(() => {
    drawQueued = false
    drawNow()
  })
}

function drawNow () {
  if (!connection) return
  const doc = connection.doc
  const allowed = { write: can('write'), vote: can('vote'), view: can('view') }
  const open = openRound(doc)
  if (open && open.id !== lastRoundId && allowed.vote) tab = 'vote'
  lastRoundId = open ? open.id : lastRoundId
  // A round just closed stays on the phone, for its results once the tally is revealed.
  const voting = withPrivateDots(open || (lastRoundId ? round(doc, lastRoundId) : null))
  const tabs = ['write', 'vote', 'board']
  const visible = { write: true, vote: allowed.vote || voting !== null, board: allowed.view }
  if (!visible[tab]) tab = 'write'
  tabs.forEach((name) => {
    const button = $(`tab-${name}`)
    button.hidden = !visible[name]
    button.setAttribute('aria-selected', String(name === tab))
    $(name).hidden = name !== tab
  })
  $('nothing').hidden = allowed.write || allowed.vote || allowed.view
  $('who').textContent = t('you', { name: myName(doc) })
  const title = doc.getMap('room').get('title')
  $('board-title').textContent = typeof title === 'string' && title ? title.slice(0, 80) : t('title')
  renderMyNotes(store, allowed.write)
  if (tab === 'vote') renderVote(doc, voting, session.participant, allowed.vote, voteMessage)
  if (tab === 'board') renderBoard(notes(doc), allowed.view)
}

/** A round with a hidden tally shows this phone's own dots, as the host last told them. */
function withPrivateDots (voting) {
  if (!voting || !voting.hideTally) return voting
  if (hidden.round !== voting.id && hidden.asked !== voting.id) {
    hidden.asked = voting.id
    privateState(session.token).then((state) => {
      if (state) hidden = { round: voting.id, mine: state.mine, asked: voting.id }
      draw()
    })
  }
  const mine = hidden.round === voting.id ? hidden.mine : []
  const dots = mine
    .filter((dot) => dot && typeof dot.note === 'string' && typeof dot.count === 'number')
    .map((dot) => ({ voter: session.participant, note: dot.note, count: dot.count }))
  return Object.assign({}, voting, { dots })
}

/** The name the board knows this phone by ("Guest 3" when joined without one). */
function myName (doc) {
  const record = doc.getMap('participants').get(session.participant)
  const name = record && typeof record.get === 'function' ? record.get('name') : null
  return typeof name === 'string' && name ? name.slice(0, 60) : session.name || t('anonymous')
}

function setStatus (status) {
  connectionStatus = status
  showStatus()
  if (status === 'online') sendQueued()
}

function showStatus () {
  const line = $('status')
  line.textContent = t(connectionStatus)
  line.className = `status ${connectionStatus}`
}

/** Sends every note the person asked to send, once the room is reachable. A note whose id is
 * already in the document is only marked sent: never a second copy. */
function sendQueued () {
  if (!connection || !connection.online || !can('write')) return
  const queued = store.notes.filter((note) => note.state === 'queued')
  if (!queued.length) return
  const items = connection.doc.getMap('items')
  connection.doc.transact(() => {
    queued.forEach((note) => {
      if (!note.inserted) insertNote(connection.doc, note, session.name || null)
      note.inserted = true
    })
  })
  store.save()
  confirmSent(queued.map((note) => note.id), items, 0)
}

/** A note counts as sent once its update has left the phone over a live socket; until then
 * it stays queued, and is sent again (under the same id) after the next reconnect. */
function confirmSent (ids, items, attempt) {
  if (!connection) return
  if (connection.flushed) {
    ids.forEach((id) => { if (items.has(id)) store.mark(id, { state: 'sent' }) })
    return
  }
  if (attempt < 50) window.setTimeout(() => confirmSent(ids, items, attempt + 1), 100)
}

function onSynced () {
  const items = connection.doc.getMap('items')
  // After a reload while offline the document is new: a queued note that never reached the
  // host goes again under its own id, one that did is marked sent.
  store.notes.forEach((note) => {
    if (note.state === 'queued' && note.inserted && items.has(note.id)) note.state = 'sent'
    else if (note.state === 'queued' && note.inserted) note.inserted = false
  })
  store.save()
  applyLanguage()
  sendQueued()
}

function connect () {
  store.adopt(session.participant)
  connection = new Connection(session, {
    status: setStatus,
    synced: onSynced,
    gone: () => {
      connection = null
      previousParticipant = session.participant
      session = null
      saveSession(null)
      $('gone-text').textContent = t('gone')
      show('gone')
    }
  })
  connection.doc.on('update', draw)
  connection.doc.getMap('room').observe(() => {
    applyLanguage()
    sendQueued() // sending allowed again: what waited goes now
  })
  setStatus('connecting')
  show('room')
  applyLanguage()
}

async function onJoin (event) {
  event.preventDefault()
  const pin = $('pin').value.trim()
  const error = $('join-error')
  if (!pin) {
    error.textContent = t('pinEmpty')
    return
  }
  const submit = $('join-button')
  submit.disabled = true
  submit.textContent = t('joining')
  const result = await join(pin, $('name').value.trim(), previousParticipant)
  submit.disabled = false
  submit.textContent = t('joinButton')
  if (!result.ok) {
    error.textContent = t(result.reason, { seconds: result.retryAfter })
    return
  }
  error.textContent = ''
  session = Object.assign({}, result.session, { name: result.session.name || $('name').value.trim() || null })
  saveSession(session)
  connect()
}

function onKeep (event) {
  event.preventDefault()
  const field = $('note-text')
  const text = field.value.trim()
  const error = $('note-error')
  if (!text) {
    error.textContent = t('emptyNote')
    return
  }
  if (text.length > MAX_NOTE_TEXT) {
    error.textContent = t('tooLong', { max: MAX_NOTE_TEXT.toLocaleString('en') })
    return
  }
  error.textContent = ''
  store.add(session.participant, text)
  field.value = ''
  field.focus()
}

/** Notes this phone may still send: the host takes at most `note_cap` from one phone. */
function sendsLeft () {
  const cap = connection ? roomState(connection.doc).noteCap : null
  if (cap === null) return Infinity
  return Math.max(0, cap - store.notes.filter((note) => note.state !== 'draft').length)
}

function send (ids) {
  let left = sendsLeft()
  $('note-error').textContent = ''
  ids.forEach((id) => {
    const note = store.get(id)
    if (!note || note.state !== 'draft') return
    if (left <= 0) {
      $('note-error').textContent = t('noteCap', { max: roomState(connection.doc).noteCap })
      return
    }
    note.state = 'queued'
    left -= 1
  })
  store.save()
  sendQueued()
}

function vote (noteId, delta) {
  const voting = withPrivateDots(openRound(connection.doc))
  if (!voting || voting.status !== 'open' || !can('vote')) return
  const mine = myDots(voting, session.participant, noteId)
  if (delta > 0 && (dotsLeft(voting, session.participant) === 0 || (mine && !voting.allowStacking))) return
  if (delta < 0 && mine === 0) return
  voteMessage = ''
  if (!voting.hideTally) {
    changeDot(connection.doc, voting.id, session.participant, noteId, delta)
    return
  }
  privateVote(session.token, voting.id, noteId, delta).then((result) => {
    if (result.ok) hidden = { round: voting.id, mine: result.mine, asked: voting.id }
    else voteMessage = result.text || t(result.key)
    draw()
  })
}

function onListClick (event) {
  const target = event.target.closest('button[data-action]')
  if (!target || target.disabled) return
  const id = target.dataset.id
  const action = target.dataset.action
  if (action === 'send') send([id])
  else if (action === 'delete') store.remove(id)
  else if (action === 'dot') vote(id, 1)
  else if (action === 'undot') vote(id, -1)
}

function start () {
  store.onChange(draw)
  $('join-form').addEventListener('submit', onJoin)
  $('note-form').addEventListener('submit', onKeep)
  $('send-all').addEventListener('click', () => send(store.drafts().map((note) => note.id)))
  ;['my-notes', 'vote-notes'].forEach((id) => $(id).addEventListener('click', onListClick))
  ;['write', 'vote', 'board'].forEach((name) => {
    $(`tab-${name}`).addEventListener('click', () => { tab = name; drawNow() })
  })
  $('language').addEventListener('click', () => {
    chosenLanguage = language() === 'cy' ? 'en' : 'cy'
    saveLanguage(chosenLanguage)
    applyLanguage()
  })
  $('join-again').addEventListener('click', () => show('join'))
  window.addEventListener('online', sendQueued)
  applyLanguage()
  if (!session) {
    show('join')
    return
  }
  // A session kept from an earlier room (last week's workshop) goes straight to the join form;
  // with no answer at all (no Wi-Fi yet) the phone connects and keeps trying.
  stillWelcome(session.token).then((welcome) => {
    if (welcome === false) {
      previousParticipant = null
      session = null
      saveSession(null)
      show('join')
    } else {
      connect()
    }
  })
}

start()
