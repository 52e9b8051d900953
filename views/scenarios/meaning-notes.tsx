/** "What these numbers mean": the definitions behind the scenario staffing page, in plain words (model.md §2–6). */

export function MeaningNotes() {
  return (
    <details class="scenario-meaning">
      <summary>What these numbers mean</summary>
      <dl>
        <dt>Productive agents and hours</dt>
        <dd>
          Agents logged in and handling contacts or ready for the next one. <strong>Required</strong> is the fewest productive agents
          that meet every target of the channel in each interval; <strong>supplied</strong> is what the option puts in: the requirement
          itself when staffed to it, the agents of its shifts when staffed to a weekly schedule.
        </dd>
        <dt>Scheduled agents and paid hours</dt>
        <dd>
          Productive agents grossed up for the option’s shrinkage (breaks, training, meetings, absence), rounded up to whole people
          in every interval. Those are the hours paid for. <strong>FTE</strong> = paid hours ÷ (the option’s paid hours per FTE week ×
          the weeks in the forecast).
        </dd>
        <dt>Service level</dt>
        <dd>
          The share of <em>all offered</em> contacts answered within the target time. Contacts that hang up count against it, however
          quickly they hang up. With a mean patience the queue is modelled with Erlang A (callers abandon); without one, Erlang C
          (nobody hangs up). The period figure is the contact-weighted mean of the intervals; it is <em>met</em> when it reaches the
          target.
        </dd>
        <dt>Chat</dt>
        <dd>
          An agent works several chats at once. Each chat is a queue slot with the chat’s duration as handle time; required agents are
          the slots needed divided by the concurrency, rounded up.
        </dd>
        <dt>Email and other deferred work</dt>
        <dd>
          Nobody waits on a line: every item must be done within its deadline. The requirement spreads each interval’s work over the
          open hours inside its deadline, under the option’s maximum occupancy; work left at closing waits in a backlog until the next
          open hours. Its service level is the share of items done by their deadline over the whole forecast.
        </dd>
        <dt>Over / under</dt>
        <dd>
          Supplied − required productive agent-hours. Negative is a shortfall (red on the heatmap), positive a surplus (blue).
        </dd>
        <dt>Unserved contacts</dt>
        <dd>Contacts that arrive when no option of the channel is open or has room; they are in no option’s figures.</dd>
      </dl>
      <p>
        The full method is on <a href="/methods">How this is computed</a>.
      </p>
    </details>
  )
}
