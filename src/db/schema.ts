/** The workspace's tables. Bulky series are BLOBs of float64s; nested specs are versioned JSON validated on read. */
import { sql } from 'drizzle-orm'
import { blob, check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'

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

/**
 * What an option reported for one day: activity counts and paid hours, the inputs of points
 * per paid hour. One row per option and date; a re-import of the same day replaces it.
 */
export const activityDaysTable = sqliteTable(
  'activity_days',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    optionId: integer('option_id')
      .notNull()
      .references(() => sourcingOptionsTable.id, { onDelete: 'cascade' }),
    /** YYYY-MM-DD on the option's own calendar. */
    date: text('date').notNull(),
    ticketsCreated: integer('tickets_created').notNull(),
    ticketsSolved: integer('tickets_solved').notNull(),
    inboundCalls: integer('inbound_calls').notNull(),
    outboundCalls: integer('outbound_calls').notNull(),
    // Minutes and hours are real: exports report talk time and paid time in fractions.
    callMinutes: real('call_minutes').notNull(),
    voicemails: integer('voicemails').notNull(),
    chats: integer('chats').notNull(),
    paidHours: real('paid_hours').notNull(),
    /** Where the row came from ('demo', 'form', or the imported file's name), so demo figures stay labelled as such. */
    source: text('source').notNull().default(''),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('activity_days_option_date').on(t.optionId, t.date),
    index('activity_days_date').on(t.date),
    check('activity_days_date_format', sql`${t.date} glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`),
    check(
      'activity_days_non_negative',
      sql`${t.ticketsCreated} >= 0 and ${t.ticketsSolved} >= 0 and ${t.inboundCalls} >= 0 and ${t.outboundCalls} >= 0 and ${t.callMinutes} >= 0 and ${t.voicemails} >= 0 and ${t.chats} >= 0 and ${t.paidHours} >= 0`,
    ),
  ],
)

/** Points per unit of each activity; an activity without a row takes its default weight. */
export const activityWeightsTable = sqliteTable(
  'activity_weights',
  {
    activity: text('activity', { enum: ['ticketsCreated', 'ticketsSolved', 'inboundCalls', 'outboundCalls', 'callMinutes', 'voicemails', 'chats'] }).primaryKey(),
    points: real('points').notNull(),
    updatedAt: timestamps.updatedAt,
  },
  (t) => [
    check('activity_weights_activity', sql`${t.activity} in ('ticketsCreated', 'ticketsSolved', 'inboundCalls', 'outboundCalls', 'callMinutes', 'voicemails', 'chats')`),
    check('activity_weights_points', sql`${t.points} >= 0 and ${t.points} <= 1000`),
  ],
)

/**
 * One measured KPI value of an option (an in-house team or a partner) in one period: the
 * scorecard's input. One row per option, period and KPI; a re-import replaces it. `kpi` is a
 * catalogue id or a user-defined KPI's id, so it carries no foreign key.
 */
export const kpiObservationsTable = sqliteTable(
  'kpi_observations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    optionId: integer('option_id')
      .notNull()
      .references(() => sourcingOptionsTable.id, { onDelete: 'cascade' }),
    /** YYYY-MM or ISO week YYYY-Www. */
    period: text('period').notNull(),
    kpi: text('kpi').notNull(),
    /**
     * The contact type the value is measured over ('voice', 'chat', 'email', …); '' = all of the
     * option's contacts. Empty text rather than null, so the unique key treats "all" as one value.
     */
    contactType: text('contact_type').notNull().default(''),
    /** In the KPI's unit; proportions as shares 0–1. */
    value: real('value').notNull(),
    /** Survey responses, QA evaluations or contacts behind the value; null when it is not a sampled measure. */
    sampleSize: integer('sample_size'),
    /** Standard deviation of the individual measures, for mean KPIs. */
    sd: real('sd'),
    /** Where the row came from ('demo', 'form', or the imported file's name), so demo figures stay labelled. */
    source: text('source').notNull().default(''),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('kpi_observations_option_period_kpi_type').on(t.optionId, t.period, t.kpi, t.contactType),
    index('kpi_observations_kpi_period').on(t.kpi, t.period),
    check('kpi_observations_period_format', sql`${t.period} glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]' or ${t.period} glob '[0-9][0-9][0-9][0-9]-W[0-5][0-9]'`),
    check('kpi_observations_sample_size', sql`${t.sampleSize} is null or ${t.sampleSize} >= 0`),
    check('kpi_observations_sd', sql`${t.sd} is null or ${t.sd} >= 0`),
  ],
)

/**
 * The scorecard's choices per KPI: whether it is on the scorecard, its weight in percent, and a
 * target overriding the catalogue's default. No rows at all means the default scorecard; saved
 * choices replace every row at once, so the weights of the KPIs on the scorecard add up to 100.
 */
export const scorecardKpiSettingsTable = sqliteTable(
  'scorecard_kpi_settings',
  {
    kpi: text('kpi').primaryKey(),
    selected: integer('selected', { mode: 'boolean' }).notNull().default(false),
    /** Percent of the overall score; 0 for a KPI that is not on the scorecard. */
    weight: real('weight').notNull().default(0),
    /** Null: the KPI's default target. */
    target: real('target'),
    updatedAt: timestamps.updatedAt,
  },
  (t) => [check('scorecard_kpi_settings_weight', sql`${t.weight} >= 0 and ${t.weight} <= 100`)],
)

/** KPIs the user defined beside the catalogue's, with everything the catalogue states about its own. */
export const customKpisTable = sqliteTable(
  'custom_kpis',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    definition: text('definition').notNull(),
    unit: text('unit').notNull(),
    kind: text('kind', { enum: ['proportion', 'mean', 'count', 'rate'] }).notNull(),
    direction: text('direction', { enum: ['higher', 'lower'] }).notNull(),
    perspective: text('perspective', { enum: ['customer', 'internal-process', 'learning-growth', 'financial'] }).notNull(),
    timing: text('timing', { enum: ['leading', 'lagging'] }).notNull(),
    defaultTarget: real('default_target'),
    /** The scale's bottom and top; a null top is unbounded. */
    min: real('min').notNull().default(0),
    max: real('max'),
    ...timestamps,
  },
  (t) => [
    check('custom_kpis_kind', sql`${t.kind} in ('proportion', 'mean', 'count', 'rate')`),
    check('custom_kpis_direction', sql`${t.direction} in ('higher', 'lower')`),
    check('custom_kpis_perspective', sql`${t.perspective} in ('customer', 'internal-process', 'learning-growth', 'financial')`),
    check('custom_kpis_timing', sql`${t.timing} in ('leading', 'lagging')`),
  ],
)
