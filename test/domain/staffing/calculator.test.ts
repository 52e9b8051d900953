import { describe, expect, it } from 'vitest'
import { answerStaffing, evaluateHeadcount, headcountNeighbourhood, trafficErlangs, type StaffingQuestion } from '../../../src/domain/staffing/calculator.ts'

const VOICE: StaffingQuestion = Object.freeze({ channel: 'voice', contacts: 100, intervalSeconds: 1800, ahtSeconds: 180, answerWithinSeconds: 20, targetServiceLevel: 0.8, shrinkage: 0.3 })

describe('trafficErlangs', () => {
  it('is contacts per second times AHT', () => {
    expect(trafficErlangs(100, 1800, 180)).toBe(10)
    expect(trafficErlangs(60_000, 900, 150)).toBe(10_000)
  })
})

describe('answerStaffing', () => {
  it('solves for the fewest agents and adds shrinkage', () => {
    const r = answerStaffing(VOICE)
    expect(r.ok && r.answer).toMatchObject({ agents: 14, scheduledAgents: 20, model: 'erlang-c', meetsTargets: true })
  })

  it('evaluates a given headcount and says whether it meets the targets', () => {
    const r = answerStaffing({ ...VOICE, agents: 13 })
    expect(r.ok && r.answer).toMatchObject({ agents: 13, meetsTargets: false })
  })

  it('names Erlang A when a patience is given', () => {
    const r = answerStaffing({ ...VOICE, patienceSeconds: 300 })
    expect(r.ok && r.answer.model).toBe('erlang-a')
    expect(r.ok && r.answer.agents).toBe(13)
  })

  it('staffs chat as agents × concurrency slots, rounding agents up', () => {
    const chat: StaffingQuestion = { ...VOICE, channel: 'chat', concurrency: 3, ahtSeconds: 600, answerWithinSeconds: 30 }
    const r = answerStaffing(chat)
    if (!r.ok) throw new Error('expected an answer')
    expect(r.answer.slots).toBe(r.answer.agents * 3)
    expect(r.answer.meetsTargets).toBe(true)
    // One agent fewer no longer gives enough slots.
    expect(evaluateHeadcount(chat, r.answer.agents - 1).meetsTargets).toBe(false)
  })
})

describe('headcountNeighbourhood', () => {
  it('lists N−3 … N+3 with rising service level', () => {
    const rows = headcountNeighbourhood(VOICE, 14)
    expect(rows.map((r) => r.agents)).toEqual([11, 12, 13, 14, 15, 16, 17])
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.serviceLevel).toBeGreaterThanOrEqual(rows[i - 1]!.serviceLevel)
  })

  it('never lists fewer than zero agents', () => {
    expect(headcountNeighbourhood(VOICE, 1).map((r) => r.agents)).toEqual([0, 1, 2, 3, 4])
  })
})
