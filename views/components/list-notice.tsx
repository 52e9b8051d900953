/** The line a list page shows after an action: done (a status) or refused (an alert). */

export type ListNotice = { kind: 'done' | 'refused'; text: string } | undefined

export function Notice({ notice }: { notice: ListNotice }) {
  if (!notice) return <></>
  return (
    <div class={notice.kind === 'done' ? 'notice ws-notice-done' : 'notice notice--error'} role={notice.kind === 'refused' ? 'alert' : 'status'}>
      <p>{notice.text}</p>
    </div>
  )
}
