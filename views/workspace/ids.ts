/** Paths, form field names and limits of the backup and restore pages. */

export const WORKSPACE_PATH = '/workspace'
export const WORKSPACE_TITLE = 'Backup and restore'
export const BACKUP_SQLITE_PATH = `${WORKSPACE_PATH}/backup.sqlite`
export const BACKUP_JSON_PATH = `${WORKSPACE_PATH}/backup.json`
export const RESTORE_PATH = `${WORKSPACE_PATH}/restore`
export const RESTORE_CONFIRM_PATH = `${RESTORE_PATH}/confirm`
export const RESTORE_CANCEL_PATH = `${RESTORE_PATH}/cancel`

export const RESTORE_FILE_FIELD = 'file'
export const RESTORE_TOKEN_FIELD = 'token'

export const MAX_RESTORE_MEGABYTES = 200
export const MAX_RESTORE_BYTES = MAX_RESTORE_MEGABYTES * 1024 * 1024
export const MAX_RESTORE_LABEL = `${MAX_RESTORE_MEGABYTES} MB`
