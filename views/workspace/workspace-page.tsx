/** /workspace: download the whole workspace (SQLite or JSON) and restore it from either, with the limits and what a restore does in plain words. */
import { Notice, type ListNotice } from '../components/list-notice.tsx'
import { CountsTable } from './counts-table.tsx'
import { BACKUP_JSON_PATH, BACKUP_SQLITE_PATH, MAX_RESTORE_LABEL, RESTORE_FILE_FIELD, RESTORE_PATH, WORKSPACE_TITLE } from './ids.ts'

export interface WorkspacePageProps {
  counts: Record<string, number>
  notice?: ListNotice
  /** Why the chosen file was refused (shown beside the file field). */
  fileError?: string
}

export function WorkspacePage({ counts, notice, fileError }: WorkspacePageProps) {
  return (
    <>
      <div class="page-intro">
        <h1>{WORKSPACE_TITLE}</h1>
        <p class="lead">
          Everything Shoreline stores (forecasts with their series, sourcing options, scenarios, activity and scorecard data, weights) lives in one workspace file on this computer. Download a copy
          to keep it safe or move it to another computer, and restore from a copy to go back to it.
        </p>
      </div>
      <Notice notice={notice} />
      <div class="workspace-layout">
        <section class="ws-form-card workspace-card" aria-labelledby="backup-heading">
          <h2 id="backup-heading">Download a backup</h2>
          <p>Both files hold the whole workspace and restore it exactly, ids included.</p>
          <ul class="workspace-downloads">
            <li>
              <a class="button" href={BACKUP_SQLITE_PATH} download data-testid="backup-sqlite">
                Download as SQLite
              </a>
              <p class="field__hint">A compact copy of the database, consistent even while others save. Opens in any SQLite tool.</p>
            </li>
            <li>
              <a class="button ws-button-secondary" href={BACKUP_JSON_PATH} download data-testid="backup-json">
                Download as JSON
              </a>
              <p class="field__hint">Every table’s rows as readable JSON (forecast series as numbers), format “shoreline-workspace”, version 1.</p>
            </li>
          </ul>
          <CountsTable caption="What the workspace holds" now={counts} />
        </section>
        <section class="ws-form-card workspace-card" aria-labelledby="restore-heading">
          <h2 id="restore-heading">Restore from a backup</h2>
          <p>
            <strong>A restore replaces everything in the workspace</strong> with what the file holds. You will see what the file contains and confirm before anything changes; download a backup
            first if you may want today’s workspace back.
          </p>
          <form method="post" action={RESTORE_PATH} enctype="multipart/form-data">
            <div class="field">
              <label for="restore-file">Backup file (SQLite or JSON)</label>
              <input
                id="restore-file"
                name={RESTORE_FILE_FIELD}
                type="file"
                accept=".db,.sqlite,.sqlite3,.json,application/json,application/vnd.sqlite3"
                aria-describedby="restore-file-hint restore-file-error"
                aria-invalid={fileError ? 'true' : undefined}
              />
              <p class="field__hint" id="restore-file-hint">
                At most {MAX_RESTORE_LABEL}. The file is checked first: an SQLite file must pass SQLite’s integrity check and be a Shoreline workspace (an older one is upgraded); a JSON file
                must match the workspace format.
              </p>
              <span id="restore-file-error" class="field__error" aria-live="polite" data-testid="restore-file-error">
                {fileError ?? ''}
              </span>
            </div>
            <div class="form-actions">
              <button type="submit">Check the file</button>
            </div>
          </form>
        </section>
      </div>
    </>
  )
}
