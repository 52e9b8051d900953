/** The static pages: home and "How this is computed". */
import { Hono } from 'hono'
import { DEFAULT_AGENT_CEILING } from '../../domain/staffing/agents-required.ts'
import { DEFAULT_HOURS_PER_FTE_WEEK } from '../../domain/staffing/shrinkage.ts'
import { TOLERANCE } from '../../domain/tolerance.ts'
import { MAX_TRAFFIC_ERLANGS } from '../../schemas/staffing-question.ts'
import { HOME_TITLE, HomePage } from '../../../views/home/home-page.tsx'
import { METHODS_TITLE, MethodsPage, type MethodsFacts } from '../../../views/methods/methods-page.tsx'

const METHODS_FACTS: MethodsFacts = {
  tolerance: TOLERANCE,
  agentCeiling: DEFAULT_AGENT_CEILING,
  maxTrafficErlangs: MAX_TRAFFIC_ERLANGS,
  hoursPerFteWeek: DEFAULT_HOURS_PER_FTE_WEEK,
}

export const pageRoutes = new Hono()

pageRoutes.get('/', (c) => c.render(<HomePage />, { title: HOME_TITLE }))

pageRoutes.get('/methods', (c) => c.render(<MethodsPage facts={METHODS_FACTS} />, { title: METHODS_TITLE }))
