/** The workspace's tables. Bulky series are BLOBs of float64s; nested specs are versioned JSON validated on read. */
import { sql } from 'drizzle-orm'
import { blob, check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'

const timestamps = {
  createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  updatedAt: text('updated_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
}

export const forecastsTable = sqliteTable(
  'forecasts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    intervalMinutes: integer('interval_minutes').notNull(),
    /** Start of the first interval, local wall clock without a zone. */
    start: text('start').notNull(),
    intervalCount: integer('interval_count').notNull(),
    /** Where the numbers came from: the imported file's name, or the curves and totals used. */
    source: text('source').notNull().default(''),
    ...timestamps,
  },
  (t) => [
    check('forecasts_interval_minutes', sql`${t.intervalMinutes} in (15, 30, 60)`),
    check('forecasts_interval_count', sql`${t.intervalCount} > 0`),
  ],
)

export const forecastChannelsTable = sqliteTable(
  'forecast_channels',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    forecastId: integer('forecast_id')
      .notNull()
      .references(() => forecastsTable.id, { onDelete: 'cascade' }),
    channel: text('channel').notNull(),
    kind: text('kind', { enum: ['voice', 'chat', 'deferred'] }).notNull(),
    // One row per channel rather than per interval: a year of 15-minute intervals is
    // 35,040 values, which load and save as one BLOB in microseconds.
    volume: blob('volume', { mode: 'buffer' }).notNull(),
    ahtSeconds: blob('aht_seconds', { mode: 'buffer' }).notNull(),
  },
  (t) => [
    uniqueIndex('forecast_channels_forecast_channel').on(t.forecastId, t.channel),
    check('forecast_channels_kind', sql`${t.kind} in ('voice', 'chat', 'deferred')`),
  ],
)

export const sourcingOptionsTable = sqliteTable(
  'sourcing_options',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['in-house', 'partner'] }).notNull(),
    /** The rest of the option (hours, channels, terms or cost stack…) as JSON, version `specVersion`. */
    spec: text('spec', { mode: 'json' }).notNull(),
    specVersion: integer('spec_version').notNull().default(1),
    escalatesToOptionId: integer('escalates_to_option_id').references((): any => sourcingOptionsTable.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [check('sourcing_options_kind', sql`${t.kind} in ('in-house', 'partner')`)],
)

export const scenariosTable = sqliteTable(
  'scenarios',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    forecastId: integer('forecast_id')
      .notNull()
      .references(() => forecastsTable.id, { onDelete: 'restrict' }),
    spec: text('spec', { mode: 'json' }).notNull(),
    specVersion: integer('spec_version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('scenarios_forecast').on(t.forecastId)],
)

/** Which options a scenario uses: lets the database refuse to delete an option still in use. */
export const scenarioOptionsTable = sqliteTable(
  'scenario_options',
  {
    scenarioId: integer('scenario_id')
      .notNull()
      .references(() => scenariosTable.id, { onDelete: 'cascade' }),
    optionId: integer('option_id')
      .notNull()
      .references(() => sourcingOptionsTable.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.scenarioId, t.optionId] }), index('scenario_options_option').on(t.optionId)],
)
