/** The shareable scenario file: a scenario with its forecast and options, versioned. */
import { z } from 'zod'
import { MAX_FORECAST_INTERVALS } from '../domain/forecast/forecast.ts'
import { checkAllocations, scenarioFields } from './scenario.ts'
import { sourcingOptionSchema } from './sourcing-option.ts'

export const SCENARIO_FILE_FORMAT = 'shoreline-scenario'
export const SCENARIO_FILE_VERSION = 1

const series = z.array(z.number().finite().min(0)).max(MAX_FORECAST_INTERVALS)

export const scenarioFileSchema = z.object({
  format: z.literal(SCENARIO_FILE_FORMAT, { error: `is not '${SCENARIO_FILE_FORMAT}': this is not a Shoreline scenario file` }),
  version: z.literal(SCENARIO_FILE_VERSION),
  exportedAt: z.string().optional(),
  forecast: z.object({
    name: z.string().min(1).max(200),
    source: z.string().max(5000).default(''),
    intervalMinutes: z.union([z.literal(15), z.literal(30), z.literal(60)]),
    start: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/),
    intervalCount: z.number().int().positive().max(MAX_FORECAST_INTERVALS),
    channels: z
      .array(z.object({ channel: z.string().min(1).max(40), kind: z.enum(['voice', 'chat', 'deferred']), volume: series, ahtSeconds: series }))
      .min(1)
      .max(12),
  })
    .refine((f) => f.channels.every((c) => c.volume.length === f.intervalCount && c.ahtSeconds.length === f.intervalCount), {
      message: 'every channel must have one volume and one AHT per interval',
      path: ['channels'],
    })
    .refine((f) => new Set(f.channels.map((c) => c.channel)).size === f.channels.length, { message: 'names a channel twice', path: ['channels'] }),
  /** Options keep the ids they had where they were exported; the scenario refers to those. */
  // Up to 20 in the scenario plus the options they escalate to.
  options: z.array(z.object({ id: z.number().int().positive(), option: sourcingOptionSchema })).min(1).max(60),
  scenario: scenarioFields.omit({ forecastId: true }).superRefine(checkAllocations),
})

export type ScenarioFile = z.infer<typeof scenarioFileSchema>

/** Reads the version first, so a file from a newer Shoreline gets a message about that rather than a list of field errors. */
export function versionProblem(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null) return 'the file is not a JSON object'
  const { format, version } = input as { format?: unknown; version?: unknown }
  if (format !== SCENARIO_FILE_FORMAT) return `this is not a Shoreline scenario file (format is ${JSON.stringify(format ?? null)})`
  if (typeof version !== 'number' || !Number.isInteger(version)) return 'the file has no version number'
  if (version > SCENARIO_FILE_VERSION) {
    return `the file was written by a newer Shoreline (file version ${version}); this one reads version ${SCENARIO_FILE_VERSION}`
  }
  if (version < 1) return `file version ${version} is not one Shoreline ever wrote`
  return undefined
}
