/** Pages of the options workspace area (filled in by its own change). */
import { Hono } from 'hono'

export const optionRoutes = new Hono()
