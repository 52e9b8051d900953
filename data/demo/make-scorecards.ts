/**
 * Writes data/demo/scorecards.json: twelve months (2025-11 … 2026-10) of DEMO scorecard KPIs (not
 * real measurements) for the demo workspace's options, plus the last thirteen ISO weeks of ticket
 * volume, FCR and escalation for the weekly team view, drawn deterministically from a seeded generator.
 *
 *   node --import tsx data/demo/make-scorecards.ts
 *
 * Consistency with the rest of the demo:
 * - FCR and escalation rates centre on each option's modelled `fcr` and `escalationRate` in
 *   workspace.json (the offshore team's FCR climbs through the year around its modelled 0.68: a new
 *   team on a learning curve, as in make-activity.ts).
 * - Ticket volume (one ticket per contact handled) sits near the volume the option's contract was
 *   staffed to: the offered contacts of the demo scenario's plan for that month (src/web/scorecard-plan.ts;
 *   a week takes its days' share of its months), within a few percent, except a couple of months
 *   deliberately outside the contracts' 90–110 % validity band (nearshore's attrition wave in June
 *   handled 84 % of plan; offshore took 124 % in September when a competitor's outage sent customers
 *   over). Months the plan does not cover (before February 2026) sit near February's plan.
 * - FCR and escalation are measured over the handled calls and chats of data/demo/activity.json, so
 *   their sample sizes are those contacts. Monthly FCR is reported per contact type (voice, chat):
 *   chat resolves more at first contact, and the options' mixes differ (onshore is chat-heavy,
 *   nearshore voice-heavy), so their own-mix FCRs rank them the other way round from their FCR
 *   on a common mix: the scorecard's re-weighting shows it.
 * - AHT centres on workspace.json's 7.5-minute voice AHT times the option's AHT factor.
 * - The nearshore attrition wave of June and July (activity.json's dip) raises attrition and
 *   lowers CSAT and FCR in those months.
 * Everything else (CSAT, QA, service level, abandonment, NPS, CES, retention, NRR, resolution time,
 * cost per ticket) is an assumption chosen so that some options beat the default targets and some
 * miss them, and so that the weights decide the ranking. The offshore partner's survey collects few
 * responses (three months under 30) to show small-sample warnings and shrinkage.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openMemoryDb } from '../../src/db/client.ts'
import { seedDemoIfEmpty } from '../../src/db/seed-demo.ts'
import { listOptions } from '../../src/db/sourcing-options.ts'
import { isoWeek } from '../../src/domain/quality/activity-periods.ts'
import { parsePeriod } from '../../src/domain/quality/periods.ts'
import { periodPlan } from '../../src/domain/quality/validity-flags.ts'
import { contractPlans } from '../../src/web/scorecard-plan.ts'
import { createRng, normal, type Rng } from '../../src/domain/simulation/rng.ts'

const HERE = dirname(fileURLToPath(import.meta.url))

export const SEED = 20_261_124
export const MONTHS = ['2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'] as const
/** The last thirteen whole ISO weeks inside the activity data (2026-W31 starts 27 July, W43 ends 25 October). */
export const WEEKS = Array.from({ length: 13 }, (_, i) => `2026-W${31 + i}`)
export const COLUMNS = ['period', 'kpi', 'value', 'sample_size', 'sd', 'contact_type'] as const

/** period, kpi, value, sample_size (null: not sampled), sd (null: not a mean with an sd), and a contact type when the value is over one type only. */
export type DemoRow = [string, string, number, number | null, number | null] | [string, string, number, number | null, number | null, string]

/** The month holding a week's Thursday (the ISO rule for which year, and here which month, a week belongs to). */
function weekMonth(week: string): string {
  const monday = parsePeriod(week)!.index * 7 * 86_400_000 - 3 * 86_400_000
  return new Date(monday + 3 * 86_400_000).toISOString().slice(0, 7)
}

interface Profile {
  csat: number
  /** Survey responses per month. */
  csatResponses: number
  aht: number
  qa: number
  qaEvaluations: number
  serviceLevel: number
  abandon: number
  nps: number
  ces: number
  attrition: number
  resolutionHours: number
  costPerTicket: number
  retention: number
  nrr: number
  /** Change of FCR from the first month to the last (a learning curve is positive). */
  fcrTrend: number
  /** Months with a dip: CSAT and FCR fall by `quality`, attrition rises by `attrition`. */
  dips: Record<string, { quality: number; attrition: number }>
  /** Months whose survey got very few responses (a tool outage, a survey redesign). */
  fewResponses: Record<string, number>
  /** Share of handled contacts that are chats (the rest voice), and how much higher chat FCR is than voice FCR. */
  chatShare: number
  chatFcrGap: number
  /** Months whose handled volume is deliberately this share of plan (outside the validity band). */
  volumeOff: Record<string, number>
  note: string
}

/** Assumptions, one per demo option key. Targets they are read against: CSAT 0.85, AHT 360 s, QA 0.85, service level 0.8, abandon 0.05, NPS 30, attrition 0.35. */
const PROFILES: Record<string, Profile> = {
  'in-house': {
    csat: 0.885, csatResponses: 560, aht: 450, qa: 0.905, qaEvaluations: 80, serviceLevel: 0.755, abandon: 0.066, nps: 37, ces: 5.8,
    attrition: 0.19, resolutionHours: 16, costPerTicket: 11.4, retention: 0.935, nrr: 1.04, fcrTrend: 0, dips: {}, fewResponses: {}, chatShare: 0.1, chatFcrGap: 0.12, volumeOff: {},
    note: 'the bank’s own experienced agents: the best quality and lowest attrition, but the most expensive, and thinly staffed at peaks (service level and abandonment below target)',
  },
  onshore: {
    csat: 0.866, csatResponses: 410, aht: 472, qa: 0.88, qaEvaluations: 60, serviceLevel: 0.822, abandon: 0.039, nps: 31, ces: 5.6,
    attrition: 0.33, resolutionHours: 21, costPerTicket: 9.6, retention: 0.926, nrr: 1.02, fcrTrend: 0, dips: {}, fewResponses: {}, chatShare: 0.6, chatFcrGap: 0.08, volumeOff: {},
    note: 'steady and close to target everywhere: FCR just under, speed of answer comfortably met',
  },
  nearshore: {
    csat: 0.852, csatResponses: 380, aht: 495, qa: 0.855, qaEvaluations: 55, serviceLevel: 0.792, abandon: 0.049, nps: 27, ces: 5.4,
    attrition: 0.42, resolutionHours: 27, costPerTicket: 6.1, retention: 0.915, nrr: 1, fcrTrend: 0,
    dips: { '2026-06': { quality: 0.035, attrition: 0.5 }, '2026-07': { quality: 0.025, attrition: 0.35 } },
    fewResponses: {}, chatShare: 0.15, chatFcrGap: 0.08, volumeOff: { '2026-06': 0.84 },
    note: 'an attrition wave in June and July pulls CSAT and FCR down for two months',
  },
  offshore: {
    csat: 0.805, csatResponses: 46, aht: 518, qa: 0.83, qaEvaluations: 22, serviceLevel: 0.872, abandon: 0.028, nps: 17, ces: 5,
    attrition: 0.6, resolutionHours: 31, costPerTicket: 4.4, retention: 0.905, nrr: 0.98, fcrTrend: 0.09, dips: {},
    fewResponses: { '2025-12': 19, '2026-04': 24, '2026-08': 27 }, chatShare: 0.4, chatFcrGap: 0.12, volumeOff: { '2026-09': 1.24 },
    note: 'the cheapest and fastest to answer (large round-the-clock team), with few survey responses and a new team whose FCR climbs through the year',
  },
}

interface WorkspaceOption {
  key: string
  name: string
  fcr: number
  escalationRate: number
}

interface ActivityFile {
  columns: string[]
  options: { key: string; days: [string, ...number[]][] }[]
}

/** Tickets created and contacts handled (inbound calls, outbound calls and chats) per period of one option. */
function activityTotals(activity: ActivityFile, key: string, periodOf: (date: string) => string): Map<string, { tickets: number; contacts: number; inbound: number }> {
  const at = (c: string) => activity.columns.indexOf(c)
  const [tickets, inbound, outbound, chats] = [at('tickets_created'), at('inbound_calls'), at('outbound_calls'), at('chats')]
  const totals = new Map<string, { tickets: number; contacts: number; inbound: number }>()
  for (const d of activity.options.find((o) => o.key === key)?.days ?? []) {
    const p = periodOf(d[0])
    const t = totals.get(p) ?? { tickets: 0, contacts: 0, inbound: 0 }
    t.tickets += d[tickets] as number
    t.contacts += (d[inbound] as number) + (d[outbound] as number) + (d[chats] as number)
    t.inbound += d[inbound] as number
    totals.set(p, t)
  }
  return totals
}

const round = (x: number, digits: number) => Number(x.toFixed(digits))
const clamp = (x: number, low: number, high: number) => Math.min(high, Math.max(low, x))

/** A share measured on n: the binomial count by its normal approximation, as a share to 4 decimals. */
function share(rng: Rng, p: number, n: number): number {
  const x = Math.round(n * p + Math.sqrt(n * p * (1 - p)) * normal(rng))
  return round(clamp(x, 0, n) / n, 4)
}

/** A mean of n measures with spread sd: the sampling error of the mean, and the sd as measured. */
function mean(rng: Rng, mu: number, sd: number, n: number, digits: number): { value: number; sd: number } {
  return { value: round(mu + (sd / Math.sqrt(n)) * normal(rng), digits), sd: round(sd * (1 + 0.05 * normal(rng)), digits + 1) }
}

export interface DemoScorecardFile {
  about: string
  generator: string
  seed: number
  months: readonly string[]
  weeks: readonly string[]
  columns: readonly string[]
  options: { key: string; name: string; note: string; rows: DemoRow[] }[]
}

/** Planned offered contacts per option key and whole month of the demo scenario. */
export type DemoPlan = ReadonlyMap<string, ReadonlyMap<string, number>>

/** The demo file's content. Same workspace, activity, plan and seed: same numbers. */
export function makeDemoScorecards(options: readonly WorkspaceOption[], activity: ActivityFile, plan: DemoPlan, seed = SEED): DemoScorecardFile {
  const rng = createRng(seed)
  return {
    about:
      'DEMO DATA, not real measurements: invented monthly scorecard KPIs (and weekly ticket volume, FCR and escalation) for the demo workspace’s options, ' +
      'made by data/demo/make-scorecards.ts from the assumptions stated there; FCR and escalation centre on workspace.json, contacts come from activity.json, ticket volume sits near the demo scenario’s plan. ' +
      'Values are in each KPI’s unit, proportions as shares 0–1.',
    generator: 'data/demo/make-scorecards.ts',
    seed,
    months: MONTHS,
    weeks: WEEKS,
    columns: COLUMNS,
    options: options.map((o) => {
      const p = PROFILES[o.key]
      if (!p) throw new Error(`make-scorecards has no profile for the demo option '${o.key}'`)
      return { key: o.key, name: o.name, note: `Assumption: ${p.note}.`, rows: [...monthRows(o, p, activity, plan.get(o.key) ?? new Map(), rng), ...weekRows(o, p, activity, plan.get(o.key) ?? new Map(), rng)] }
    }),
  }
}

/** Handled volume near plan: a few percent either way, or the profile's deliberate share of plan; months without a plan take the plan's first month. */
function volumeNearPlan(rng: Rng, p: Profile, period: string, plan: ReadonlyMap<string, number>, month: string): number {
  const planned = periodPlan(period, plan) ?? periodPlan(period.includes('W') ? period : [...plan.keys()][0]!, plan)
  if (planned === undefined) throw new Error(`no plan near ${period}`)
  const ratio = p.volumeOff[month] ?? clamp(1 + 0.025 * normal(rng), 0.94, 1.06)
  return Math.round(planned * ratio)
}

function monthRows(o: WorkspaceOption, p: Profile, activity: ActivityFile, plan: ReadonlyMap<string, number>, rng: Rng): DemoRow[] {
  const totals = activityTotals(activity, o.key, (d) => d.slice(0, 7))
  const rows: DemoRow[] = []
  MONTHS.forEach((month, i) => {
    const t = totals.get(month)
    if (!t) throw new Error(`activity.json has no ${month} for ${o.key}`)
    const dip = p.dips[month] ?? { quality: 0, attrition: 0 }
    // Month-to-month drift a few tenths of a point wide, so months differ by more than sampling error.
    const drift = () => 0.004 * normal(rng)
    const fcr = o.fcr + p.fcrTrend * (i / (MONTHS.length - 1) - 0.5) - dip.quality + drift()
    const responses = p.fewResponses[month] ?? Math.round(p.csatResponses * (1 + 0.08 * normal(rng)))
    const offered = Math.round(t.inbound / (1 - p.abandon))
    const aht = mean(rng, p.aht * (1 + 0.01 * normal(rng)), 210, t.contacts, 1)
    const qaN = Math.max(8, Math.round(p.qaEvaluations * (1 + 0.1 * normal(rng))))
    const qa = mean(rng, p.qa - dip.quality / 2 + drift(), 0.08, qaN, 3)
    const npsN = Math.round(responses * 0.8)
    const nps = mean(rng, p.nps - 100 * dip.quality + 2 * normal(rng), 72, npsN, 1)
    const cesN = Math.round(responses * 0.6)
    const ces = mean(rng, p.ces - 3 * dip.quality + 0.05 * normal(rng), 1.3, cesN, 2)
    const solved = Math.round(t.tickets * 0.92)
    const resolution = mean(rng, p.resolutionHours * (1 + 0.04 * normal(rng)), p.resolutionHours * 0.9, solved, 1)
    const customers = 1_800 + Math.round(200 * rng())
    // Per contact type: voice below and chat above the option's FCR by the gap, so its own mix averages to it.
    const chats = Math.round(t.contacts * p.chatShare)
    const voiceFcr = fcr - p.chatFcrGap * p.chatShare
    rows.push(
      [month, 'ticket-volume', volumeNearPlan(rng, p, month, plan, month), null, null],
      [month, 'csat', share(rng, p.csat - dip.quality + drift(), responses), responses, null],
      [month, 'fcr', share(rng, voiceFcr, t.contacts - chats), t.contacts - chats, null, 'voice'],
      [month, 'fcr', share(rng, voiceFcr + p.chatFcrGap, chats), chats, null, 'chat'],
      [month, 'escalation-rate', share(rng, o.escalationRate + drift() / 4, t.contacts), t.contacts, null],
      [month, 'aht', aht.value, t.contacts, aht.sd],
      [month, 'qa-score', qa.value, qaN, qa.sd],
      [month, 'service-level', share(rng, p.serviceLevel + 2 * drift(), offered), offered, null],
      [month, 'abandon-rate', share(rng, p.abandon + drift() / 2, offered), offered, null],
      [month, 'nps', nps.value, npsN, nps.sd],
      [month, 'ces', ces.value, cesN, ces.sd],
      [month, 'average-resolution-time', resolution.value, solved, resolution.sd],
      [month, 'agent-attrition', round(Math.max(0, p.attrition + dip.attrition + 0.04 * normal(rng)), 3), null, null],
      [month, 'cost-per-ticket', round(p.costPerTicket * (1 + 0.03 * normal(rng)), 2), null, null],
      [month, 'customer-retention-rate', share(rng, p.retention, customers), customers, null],
      [month, 'nrr', round(p.nrr + 0.01 * normal(rng), 3), null, null],
    )
  })
  return rows
}

function weekRows(o: WorkspaceOption, p: Profile, activity: ActivityFile, plan: ReadonlyMap<string, number>, rng: Rng): DemoRow[] {
  const totals = activityTotals(activity, o.key, (d) => {
    const w = isoWeek(d)
    return `${w.year}-W${String(w.week).padStart(2, '0')}`
  })
  return WEEKS.flatMap((week, i): DemoRow[] => {
    const t = totals.get(week)
    if (!t) throw new Error(`activity.json has no ${week} for ${o.key}`)
    // The weeks are the year's last thirteen: FCR sits near the end of its yearly trend.
    const fcr = o.fcr + p.fcrTrend * (0.5 - (WEEKS.length - 1 - i) / 52) + 0.004 * normal(rng)
    return [
      [week, 'ticket-volume', volumeNearPlan(rng, p, week, plan, weekMonth(week)), null, null],
      [week, 'fcr', share(rng, fcr, t.contacts), t.contacts, null],
      [week, 'escalation-rate', share(rng, o.escalationRate, t.contacts), t.contacts, null],
    ]
  })
}

/** JSON with one row per line, so a change to the generator reads as a diff of values. */
export function formatDemoScorecards(file: DemoScorecardFile): string {
  const { options, ...head } = file
  const lines = Object.entries(head).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`)
  const blocks = options.map((o) => {
    const rows = o.rows.map((r) => `        ${JSON.stringify(r)}`).join(',\n')
    return `    {\n      "key": ${JSON.stringify(o.key)},\n      "name": ${JSON.stringify(o.name)},\n      "note": ${JSON.stringify(o.note)},\n      "rows": [\n${rows}\n      ]\n    }`
  })
  return `{\n${lines.join('\n')}\n  "options": [\n${blocks.join(',\n')}\n  ]\n}\n`
}

export function readDemoInputs(): { options: WorkspaceOption[]; activity: ActivityFile; plan: DemoPlan } {
  const read = (name: string) => JSON.parse(readFileSync(resolve(HERE, name), 'utf8'))
  const options = (read('workspace.json') as { options: WorkspaceOption[] }).options
  return { options, activity: read('activity.json') as ActivityFile, plan: demoPlan(options) }
}

/** The demo scenario's plan per option key, as the scorecard pages read it: seed the demo in memory and evaluate it. */
function demoPlan(options: readonly WorkspaceOption[]): DemoPlan {
  const db = openMemoryDb()
  seedDemoIfEmpty(db)
  const plans = contractPlans(db)
  const byName = new Map(listOptions(db).map((o) => [o.name, o.id]))
  return new Map(options.map((o) => [o.key, plans.get(byName.get(o.name)!)?.monthly ?? new Map<string, number>()]))
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { options, activity, plan } = readDemoInputs()
  const file = makeDemoScorecards(options, activity, plan)
  writeFileSync(resolve(HERE, 'scorecards.json'), formatDemoScorecards(file))
  console.log(`wrote data/demo/scorecards.json: ${file.options.map((o) => `${o.key} ${o.rows.length} rows`).join(', ')}`)
}
