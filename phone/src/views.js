// Drawing the lists: the phone's own notes, the round to vote in, the board. Text from the
// board is only ever set with textContent, never parsed as HTML.
import { t } from './strings.js'
import { dotsLeft, myDots, totals, votableNotes } from './board.js'

export function $ (id) {
  return document.getElementById(id)
}

function element (tag, className, text) {
  const node = document.createElement(tag)
  if (className) node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

function button (label, className, action, id, ariaLabel) {
  const node = element('button', className, label)
  node.type = 'button'
  node.dataset.action = action
  node.dataset.id = id
  if (ariaLabel) node.setAttribute('aria-label', ariaLabel)
  return node
}

function short (text) {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text
}

/** Replaces a list's children, keeping the keyboard (or screen reader) on the button that
 * was focused, so a tap that redraws the list does not throw the reader back to the top. */
function replaceChildren (list, children) {
  const focused = document.activeElement
  const key = focused && list.contains(focused) ? `${focused.dataset.action}|${focused.dataset.id}` : null
  while (list.firstChild) list.removeChild(list.firstChild)
  children.forEach((child) => list.appendChild(child))
  if (key) {
    const again = Array.from(list.querySelectorAll('button')).find(
      (node) => `${node.dataset.action}|${node.dataset.id}` === key && !node.disabled)
    if (again) again.focus()
  }
}

export function renderMyNotes (store, canWrite) {
  const unsent = store.unsent()
  const sentCount = store.notes.length - unsent.length
  const drafts = store.drafts()
  const sendAll = $('send-all')
  sendAll.textContent = t('sendAll', { count: drafts.length })
  sendAll.hidden = drafts.length < 2
  sendAll.disabled = !canWrite
  $('write-paused').hidden = canWrite
  $('sent-count').textContent = sentCount ? t('sentCount', { n: sentCount }) : ''
  const cards = store.notes.slice().reverse().map((note) => {
    const card = element('li', `card ${note.state}`)
    card.appendChild(element('p', 'text', note.text))
    if (note.state !== 'draft') {
      card.appendChild(element('p', 'state', t(note.state === 'sent' ? 'sent' : 'waiting')))
      return card
    }
    const actions = element('div', 'actions')
    const send = button(t('send'), 'primary', 'send', note.id, t('sendNamed', { text: short(note.text) }))
    send.disabled = !canWrite
    actions.appendChild(send)
    actions.appendChild(button(t('remove'), 'quiet', 'delete', note.id, t('removeNamed', { text: short(note.text) })))
    card.appendChild(actions)
    return card
  })
  if (!cards.length) cards.push(element('li', 'empty', t('nothingYet')))
  replaceChildren($('my-notes'), cards)
}

export function renderVote (doc, voting, voter, canVote, message) {
  $('round-title').textContent = voting ? voting.title : ''
  const notice = message ? [message] : []
  let cards = []
  if (!canVote) notice.push(t('votePaused'))
  else if (!voting) notice.push(t('noRound'))
  if (voting) {
    const left = dotsLeft(voting, voter)
    const open = voting.status === 'open' && canVote
    $('dots-left').textContent = open ? t('dotsLeft', { n: left }) : ''
    if (voting.status === 'closed') notice.push(t('roundClosed'))
    if (voting.hideTally) notice.push(t('tallyHidden'))
    if (open && left === 0) notice.push(t('allUsed'))
    else if (open && !voting.allowStacking) notice.push(t('oneEach'))
    const sums = voting.hideTally ? null : totals(voting)
    let shown = votableNotes(doc, voting)
    if (sums && voting.status === 'closed') {
      shown = shown.slice().sort((a, b) => (sums.get(b.id) || 0) - (sums.get(a.id) || 0))
      $('round-title').textContent = `${t('results')}: ${voting.title}`
    }
    if (!shown.length) notice.push(t('nothingToVote'))
    cards = shown.map((note) => voteCard(note, voting, voter, open, left, sums))
  } else {
    $('dots-left').textContent = ''
  }
  $('vote-notice').textContent = notice.join(' ')
  replaceChildren($('vote-notes'), cards)
}

function voteCard (note, voting, voter, open, left, sums) {
  const mine = myDots(voting, voter, note.id)
  const card = element('li', mine ? 'card voted' : 'card')
  card.appendChild(element('p', 'text', note.text))
  const facts = element('p', 'facts')
  facts.appendChild(element('span', 'mine', t('yourDots', { n: mine })))
  if (sums) facts.appendChild(element('span', 'total', t('votes', { n: sums.get(note.id) || 0 })))
  card.appendChild(facts)
  if (open) {
    const actions = element('div', 'actions')
    const add = button(t('addDot'), 'primary', 'dot', note.id, t('addDotNamed', { text: short(note.text) }))
    add.disabled = left === 0 || (mine > 0 && !voting.allowStacking)
    actions.appendChild(add)
    const back = button(t('takeBack'), 'quiet', 'undot', note.id, t('takeBackNamed', { text: short(note.text) }))
    back.disabled = mine === 0
    actions.appendChild(back)
    card.appendChild(actions)
  }
  return card
}

export function renderBoard (boardNotes, canView) {
  $('board-notice').textContent = !canView ? t('viewOff') : boardNotes.length ? '' : t('boardEmpty')
  const cards = canView
    ? boardNotes.map((note) => {
      const card = element('li', 'card')
      card.appendChild(element('p', 'text', note.text))
      if (note.author) card.appendChild(element('p', 'author', note.author))
      return card
    })
    : []
  replaceChildren($('board-notes'), cards)
}

/** Static texts marked in the page with data-t (text), data-t-label, data-t-placeholder. */
export function translatePage () {
  document.querySelectorAll('[data-t]').forEach((node) => { node.textContent = t(node.dataset.t) })
  document.querySelectorAll('[data-t-label]').forEach((node) => node.setAttribute('aria-label', t(node.dataset.tLabel)))
  document.querySelectorAll('[data-t-placeholder]').forEach((node) => { node.placeholder = t(node.dataset.tPlaceholder) })
  document.title = t('title')
}
