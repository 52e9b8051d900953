/** "How this is computed": every formula and convention behind the staffing figures, in plain words (model.md §1–6). */
import { formatCount } from '../format.ts'

export const METHODS_TITLE = 'How this is computed'

/** The implementation's own constants, passed in by the route so this page cannot drift from the code. */
export interface MethodsFacts {
  /** Relative slack for "meets the target" tests. */
  tolerance: number
  agentCeiling: number
  maxTrafficErlangs: number
  hoursPerFteWeek: number
}

export function MethodsPage({ facts }: { facts: MethodsFacts }) {
  return (
    <article class="prose">
      <div class="page-intro">
        <h1>{METHODS_TITLE}</h1>
        <p class="lead">
          Contact-center tools differ in small conventions that move an answer by an agent or two. These are the ones
          Shoreline uses, exactly as implemented.
        </p>
      </div>
      <nav aria-label="On this page" class="toc">
        <ol>
          <li><a href="#symbols">Units and symbols</a></li>
          <li><a href="#erlang-c">Voice without abandonment: Erlang C</a></li>
          <li><a href="#erlang-a">Voice with abandonment: Erlang A</a></li>
          <li><a href="#solver">How the headcount is chosen</a></li>
          <li><a href="#chat">Chat</a></li>
          <li><a href="#deferred">Email, tickets and back office</a></li>
          <li><a href="#people">From agents to people and hours</a></li>
          <li><a href="#scenario">A scenario's staffing</a></li>
          <li><a href="#billing">Money: billing conventions</a></li>
          <li><a href="#risk">Risk: simulated futures</a></li>
          <li><a href="#comparing">Comparing options and scenarios</a></li>
          <li><a href="#scorecards">Partner scorecards</a></li>
        </ol>
      </nav>

      <section id="symbols">
        <h2>1. Units and symbols</h2>
        <p>
          Everything is worked out per interval (15, 30 or 60 minutes). Within an interval contacts arrive at random
          (a Poisson process); handle times and callers' patience are exponential.
        </p>
        <table class="data-table data-table--left">
          <thead>
            <tr><th scope="col">Symbol</th><th scope="col">Meaning</th><th scope="col">Unit</th></tr>
          </thead>
          <tbody>
            <tr><th scope="row"><code>V</code></th><td>contacts offered in the interval</td><td>contacts</td></tr>
            <tr><th scope="row"><code>L</code></th><td>interval length</td><td>seconds (900, 1,800 or 3,600)</td></tr>
            <tr><th scope="row"><code>AHT</code></th><td>average handle time: talk, hold and after-contact work</td><td>seconds</td></tr>
            <tr><th scope="row"><code>A = V × AHT / L</code></th><td>offered load (traffic intensity): agents' worth of work arriving</td><td>Erlangs</td></tr>
            <tr><th scope="row"><code>N</code></th><td>productive agents: logged in and available or busy</td><td>agents</td></tr>
            <tr><th scope="row"><code>T</code></th><td>service-level threshold, "answered within T seconds"</td><td>seconds</td></tr>
            <tr><th scope="row"><code>patience</code></th><td>mean time a caller waits before hanging up</td><td>seconds</td></tr>
          </tbody>
        </table>
        <p>
          Loads above {formatCount(facts.maxTrafficErlangs)} Erlangs in one interval are refused as input: no single
          queue plan means that.
        </p>
      </section>

      <section id="erlang-c">
        <h2>2. Voice without abandonment: Erlang C</h2>
        <p>When no patience is given, nobody hangs up: every contact waits until an agent answers (the M/M/N queue).</p>
        <ul>
          <li>
            <strong>Erlang B</strong>, the building block, comes from its recursion, never from factorials or powers:{' '}
            <code>B(0) = 1</code>, <code>B(n) = A·B(n−1) / (n + A·B(n−1))</code>. That keeps it exact to double
            precision and finite even at 10,000 Erlangs. Far below the load (under <code>A − 10√A − 10</code> agents)
            the recursion forgets its starting value, so it starts there from <code>1/B ≈ A / (A − n)</code>: about
            √A steps instead of A.
          </li>
          <li>
            <strong>Probability of waiting</strong>: <code>C = N·B(N) / (N − A·(1 − B(N)))</code> when{' '}
            <code>N &gt; A</code>; with <code>N ≤ A</code> the queue grows without bound and <code>C = 1</code>.
          </li>
          <li>
            <strong>Service level</strong>: <code>SL = 1 − C · e^(−(N − A) · T / AHT)</code>, the share of contacts
            answered within T; 0 when <code>N ≤ A</code>.
          </li>
          <li>
            <strong>ASA</strong> (average speed of answer): <code>C · AHT / (N − A)</code>. With{' '}
            <code>N ≤ A</code> it is infinite, shown as "unstable".
          </li>
          <li>
            <strong>Occupancy</strong>: <code>A / N</code>, the share of agent time spent handling contacts.
          </li>
        </ul>
      </section>

      <section id="erlang-a">
        <h2>3. Voice with abandonment: Erlang A</h2>
        <p>
          Give a mean patience and Shoreline switches to Erlang A (M/M/N+M): callers still waiting after an
          exponential patience hang up. It is solved exactly as a birth–death chain: contacts arrive at rate{' '}
          <code>λ = V / L</code>; with <code>j</code> contacts in the system they leave at{' '}
          <code>j / AHT</code> while <code>j ≤ N</code>, and at <code>N / AHT + (j − N) / patience</code> beyond.
        </p>
        <ul>
          <li><strong>Probability of waiting</strong>: an arriving contact finds all N agents busy.</li>
          <li>
            <strong>Abandonment</strong>: the share of offered contacts that hang up before an answer,{' '}
            <code>(mean queue length / patience) / λ</code>.
          </li>
          <li>
            <strong>Service level</strong>: the share of <em>all offered</em> contacts that are answered within T.
            Contacts that abandon count against it, however quickly they hang up. (Some ACDs leave out contacts that
            abandon within a few seconds; Shoreline does not.)
          </li>
          <li><strong>ASA</strong>: the mean wait of the contacts that are answered.</li>
          <li>
            <strong>Occupancy</strong>: <code>A · (1 − abandonment) / N</code>, since abandoned contacts take no
            agent time.
          </li>
        </ul>
        <p>
          Impatient callers leave, so the queue is stable for any <code>N ≥ 1</code>: Erlang A also answers "what
          happens if we staff below the load?". As patience grows without bound the results tend to Erlang C.
        </p>
      </section>

      <section id="solver">
        <h2>4. How the headcount is chosen</h2>
        <p>
          The answer is the <strong>smallest whole number of productive agents that meets every target given</strong>:
          service level at least the target, and, when set, ASA at most the maximum, occupancy at most the maximum and
          abandonment at most the maximum. Zero contacts need zero agents.
        </p>
        <ul>
          <li>
            Under Erlang C the search starts just above the load (<code>N &gt; A</code>), or at{' '}
            <code>A / max occupancy</code> when that is higher, and walks up.
          </li>
          <li>
            Under Erlang A the target can be met <em>below</em> the load, so the search is not anchored at A: it
            brackets the answer from either side and narrows it down. Every target improves as agents are added, so
            the smallest passing headcount is exact.
          </li>
          <li>
            <strong>Boundaries.</strong> Binary floating point puts <code>100 / 1,800 × 180</code> at
            10.000000000000002 Erlangs, not 10. A value within a relative {facts.tolerance.toExponential()} (one part in {formatCount(1 / facts.tolerance)}) of a target
            counts as on it: an occupancy of exactly 85% meets a maximum of 85%.
          </li>
          <li>
            If no headcount up to {formatCount(facts.agentCeiling)} agents meets the targets, Shoreline says so rather
            than search on.
          </li>
        </ul>
        <p>
          With <strong>Agents to evaluate</strong> filled in, nothing is solved: the page shows what that headcount
          delivers and which targets it meets.
        </p>
      </section>

      <section id="chat">
        <h2>5. Chat</h2>
        <p>
          An agent works up to <code>c</code> chats at once (the concurrency, typically 2–3). Shoreline models chat as{' '}
          <code>N · c</code> independent slots, each an Erlang C server (Erlang A with a patience), with the chat's
          duration as the handle time; that duration already reflects the slower pace of a shared agent. The solver
          finds the slots needed, and the agents required are <code>ceil(slots / c)</code>. Traffic for chat is
          therefore counted in chat slots.
        </p>
      </section>

      <section id="deferred">
        <h2>6. Email, tickets and back office</h2>
        <p>
          No one waits on a line for deferred work; the target is "finished within W hours" of arrival (for example
          within 24 hours). An interval's workload is <code>items × AHT</code> agent-seconds.
        </p>
        <ul>
          <li>
            <strong>Agents required</strong>: each interval's workload is spread evenly over the <em>open</em>{' '}
            intervals inside its deadline window (an item counts as arriving at the start of its interval), so the
            plan is level rather than spiky. Each open interval then needs{' '}
            <code>ceil(planned work / (L × max occupancy))</code> agents, with a maximum occupancy of 90% unless
            stated otherwise. Work whose window holds no open interval goes to the first open interval after it and is
            reported late.
          </li>
          <li>
            <strong>Backlog</strong>: a headcount is checked by working items oldest first (with one deadline per
            item this is also earliest-deadline-first). Work not done in an interval is still there in the next one,
            overnight and over weekends included, and the result is the share of due work finished on time.
          </li>
        </ul>
        <p>The calculator on the staffing page covers voice and chat only.</p>
      </section>

      <section id="people">
        <h2>7. From agents to people and hours</h2>
        <ul>
          <li>
            <strong>Shrinkage</strong> <code>s</code> (breaks, training, meetings, absence, coaching; 0 ≤ s &lt; 1)
            turns productive agents into people to schedule:{' '}
            <code>scheduled = productive / (1 − s)</code>, rounded <em>up</em> to whole people. Rounding ignores float
            noise: 21 / (1 − 0.3) is 30.000000000000004 in binary and rounds to 30, not 31.
          </li>
          <li>
            <strong>Paid hours</strong> in an interval: <code>scheduled agents × L / 3,600</code>.
          </li>
          <li>
            <strong>FTE</strong> over a period: paid hours ÷ hours per FTE in that period, by default{' '}
            {formatCount(facts.hoursPerFteWeek)} hours a week.
          </li>
        </ul>
      </section>

      <section id="scenario">
        <h2>8. A scenario's staffing</h2>
        <ul>
          <li>
            <strong>Volume</strong> per channel: the forecast × (1 + volume growth), less self-service deflection
            (deflected per week = self-help events × success × intent × no further action; that share of the week's
            assisted contacts comes off every channel). AHT per option: the forecast's × the option's AHT factor ×
            (1 + AHT change).
          </li>
          <li>
            <strong>Split</strong>: fixed shares among the options open in each interval (a closed option's share goes
            to those answering), or an overflow order: each option takes what its capacity can serve at target
            (capacity = maximum scheduled agents less shrinkage, or its fixed headcount), the rest goes on.
          </li>
          <li>
            <strong>Opening hours and shifts</strong> are read on each option's own clock and converted to the
            scenario's time zone day by day (daylight saving included).
          </li>
          <li>
            <strong>Quality</strong>: when the scenario gives the FCR its forecast was made at (f₀), each option handles
            its new issues in volume × f₀ / its own FCR contacts (repeats). Each option passes its escalation rate ×
            the contacts it handles to the option it escalates to, on the same channel, at that option's AHT and
            price; work escalated while the receiver is closed waits for its next open interval.
          </li>
          <li>
            <strong>Coverage</strong>: options staffed to the requirement supply exactly it; a schedule or headcount is
            compared with the requirement interval by interval, and its service level is what Erlang A or C gives for
            the agents it supplies. Period service level is the contact-weighted mean of interval service levels.
          </li>
        </ul>
      </section>

      <section id="billing">
        <h2>9. Money: billing conventions</h2>
        <ul>
          <li>
            Every invoice line is quantity × rate in exact decimals, neither rounded first, rounded once to cents
            half away from zero; the total is the sum of the rounded lines; a percentage line is computed on rounded
            lines. Totals are converted once to the scenario's currency and rounded to cents.
          </li>
          <li>
            An FTE month is 40 h × 52 / 12 = 173.33 paid hours. Per scheduled hour bills productive hours / (1 −
            shrinkage), not rounded. Tiers count handled contacts per channel per calendar month, upper bounds
            inclusive; marginal tiers price each contact at its tier, whole-volume tiers price every contact at the
            tier of the last one (so one more contact can lower the bill).
          </li>
          <li>
            A minimum commitment is compared with the pricing-model charges only; the management fee is a share of
            charges plus top-up; an SLA credit is at-risk share × weights of the missed KPIs (on target counts as
            met), capped, on charges + top-up + fee, and applies only when the month's offered volume is within
            90–110 % of the forecast the vendor staffed to. Earn-back returns last month's credit when this month meets
            the earn-back target. Banded pricing charges or credits per unit beyond the band edges, not from the
            baseline. Attrition costs annual rate / 12 × headcount × replacement cost a month.
          </li>
          <li>
            An in-house team is priced from its cost stack: wages for paid hours, benefits and taxes on every salary,
            supervisors, QA and WFM staff as whole people from their spans, facilities and technology per seat,
            recruiting and training of replacements.
          </li>
          <li>
            In a month's evaluation, contacts handled = offered × (1 − abandonment), resolutions = handled × FCR,
            seats = the most scheduled agents in any interval; KPIs Shoreline cannot model (CSAT, QA) are taken as on
            target. Cost per contact = cost ÷ contacts handled; cost per resolution = cost ÷ issues resolved.
          </li>
        </ul>
      </section>

      <section id="risk">
        <h2>10. Risk: simulated futures</h2>
        <p>
          Each future draws, per channel, a weekly and a daily volume factor (lognormal, mean 1, with the scenario's
          coefficients of variation, correlated between channels), a weekly AHT factor, and Poisson noise on each day's
          arrivals, from a seeded generator (xoshiro128**): the same seed gives the same numbers. Headcounts stay as
          planned from the forecast; service and abandonment respond through each interval's Erlang figures at 16 load
          levels; partners are repriced on what arrives, credits included (in floating point: these are percentiles,
          not invoices). Every simulated figure names its seed and trial count.
        </p>
        <p>
          The compare page's live view simulates 200 futures (up to 2,000) so it can follow typing; a full run simulates up
          to 100,000 in the background. A run stopped early gives exactly what a run of that many futures with the same
          seed gives, because futures are drawn in order from one stream.
        </p>
      </section>

      <section id="comparing">
        <h2>11. Comparing options and scenarios</h2>
        <ul>
          <li>
            <strong>What-if.</strong> Every input on the compare page replaces one assumption of a copy of the scenario;
            nothing is saved until Save. Price changes multiply every rate and fee of a partner (or the in-house hourly
            wage) and are stored to a hundredth of a cent; headcount changes multiply every shift's agents and round to
            whole people. Saving writes the scenario and the changed options in one transaction; options are shared, so
            their changes apply to every scenario that uses them.
          </li>
          <li>
            <strong>Cheapest and differences.</strong> The cheapest option is the one with the lowest cost per contact
            handled; every other option shows its difference from it per contact.
          </li>
          <li>
            <strong>Quality score (0–100).</strong> 50 × FCR + 30 × (1 − escalation rate) + 20 × min(1, service level ÷
            target). Modelled from the option's stated FCR and escalation and the service level the plan achieves; measured,
            for an option with FCR and escalation in its KPI data, from those over its last six months with data, each pooled
            by sample size (Σ value × n ÷ Σ n), and from its reported service level when it states how it counts it: a level
            that leaves short abandons out is converted as SL incl = SL excl × (1 − s), s the share of offered contacts
            abandoning within the short-abandon threshold (a different T is not converted; the plan's level is used). The
            table says for each option whether its score is modelled or measured, and for which months. Its cost rests on
            the FCR it states until “Use measured quality” on the option's page writes the measured values in.
          </li>
          <li>
            <strong>Cost versus quality.</strong> An option is on the Pareto frontier when no other option is at least as
            cheap per resolution and at least as good in quality, and strictly better in one of the two.
          </li>
          <li>
            <strong>Decision flip.</strong> For the two options cheapest per contact, each assumption (volume, AHT,
            forecast error, FCR, price) is moved across a stated range on a grid of nine values, and bisection finds where
            the two cost the same to within 0.1 % of the range.
          </li>
          <li>
            <strong>Sensitivity.</strong> Each assumption is swung by a stated range (growth and AHT ±10 points, prices
            ×0.9 and ×1.1, shrinkage ±5 points, FCR ±5 points) with the others held, and the total annual cost evaluated
            at both ends; the widest swing is listed first.
          </li>
          <li>
            <strong>Why one option costs more.</strong> Cost per contact = price per paid hour × paid ÷ productive hours ×
            productive ÷ busy hours × busy hours per contact (per resolution: also ÷ FCR). The gap between two options is
            split into those factors with the logarithmic mean Divisia index (LMDI-I), whose parts add up to the gap
            exactly and do not depend on the order of the factors. It is an accounting identity, not a causal model.
          </li>
          <li>
            <strong>Scenario versus scenario.</strong> Both scenarios are evaluated with the same number of simulated
            futures; differences are B − A, service levels in percentage points, and money in different currencies is
            not subtracted.
          </li>
        </ul>
      </section>

      <section id="scorecards">
        <h2>12. Partner scorecards</h2>
        <ul>
          <li>
            <strong>Intervals.</strong> Shares (CSAT as % satisfied, FCR, escalation rate) with a sample size get a
            Wilson score interval; means with a sample size and standard deviation get a Student t interval. The
            confidence level is 1 − α (95 % by default) and is printed with every interval.
          </li>
          <li>
            <strong>Tests.</strong> Two partners' shares are compared with the pooled two-proportion z-test, means with
            Welch's t-test (Welch–Satterthwaite degrees of freedom). When several pairs are compared, p-values are
            adjusted with Holm's step-down method.
          </li>
          <li>
            <strong>Small samples.</strong> Before ranking, each partner's value is shrunk toward the pooled mean
            (empirical Bayes: beta-binomial by the method of moments for shares, normal-normal for means), so a partner
            with few responses cannot top the table by luck; partners under the minimum sample are flagged.
          </li>
          <li>
            <strong>Within noise.</strong> Partners are ordered by shrunk value; going down the list, a partner joins the
            current group when its Holm-adjusted difference from every member has p ≥ α. A group shares one rank and is
            shown as tied.
          </li>
          <li>
            <strong>Trends.</strong> Ordinary least squares slope over the last twelve periods, with its t-test p-value.
          </li>
          <li>
            <strong>Weighted score.</strong> Each KPI's attainment is (value − scale minimum) ÷ (target − scale minimum)
            when higher is better and target ÷ value when lower is better, capped at 1; weights add up to 100 %; scores
            are given per balanced-scorecard perspective and overall, 0–100.
          </li>
          <li>
            <strong>Activity points.</strong> Points per paid hour = Σ (count × weight per activity) ÷ paid hours; a team's
            figure adds points and hours across its members before dividing.
          </li>
        </ul>
      </section>
    </article>
  )
}
