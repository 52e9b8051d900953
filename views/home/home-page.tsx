/** The home page: what Shoreline is, who it is for, and where to start. */

export const HOME_TITLE = 'Shoreline'

export function HomePage() {
  return (
    <>
      <div class="page-intro">
        <h1>Shoreline</h1>
        <p class="lead">
          A contact-center sourcing simulator: staffing, pricing, risk and quality of in-house and outsourced options,
          side by side, with every number traceable to a stated formula.
        </p>
      </div>
      <div class="cards">
        <section class="card card--primary">
          <h2>Start here</h2>
          <p>
            <a class="button" href="/scenarios">
              Open the scenarios
            </a>
          </p>
          <p>
            The demo workspace holds a year of a retail bank's contacts (shaped by real arrival data), an in-house team
            and three partners, and a scenario that blends them: each option's requirement against what it supplies,
            interval by interval. Change its <a href="/forecasts">forecast</a>, its{' '}
            <a href="/options">sourcing options</a> or its assumptions.
          </p>
          <p>
            For one interval, the <a href="/staffing">staffing calculator</a> finds the fewest agents that meet a
            target (Erlang C, or Erlang A when callers hang up) and shows the headcounts around the answer.
          </p>
        </section>
        <section class="card">
          <h2>Who it is for</h2>
          <ul>
            <li>
              <strong>Workforce planners</strong> sizing a queue: how many agents an interval needs, and what one more
              or one fewer would do.
            </li>
            <li>
              <strong>Operations and finance leads</strong> weighing an in-house team against a vendor, or one vendor's
              pricing against another's.
            </li>
            <li>
              <strong>Procurement</strong> checking that a proposal's headcount and service levels add up before
              signing.
            </li>
          </ul>
        </section>
        <section class="card">
          <h2>How the numbers are made</h2>
          <p>
            Contact-center tools differ in small conventions that move results by an agent or two. Shoreline picks one
            for each and says which: <a href="/methods">How this is computed</a> lists the formulas in plain words.
          </p>
          <p>It runs on your computer only; nothing you enter is sent anywhere.</p>
        </section>
      </div>
    </>
  )
}
