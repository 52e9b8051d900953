/** A forecast: per channel, offered contacts and AHT for each interval of a regular calendar. */

/** How a channel's contacts are worked: answered live (voice), in concurrent sessions (chat), or deferred (email, back office). */
export type ChannelKind = 'voice' | 'chat' | 'deferred'

export const INTERVAL_MINUTES = [15, 30, 60] as const
export type IntervalMinutes = (typeof INTERVAL_MINUTES)[number]

/** One channel's series; `volume[i]` and `ahtSeconds[i]` belong to interval i. */
export interface ChannelSeries {
  /** voice, chat, email, or a name the user chose (e.g. "back office"). */
  channel: string
  kind: ChannelKind
  volume: Float64Array
  ahtSeconds: Float64Array
}

/**
 * A forecast on a regular calendar. Times are the contact center's local wall
 * clock, written as ISO date-times without a zone ("2026-01-05T07:00"); the
 * calendar treats every day as 24 hours (daylight-saving shifts are not modelled).
 */
export interface Forecast {
  intervalMinutes: IntervalMinutes
  /** Start of the first interval. */
  start: string
  intervalCount: number
  channels: ChannelSeries[]
}

/** At most a year (366 days) of 15-minute intervals. */
export const MAX_FORECAST_INTERVALS = 366 * 96

/** Default kind for the usual channel names; anything else is deferred work unless the user says otherwise. */
export function defaultChannelKind(channel: string): ChannelKind {
  const name = channel.trim().toLowerCase()
  if (name === 'voice' || name === 'phone' || name === 'calls') return 'voice'
  if (name === 'chat' || name === 'messaging') return 'chat'
  return 'deferred'
}

/** Typical AHT per kind when a forecast gives none (industry-figures.md: phone 7.5 min median, chat 8–12 min, email 4–6 min). */
export const DEFAULT_AHT_SECONDS: Record<ChannelKind, number> = { voice: 450, chat: 600, deferred: 300 }
