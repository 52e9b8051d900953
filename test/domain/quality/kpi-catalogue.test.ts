import { describe, expect, it } from 'vitest'
import { KPI_CATALOGUE, kpiById, PERSPECTIVES } from '../../../src/domain/quality/kpi-catalogue.ts'
import { checkKpiSelection, MAX_SCORECARD_KPIS } from '../../../src/domain/quality/kpi-selection-check.ts'

describe('the KPI catalogue', () => {
  it('holds every KPI named in model.md §10', () => {
    const names = [
      'First Response Time', 'Ticket Volume', 'Escalation Rate', 'First Contact Resolution', 'Customer Effort Score',
      'Average Resolution Time', 'Cost per Ticket', 'Cost per Resolution', 'Complaints Resolved',
      'Proactive Support Engagement Rate', 'Customer Satisfaction Score', 'Net Promoter Score', 'Customer Retention Rate',
      'Net Revenue Retention', 'Customer Feedback Score', 'Average Handle Time', 'Service Level', 'Abandon Rate', 'QA Score',
      'Schedule Adherence', 'Agent Attrition', 'Team Wellbeing', 'Onboard', 'Adoption', 'Success', 'Availability',
      'Engagement Quality', 'Retention (renewal commitment)', 'Health', 'Net Recurring Revenue (recurring revenue rate)',
    ]
    expect(KPI_CATALOGUE.map((k) => k.name).sort()).toEqual(names.sort())
  })

  it('gives every KPI a definition, unit, kind, direction, perspective, timing and a target inside its scale (or none)', () => {
    for (const k of KPI_CATALOGUE) {
      expect(k.definition.length, k.id).toBeGreaterThan(10)
      expect(k.unit, k.id).not.toBe('')
      expect(['proportion', 'mean', 'count', 'rate']).toContain(k.kind)
      expect(['higher', 'lower']).toContain(k.direction)
      expect(PERSPECTIVES).toContain(k.perspective)
      expect(['leading', 'lagging']).toContain(k.timing)
      if (k.defaultTarget !== null) expect(k.defaultTarget >= k.min && k.defaultTarget <= k.max, k.id).toBe(true)
    }
  })

  it('keeps proportions as shares from 0 to 1', () => {
    for (const k of KPI_CATALOGUE.filter((x) => x.kind === 'proportion')) expect([k.min, k.max, k.unit]).toEqual([0, 1, 'share (0–1)'])
  })

  it('has unique ids and finds them', () => {
    expect(new Set(KPI_CATALOGUE.map((k) => k.id)).size).toBe(KPI_CATALOGUE.length)
    expect(kpiById('csat')!.direction).toBe('higher')
    expect(kpiById('abandon-rate')!.direction).toBe('lower')
    expect(kpiById('nope')).toBeUndefined()
  })

  it('covers all four balanced-scorecard perspectives and both timings', () => {
    expect(new Set(KPI_CATALOGUE.map((k) => k.perspective))).toEqual(new Set(PERSPECTIVES))
    expect(new Set(KPI_CATALOGUE.map((k) => k.timing))).toEqual(new Set(['leading', 'lagging']))
  })
})

describe('checkKpiSelection', () => {
  const pick = (...ids: string[]) => ids.map((id) => kpiById(id)!)

  it('is quiet for a small, balanced selection', () => {
    expect(checkKpiSelection(pick('csat', 'fcr', 'aht', 'agent-attrition'))).toEqual([])
  })

  it(`warns when a scorecard tracks more than ${MAX_SCORECARD_KPIS} KPIs, and says why`, () => {
    const warnings = checkKpiSelection(KPI_CATALOGUE.slice(0, 13))
    expect(warnings[0]).toMatch(/tracks 13 KPIs; keep it to 12 or fewer/)
    expect(warnings[0]).toMatch(/too little to act on/)
  })

  it('warns when every KPI is lagging', () => {
    expect(checkKpiSelection(pick('csat', 'nps', 'cost-per-ticket')).join()).toMatch(/every KPI on the scorecard is lagging/)
  })
})
