/** Pages of the forecasts workspace area (filled in by its own change). */
import { Hono } from 'hono'

export const forecastRoutes = new Hono()
