// Joining a room (POST /join with the PIN) and staying connected to its shared document over
// the standard y-websocket protocol, reconnecting by itself after a Wi-Fi drop.
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'

/** POST /join; resolves to {ok, session} or {ok: false, reason, retryAfter}. */
export async function join (pin, name, participant) {
  let response
  try {
    response = await fetch('/join', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      // The participant this phone was before, so a host restarted from its recovery copy
      // knows it again and its notes keep their ids.
      body: JSON.stringify({ pin, name: name || null, participant: participant || null }),
      cache: 'no-store'
    })
  } catch (error) {
    return { ok: false, reason: 'noConnection' }
  }
  if (response.ok) {
    const body = await response.json()
    return { ok: true, session: body }
  }
  if (response.status === 429) {
    const seconds = parseInt(response.headers.get('Retry-After') || '30', 10)
    return { ok: false, reason: 'tooMany', retryAfter: isFinite(seconds) ? seconds : 30 }
  }
  if (response.status === 403) return { ok: false, reason: 'closedJoins' }
  if (response.status === 401) return { ok: false, reason: 'wrongPin' }
  return { ok: false, reason: 'noConnection' }
}

/** Whether the host still knows this token: true; false once the facilitator removed this
 * participant or the room ended; null when the host cannot be reached (the Wi-Fi, not the
 * room). */
export async function stillWelcome (token) {
  try {
    const response = await fetch(`/room/state?token=${encodeURIComponent(token)}`, { cache: 'no-store' })
    if (response.ok) return true
    return response.status >= 400 && response.status < 500 ? false : null
  } catch (error) {
    return null
  }
}

/** This phone's own dots while the open round's tally is hidden: {mine: [{note, count}]}, or
 * null when the host cannot say (no Wi-Fi). */
export async function privateState (token) {
  try {
    const response = await fetch(`/room/state?token=${encodeURIComponent(token)}`, { cache: 'no-store' })
    if (!response.ok) return null
    const body = await response.json()
    return { mine: Array.isArray(body.mine) ? body.mine : [] }
  } catch (error) {
    return null
  }
}

/** A dot placed (+1) or taken back (-1) while the tally is hidden: it goes to the host alone
 * (never into the shared document every phone holds). Resolves to {ok, mine} or {ok: false,
 * reason} where reason is the host's one-line refusal or a key of the phone's catalogue. */
export async function privateVote (token, roundId, noteId, delta) {
  let response
  try {
    response = await fetch('/room/vote', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token, round: roundId, note: noteId, delta }),
      cache: 'no-store'
    })
  } catch (error) {
    return { ok: false, key: 'noConnection' }
  }
  let body = {}
  try {
    body = await response.json()
  } catch (error) {
    body = {}
  }
  if (response.ok) return { ok: true, mine: Array.isArray(body.mine) ? body.mine : [] }
  if (response.status === 409 && typeof body.error === 'string') {
    return { ok: false, text: body.error.slice(0, 200) }
  }
  return { ok: false, key: response.status === 429 ? 'tooFast' : 'noConnection' }
}

/** The live link to the room: a Y.Doc kept in step by a WebsocketProvider. Emits, through
 * the callbacks, 'status' ("online" | "offline" | "connecting"), 'synced', and 'gone' when the
 * host no longer accepts this phone. */
export class Connection {
  constructor (session, callbacks) {
    this.session = session
    this.callbacks = callbacks
    this.doc = new Y.Doc()
    this.lastCheck = 0
    const path = String(session.ws || `/room/${session.session}`)
    const cut = path.lastIndexOf('/')
    const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:'
    const server = `${scheme}//${window.location.host}${path.slice(0, cut)}`
    this.provider = new WebsocketProvider(server, path.slice(cut + 1), this.doc, {
      params: { token: session.token },
      disableBc: true,
      maxBackoffTime: 5000
    })
    this.provider.awareness.setLocalState({
      name: session.name || '',
      participant: session.participant,
      kind: 'phone',
      view: null
    })
    this.provider.on('status', (event) => {
      callbacks.status(event.status === 'connected' ? 'online' : event.status === 'connecting' ? 'connecting' : 'offline')
    })
    this.provider.on('sync', (synced) => {
      if (synced) callbacks.synced()
    })
    this.provider.on('connection-close', () => this.checkWelcome())
    this.provider.on('connection-error', () => this.checkWelcome())
  }

  get online () {
    return this.provider.wsconnected && this.provider.synced
  }

  /** True once everything written so far has left the phone over a live socket. */
  get flushed () {
    const ws = this.provider.ws
    return this.online && ws !== null && ws.bufferedAmount === 0
  }

  async checkWelcome () {
    const now = Date.now()
    if (now - this.lastCheck < 3000) return
    this.lastCheck = now
    const welcome = await stillWelcome(this.session.token)
    if (welcome === false) {
      this.destroy()
      this.callbacks.gone()
    }
  }

  destroy () {
    this.provider.destroy()
    this.doc.destroy()
  }
}
