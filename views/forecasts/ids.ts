/** URLs and element ids of the forecasts area, shared by its views, routes, hx-* attributes and tests. */

export const FORECASTS_PATH = '/forecasts'
export const FORECAST_IMPORT_PATH = '/forecasts/import'
export const FORECAST_GENERATE_PATH = '/forecasts/generate'

export const forecastPath = (id: number) => `/forecasts/${id}`
/** The heatmap fragment for one channel (the page URL takes the same `channel` query). */
export const forecastHeatmapPath = (id: number) => `/forecasts/${id}/heatmap`
export const forecastRenamePath = (id: number) => `/forecasts/${id}/rename`
export const forecastDeletePath = (id: number) => `/forecasts/${id}/delete`

/** The heatmap region with its channel selector; htmx swaps it whole. */
export const HEATMAP_ID = 'forecast-heatmap'
/** The heading and its inline rename form. */
export const TITLE_ID = 'forecast-title'
/** Where refused deletions explain themselves (htmx swaps a notice in). */
export const NOTICE_ID = 'forecast-notice'

/** Largest upload the import accepts; a year of 15-minute intervals for a dozen channels is about 18 MB. */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024
