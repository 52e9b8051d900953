/** The staffing answer as a person reads it in a terminal. */
import type { StaffingAnswer, StaffingQuestion } from '../domain/staffing/calculator.ts'

const pct = (x: number) => `${(x * 100).toFixed(1)} %`
const secs = (x: number) => (Number.isFinite(x) ? `${x.toFixed(1)} s` : 'unstable (queue grows without limit)')

export function formatAnswer(q: StaffingQuestion, a: StaffingAnswer): string {
  const model = a.model === 'erlang-a' ? `Erlang A (mean patience ${q.patienceSeconds} s)` : 'Erlang C (no abandonment)'
  const chat = q.channel === 'chat' ? `, chat at ${q.concurrency} sessions per agent (${a.slots} slots)` : ''
  const rows: [string, string][] = [
    ['Model', model + chat],
    ['Traffic', `${a.trafficErlangs.toFixed(2)} Erlangs`],
    [q.agents === undefined ? 'Agents needed' : 'Agents evaluated', `${a.agents} productive`],
    ['Scheduled agents', `${a.scheduledAgents} (shrinkage ${pct(q.shrinkage ?? 0)})`],
    ['Service level', `${pct(a.serviceLevel)} answered within ${q.answerWithinSeconds} s (target ${pct(q.targetServiceLevel)})`],
    ['ASA', secs(a.asaSeconds)],
    ['Occupancy', pct(a.occupancy)],
    ['Probability of waiting', pct(a.probWait)],
    ['Abandonment', pct(a.probAbandon)],
    ['Meets every target', a.meetsTargets ? 'yes' : 'no'],
  ]
  return rows.map(([k, v]) => `${k.padEnd(24)}${v}`).join('\n') + '\n'
}
