// Builds the phone page into codesign/room/static/ (committed, served by the laptop).
// Targets the oldest browsers we promise: Safari on iOS 15 and Chrome for Android.
import { build } from 'esbuild'
import { copyFileSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
// PHONE_OUT builds elsewhere: the tests rebuild into a temporary folder and compare.
const out = process.env.PHONE_OUT || join(here, '..', 'codesign', 'room', 'static')
mkdirSync(out, { recursive: true })

await build({
  entryPoints: [join(here, 'src', 'main.js')],
  outfile: join(out, 'phone.js'),
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2019', 'safari15', 'chrome90'],
  legalComments: 'eof',
  charset: 'utf8',
  logLevel: 'warning'
})
await build({
  entryPoints: [join(here, 'src', 'phone.css')],
  outfile: join(out, 'phone.css'),
  bundle: true,
  minify: true,
  target: ['safari15', 'chrome90'],
  logLevel: 'warning'
})
copyFileSync(join(here, 'src', 'index.html'), join(out, 'index.html'))
