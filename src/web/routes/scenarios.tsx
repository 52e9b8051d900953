/** Pages of the scenarios workspace area (filled in by its own change). */
import { Hono } from 'hono'

export const scenarioRoutes = new Hono()
