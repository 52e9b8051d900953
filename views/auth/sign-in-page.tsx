/** The sign-in form (SHORELINE_AUTH): name and password, one message for any mismatch, and where to go afterwards. */

export interface SignInProps {
  /** Echoed back after a refusal (escaped by hono/jsx); the password never is. */
  name: string
  next: string
  /** Per-field messages for empty fields. */
  errors: { name?: string; password?: string }
  /** One message for the whole form: a mismatch (never saying which half) or too many attempts. */
  refusal?: string
}

export function SignInPage({ name, next, errors, refusal }: SignInProps) {
  return (
    <div class="sign-in">
      <h1>Sign in to Shoreline</h1>
      <p class="lead">This Shoreline is shared: sign in with the name and password your administrator created for you.</p>
      {refusal && (
        <p class="notice notice--error" role="alert" data-testid="sign-in-refusal">
          {refusal}
        </p>
      )}
      <form method="post" action="/sign-in" class="sign-in__form">
        <input type="hidden" name="next" value={next} />
        <div class="field">
          <label for="sign-in-name">Name</label>
          <input id="sign-in-name" name="name" type="text" value={name} autocomplete="username" autocapitalize="none" spellcheck={false} required maxlength={64} aria-invalid={errors.name ? 'true' : undefined} aria-describedby="sign-in-name-error" />
          <span id="sign-in-name-error" class="field__error">
            {errors.name}
          </span>
        </div>
        <div class="field">
          <label for="sign-in-password">Password</label>
          <input id="sign-in-password" name="password" type="password" autocomplete="current-password" required maxlength={1024} aria-invalid={errors.password ? 'true' : undefined} aria-describedby="sign-in-password-error" />
          <span id="sign-in-password-error" class="field__error">
            {errors.password}
          </span>
        </div>
        <div class="form-actions">
          <button type="submit">Sign in</button>
        </div>
      </form>
    </div>
  )
}
