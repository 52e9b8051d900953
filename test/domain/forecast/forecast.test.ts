import { describe, expect, it } from 'vitest'
import { DEFAULT_AHT_SECONDS, defaultChannelKind, MAX_FORECAST_INTERVALS } from '../../../src/domain/forecast/forecast.ts'

describe('defaultChannelKind', () => {
  it.each([
    ['voice', 'voice'],
    ['Phone', 'voice'],
    [' calls ', 'voice'],
    ['chat', 'chat'],
    ['Messaging', 'chat'],
    ['email', 'deferred'],
    ['back office', 'deferred'],
  ])("defaultChannelKind('%s') is %s", (channel, kind) => {
    expect(defaultChannelKind(channel)).toBe(kind)
  })
})

describe('forecast constants', () => {
  it('MAX_FORECAST_INTERVALS is a leap year of 15-minute intervals', () => {
    expect(MAX_FORECAST_INTERVALS).toBe(35_136)
  })

  it('DEFAULT_AHT_SECONDS is 7.5 minutes for voice, 10 for chat and 5 for deferred work', () => {
    expect(DEFAULT_AHT_SECONDS).toEqual({ voice: 450, chat: 600, deferred: 300 })
  })
})
