/** The restore's confirmation step: what the file holds beside what will be replaced, a backup link, and the one button that replaces everything. */
import { CountsTable } from './counts-table.tsx'
import { BACKUP_SQLITE_PATH, RESTORE_CANCEL_PATH, RESTORE_CONFIRM_PATH, RESTORE_TOKEN_FIELD, WORKSPACE_PATH } from './ids.ts'

export interface ConfirmPageProps {
  token: string
  fileName: string
  kind: 'sqlite' | 'json'
  now: Record<string, number>
  file: Record<string, number>
}

export const CONFIRM_TITLE = 'Replace the workspace?'

export function ConfirmPage({ token, fileName, kind, now, file }: ConfirmPageProps) {
  return (
    <>
      <div class="page-intro">
        <p class="scenario-breadcrumb">
          <a href={WORKSPACE_PATH}>Backup and restore</a> › Restore
        </p>
        <h1>{CONFIRM_TITLE}</h1>
        <p class="lead">
          “{fileName}” is a valid Shoreline {kind === 'sqlite' ? 'SQLite' : 'JSON'} backup. Restoring it <strong>replaces everything in the workspace</strong>: every forecast, option, scenario
          and activity day you have now is deleted and the file’s take their place, all at once or not at all.
        </p>
      </div>
      <div class="notice notice--warning workspace-warning" role="note">
        <p>
          Keep a copy of the workspace as it is now: <a href={BACKUP_SQLITE_PATH} download data-testid="confirm-backup">download a backup first</a>.
        </p>
      </div>
      <CountsTable caption="What is replaced, and by what" now={now} file={file} />
      <div class="workspace-confirm-actions">
        <form method="post" action={RESTORE_CONFIRM_PATH}>
          <input type="hidden" name={RESTORE_TOKEN_FIELD} value={token} />
          <button type="submit" class="workspace-button--danger" data-testid="confirm-restore">
            Replace the workspace
          </button>
        </form>
        <form method="post" action={RESTORE_CANCEL_PATH}>
          <input type="hidden" name={RESTORE_TOKEN_FIELD} value={token} />
          <button type="submit" class="button ws-button-secondary">
            Cancel, keep the workspace
          </button>
        </form>
      </div>
    </>
  )
}
