/**
 * The standard report's narrative slots (summary, trends, root cause, wins, actions) written from
 * the figures by rules, as a first draft a person edits: every sentence states a figure and says
 * whether it is beyond sampling noise (pure).
 */
import type { Kpi } from '../../src/domain/quality/kpi-catalogue.ts'
import { formatKpiChange, formatKpiValue, formatP } from './format-kpi.ts'
import type { Cadence } from './ids.ts'
import type { KpiFacts } from './reports-model.ts'

export interface Narrative {
  summary: string[]
  trends: string[]
  rootCause: string[]
  wins: string[]
  actions: string[]
}

export interface NarrativeContext {
  cadence: Cadence
  per: 'month' | 'week'
  current: string
  previous: string
  currency?: string | undefined
}

/** Sentences per slot are capped: a draft with twenty bullet points is not read. */
const MAX_SENTENCES = 6
const ALPHA = 0.05

const list = (names: readonly string[]) => (names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`)
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

export function narrative(facts: readonly KpiFacts[], ctx: NarrativeContext, leadingMisses: readonly { partner: string; kpi: Kpi; value: number; target: number }[]): Narrative {
  if (facts.length === 0) return { summary: ['There are no figures for this report yet.'], trends: [], rootCause: [], wins: [], actions: [] }
  const period = ctx.cadence === 'quarter' ? 'quarter' : ctx.per
  const fmt = (kpi: Kpi, v: number | null | undefined) => formatKpiValue(kpi, v, ctx.currency)
  const change = (kpi: Kpi, v: number) => formatKpiChange(kpi, v, ctx.currency)
  const good = (kpi: Kpi, delta: number) => (kpi.direction === 'higher' ? delta > 0 : delta < 0)
  const summary: string[] = []
  const trends: string[] = []
  const rootCause: string[] = []
  const wins: string[] = []
  const actions: string[] = []

  for (const { kpi, target, tested, partners } of facts) {
    const leaders = partners.filter((p) => p.rank === 1)
    const lead = !tested
      ? `${leaders[0]?.partner ?? 'nobody'} is ${kpi.direction === 'higher' ? 'highest' : 'lowest'} at ${fmt(kpi, leaders[0]?.now)} (differences cannot be tested without sample sizes)`
      : leaders.length > 1
        ? `${list(leaders.map((p) => p.partner))} share the lead (within noise of each other)`
        : `${leaders[0]?.partner ?? 'nobody'} leads with ${fmt(kpi, leaders[0]?.now)}`
    const met = partners.filter((p) => p.meetsTarget === true).length
    const targetText = target === undefined ? 'there is no target to read it against' : `${met} of ${partners.length} met the target of ${fmt(kpi, target)}`
    const range = partners.length > 1 ? ` (${fmt(kpi, Math.min(...partners.map((p) => p.now!)))} to ${fmt(kpi, Math.max(...partners.map((p) => p.now!)))})` : ''
    summary.push(`${kpi.name}, ${ctx.current}: ${lead}${range}; ${targetText}.`)

    for (const p of partners) {
      if (p.trend?.significant) {
        trends.push(`${p.partner}’s ${kpi.name} is ${p.trend.direction} by ${change(kpi, p.trend.slope)} a ${p.trend.per} over the last ${plural(p.trend.periods, p.trend.per)} (p ${formatP(p.trend.pValue)}).`)
      }
      if (p.changeP !== null && p.changeP < ALPHA && p.before !== null && p.now !== null) {
        trends.push(`${p.partner}’s ${kpi.name} ${p.now > p.before ? 'rose' : 'fell'} from ${fmt(kpi, p.before)} in ${ctx.previous} to ${fmt(kpi, p.now)}, beyond sampling noise (p ${formatP(p.changeP)}).`)
      }
    }

    for (const p of partners) {
      const worsened = (p.changeP !== null && p.changeP < ALPHA && p.before !== null && p.now !== null && !good(kpi, p.now - p.before)) || p.trend?.direction === 'worsening'
      if (p.meetsTarget === false || worsened) {
        const why = p.meetsTarget === false ? `misses its target (${fmt(kpi, p.now)} against ${fmt(kpi, target)})` : 'worsened beyond noise'
        const causes = leadingMisses.filter((m) => m.partner === p.partner && m.kpi.id !== kpi.id)
        if (kpi.timing === 'lagging' && causes.length) {
          rootCause.push(
            `${p.partner}’s ${kpi.name} ${why}; of its leading KPIs, ${list(causes.slice(0, 3).map((c) => `${c.kpi.name} (${fmt(c.kpi, c.value)}, target ${fmt(c.kpi, c.target)})`))} also miss theirs: look there first.`,
          )
        } else if (kpi.timing === 'lagging') {
          rootCause.push(`${p.partner}’s ${kpi.name} ${why} while its leading KPIs meet their targets: look beyond the contact centre (product issues, policy changes, the survey itself).`)
        } else {
          rootCause.push(`${p.partner}’s ${kpi.name} ${why}; as a leading KPI it will pull the outcomes that follow it (satisfaction, cost per resolution) unless it is corrected.`)
        }
      }
      if (p.small) rootCause.push(`${p.partner}’s ${kpi.name} rests on only ${p.n.toLocaleString('en-US')} ${kpi.kind === 'proportion' ? 'responses' : 'measures'} this ${period}: a change there may be noise.`)
    }

    const alone = tested ? partners.filter((p) => p.rank === 1 && !p.withinNoise && p.tiedWith.length === 0) : []
    for (const p of alone) if (partners.length > 1) wins.push(`${p.partner} leads on ${kpi.name} outright (${fmt(kpi, p.now)}), beyond noise of every other partner.`)
    for (const p of partners) {
      if (p.trend?.direction === 'improving') wins.push(`${p.partner}’s ${kpi.name} has improved steadily: ${change(kpi, p.trend.slope)} a ${p.trend.per}.`)
      else if (p.changeP !== null && p.changeP < ALPHA && p.before !== null && p.now !== null && good(kpi, p.now - p.before)) wins.push(`${p.partner} improved ${kpi.name} to ${fmt(kpi, p.now)} since ${ctx.previous}.`)
    }
    if (target !== undefined && partners.length > 0 && met === partners.length) wins.push(`Every partner met the ${kpi.name} target of ${fmt(kpi, target)}.`)

    for (const p of partners) {
      if (p.meetsTarget === false) actions.push(`Agree a plan with ${p.partner} to bring ${kpi.name} from ${fmt(kpi, p.now)} to ${fmt(kpi, target)}.`)
      else if (p.trend?.direction === 'worsening') actions.push(`Review ${kpi.name} with ${p.partner} at the next ${period}ly review: it has worsened by ${change(kpi, p.trend.slope)} a ${p.trend.per}.`)
      if (p.small && kpi.kind === 'proportion') actions.push(`Ask ${p.partner} for more survey responses: ${p.n.toLocaleString('en-US')} this ${period}; at least 30 are needed to tell a change from noise.`)
    }
    if (target === undefined) actions.push(`Set a target for ${kpi.name} in the KPI catalogue so it can be read against one.`)
  }

  const fill = (sentences: string[], none: string) => (sentences.length ? dedupe(sentences).slice(0, MAX_SENTENCES) : [none])
  return {
    summary: summary.map(cap),
    trends: fill(trends, `No KPI moved beyond sampling noise since ${ctx.previous || 'the previous period'} or over the last months.`),
    rootCause: fill(rootCause, 'Nothing missed its target or worsened: there is no root cause to look for.'),
    wins: fill(wins, `No clear win this ${period}: leaders are within noise of each other.`),
    actions: fill(actions, `No action needed: keep the targets and review again next ${period}.`),
  }
}

function dedupe(sentences: readonly string[]): string[] {
  return [...new Set(sentences)]
}


