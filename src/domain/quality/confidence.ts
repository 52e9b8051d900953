/** Confidence levels and significance levels shared by the quality statistics. */

/** The default confidence level of every interval; 1 − the default significance level 0.05. */
export const DEFAULT_CONFIDENCE_LEVEL = 0.95
export const DEFAULT_ALPHA = 0.05

/** An interval [low, high] around an estimate, at a stated confidence level. */
export interface Interval {
  low: number
  high: number
  confidenceLevel: number
}
