/**
 * Writes data/demo/activity.json: twelve months of DEMO activity (not real measurements) for the
 * demo workspace's options, drawn deterministically from a seeded generator.
 *
 *   node --import tsx data/demo/make-activity.ts
 *
 * Each option works the days its opening hours in workspace.json allow, minus its country's public
 * holidays. A day's paid hours follow the option's size, the weekday (Monday busiest) and the month
 * (January disputes, April tax season, a quieter summer and December). Paid time turns into handled
 * work at the option's utilisation (handled minutes per paid minute), split over its channels by a
 * mix that follows the demo scenario's routing, at its AHT (workspace.json's 7.5 min voice × the
 * option's AHT factor; a chat takes 10 min at two at once; an email ticket 5 min). Every figure gets
 * a few percent of day-to-day noise. The profiles below are assumptions chosen to make partners
 * differ in believable ways, not sourced figures.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { addDays } from '../../src/domain/quality/activity-periods.ts'
import { createRng, normal, type Rng } from '../../src/domain/simulation/rng.ts'

const HERE = dirname(fileURLToPath(import.meta.url))

export const SEED = 20_261_123
export const FROM = '2025-11-01'
export const TO = '2026-10-31'
export const COLUMNS = ['date', 'tickets_created', 'tickets_solved', 'inbound_calls', 'outbound_calls', 'call_minutes', 'voicemails', 'chats', 'paid_hours'] as const

interface Profile {
  /** Paid hours on an ordinary Wednesday in an ordinary month. */
  paidHoursPerDay: number
  /** Handled minutes per paid minute (after breaks, training, idle time): 1 − shrinkage, times occupancy. */
  utilisation: number
  /** Change of utilisation over the twelve months, spread evenly (a learning curve is positive). */
  utilisationTrend: number
  /** Months (YYYY-MM) with a utilisation drop, and how much: an attrition wave, a system migration. */
  dips: Record<string, number>
  /** Share of handled time per channel. */
  mix: { voice: number; chat: number; email: number }
  /** Share of handled calls that are callbacks and follow-ups (outbound). */
  outboundShare: number
  /** Voicemails per inbound call (after-hours and overflow messages). */
  voicemailRate: number
  /** Tickets opened per inbound call and per chat (a case logged for follow-up). */
  ticketsPerContact: number
  /** Public holidays: closed. */
  holidays: string[]
  note: string
}

const US = ['2025-11-27', '2025-12-25', '2026-01-01', '2026-01-19', '2026-05-25', '2026-07-03', '2026-09-07']
const MX = ['2025-11-17', '2025-12-25', '2026-01-01', '2026-02-02', '2026-03-16', '2026-05-01', '2026-09-16']
const PH = ['2025-11-30', '2025-12-25', '2025-12-30', '2026-01-01', '2026-04-02', '2026-04-03', '2026-06-12', '2026-08-31']

/** Assumptions, one per demo option key: sizes follow the demo scenario's shares of voice, chat and email. */
const PROFILES: Record<string, Profile> = {
  'in-house': {
    paidHoursPerDay: 2_800,
    utilisation: 0.57,
    utilisationTrend: 0.01,
    dips: {},
    mix: { voice: 0.8, chat: 0, email: 0.2 },
    outboundShare: 0.1,
    voicemailRate: 0.025,
    ticketsPerContact: 0.12,
    holidays: US,
    note: 'the bank’s own agents: experienced, most of the voice, and the email the offshore partner cannot take',
  },
  onshore: {
    paidHoursPerDay: 1_850,
    utilisation: 0.55,
    utilisationTrend: 0,
    dips: {},
    mix: { voice: 0.82, chat: 0.18, email: 0 },
    outboundShare: 0.08,
    voicemailRate: 0.03,
    ticketsPerContact: 0.1,
    holidays: US,
    note: 'steady; voice and some chat',
  },
  nearshore: {
    paidHoursPerDay: 2_500,
    utilisation: 0.53,
    utilisationTrend: 0.02,
    dips: { '2026-06': 0.05, '2026-07': 0.035 },
    mix: { voice: 0.7, chat: 0.25, email: 0.05 },
    outboundShare: 0.06,
    voicemailRate: 0.035,
    ticketsPerContact: 0.14,
    holidays: MX,
    note: 'an attrition wave in June and July (new hires are slower); open Saturdays',
  },
  offshore: {
    paidHoursPerDay: 2_300,
    utilisation: 0.44,
    utilisationTrend: 0.07,
    dips: {},
    mix: { voice: 0.45, chat: 0.15, email: 0.4 },
    outboundShare: 0.05,
    voicemailRate: 0.04,
    ticketsPerContact: 0.18,
    holidays: PH,
    note: 'round the clock, a new team on a learning curve: utilisation climbs through the year',
  },
}

/** Monday busiest, Friday lightest; weekends where open are thin. */
const WEEKDAY_FACTOR = [1.12, 1.03, 1, 0.97, 0.92, 0.42, 0.3]
/** January disputes, April tax season, a quieter summer and December. */
const MONTH_FACTOR: Record<string, number> = { '01': 1.08, '02': 1, '03': 1.02, '04': 1.06, '05': 0.98, '06': 0.96, '07': 0.94, '08': 0.95, '09': 1, '10': 1.01, '11': 1, '12': 0.93 }
const VOICE_AHT_MINUTES = 7.5
const CHAT_AGENT_MINUTES = 10 / 2
const EMAIL_MINUTES = 5

interface WorkspaceOption {
  key: string
  name: string
  kind: 'in-house' | 'partner'
  hours: ({ open: string; close: string } | null)[]
  ahtFactor: Record<string, number>
}

/** date, then the activity columns and paid hours in COLUMNS order. */
export type DemoDay = [string, ...number[]]

export interface DemoActivityFile {
  about: string
  generator: string
  seed: number
  from: string
  to: string
  columns: readonly string[]
  options: { key: string; name: string; note: string; days: DemoDay[] }[]
}

/** The demo file's content for a workspace file's options. Same workspace, same seed: same numbers. */
export function makeDemoActivity(options: readonly WorkspaceOption[], seed = SEED): DemoActivityFile {
  const rng = createRng(seed)
  return {
    about:
      'DEMO DATA, not real measurements: invented daily activity for the demo workspace’s options, made by data/demo/make-activity.ts ' +
      'from the assumptions stated there (sizes, utilisation, channel mix, holidays, a learning curve offshore and an attrition wave nearshore). ' +
      'Columns as in an activity CSV; dates are each option’s own calendar days; closed days have no row.',
    generator: 'data/demo/make-activity.ts',
    seed,
    from: FROM,
    to: TO,
    columns: COLUMNS,
    options: options.map((o) => {
      const profile = PROFILES[o.key]
      if (!profile) throw new Error(`make-activity has no profile for the demo option '${o.key}'`)
      return { key: o.key, name: o.name, note: `Assumption: ${profile.note}.`, days: daysOf(o, profile, rng) }
    }),
  }
}

function daysOf(option: WorkspaceOption, p: Profile, rng: Rng): DemoDay[] {
  const days: DemoDay[] = []
  const span = (Date.parse(`${TO}T00:00Z`) - Date.parse(`${FROM}T00:00Z`)) / 86_400_000
  for (let d = 0; d <= span; d++) {
    const date = addDays(FROM, d)
    const weekday = (new Date(`${date}T00:00Z`).getUTCDay() + 6) % 7
    const hours = option.hours[weekday]
    if (!hours || p.holidays.includes(date)) continue
    const openHours = (minutes(hours.close) - minutes(hours.open)) / 60
    const weekdayOpen = option.hours.slice(0, 5).map((h) => (h ? (minutes(h.close) - minutes(h.open)) / 60 : 0))
    // A short Saturday staffs fewer hours than a weekday, in proportion to its opening hours.
    const open = weekday >= 5 ? openHours / Math.max(...weekdayOpen) : 1
    const noise = (sd: number) => Math.max(0.5, 1 + sd * normal(rng))
    const paid = p.paidHoursPerDay * WEEKDAY_FACTOR[weekday]! * MONTH_FACTOR[date.slice(5, 7)]! * open * noise(0.03)
    const utilisation = (p.utilisation + (p.utilisationTrend * d) / span - (p.dips[date.slice(0, 7)] ?? 0)) * noise(0.025)
    const handled = paid * 60 * utilisation
    const aht = VOICE_AHT_MINUTES * (option.ahtFactor.voice ?? 1) * noise(0.02)
    const calls = (handled * p.mix.voice) / aht
    const outbound = calls * p.outboundShare * noise(0.1)
    const inbound = calls - outbound
    const chats = (handled * p.mix.chat) / (CHAT_AGENT_MINUTES * (option.ahtFactor.chat ?? 1)) * noise(0.03)
    const emails = (handled * p.mix.email) / (EMAIL_MINUTES * (option.ahtFactor.email ?? 1)) * noise(0.04)
    const voicemails = inbound * p.voicemailRate * noise(0.15)
    const created = emails * noise(0.05) + (inbound + chats) * p.ticketsPerContact * noise(0.08)
    days.push([
      date,
      Math.round(created),
      Math.round(emails + (inbound + chats) * p.ticketsPerContact * 0.9),
      Math.round(inbound),
      Math.round(outbound),
      Math.round(calls * aht * 10) / 10,
      Math.round(voicemails),
      Math.round(chats),
      Math.round(paid * 4) / 4,
    ])
  }
  return days
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))

/** JSON with one day per line, so a change to the generator reads as a diff of days. */
export function formatDemoActivity(file: DemoActivityFile): string {
  const { options, ...head } = file
  const lines = Object.entries(head).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`)
  const blocks = options.map((o) => {
    const days = o.days.map((d) => `        ${JSON.stringify(d)}`).join(',\n')
    return `    {\n      "key": ${JSON.stringify(o.key)},\n      "name": ${JSON.stringify(o.name)},\n      "note": ${JSON.stringify(o.note)},\n      "days": [\n${days}\n      ]\n    }`
  })
  return `{\n${lines.join('\n')}\n  "options": [\n${blocks.join(',\n')}\n  ]\n}\n`
}

export function readWorkspaceOptions(): WorkspaceOption[] {
  return (JSON.parse(readFileSync(resolve(HERE, 'workspace.json'), 'utf8')) as { options: WorkspaceOption[] }).options
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = makeDemoActivity(readWorkspaceOptions())
  writeFileSync(resolve(HERE, 'activity.json'), formatDemoActivity(file))
  console.log(`wrote data/demo/activity.json: ${file.options.map((o) => `${o.key} ${o.days.length} days`).join(', ')}`)
}
