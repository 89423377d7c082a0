/**
 * The jobs dashboard: sign in (a token, or a demo user on the embedded simulator), then the project's jobs with
 * live progress bars and its images with actions. The token lives in sessionStorage: this tab only, gone when
 * it closes.
 */
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import './styles.css';
import { connect, type ShownError } from './client';
import { Dashboard } from './dashboard';
import { errorText } from './util';

const TOKEN_KEY = 'ims-dashboard.token';
const USER_KEY = 'ims-dashboard.user';

interface PageConfig {
  demoUsers: string[];
  /** The gateway's demo sign-in route (GET, embedded mode only), shared with GraphiQL's user menu. */
  tokenPath?: string;
}

const config: PageConfig = (() => {
  try {
    return JSON.parse(document.getElementById('dashboard-config')?.textContent ?? '{}') as PageConfig;
  } catch {
    return { demoUsers: [] };
  }
})();

function SignIn({ onToken, error }: { onToken(token: string, user?: string): void; error?: ShownError }) {
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ShownError | undefined>(error);

  async function demo(user: string) {
    setBusy(true);
    setFailure(undefined);
    try {
      const res = await fetch(`${config.tokenPath ?? '/demo/token'}?user=${encodeURIComponent(user)}`, { headers: { accept: 'application/json' } });
      const body = (await res.json()) as { token?: string; error?: ShownError };
      if (!res.ok || !body.token) throw body.error ?? { message: `Sign-in failed (HTTP ${res.status})` };
      onToken(body.token, user);
    } catch (e) {
      setFailure(e && typeof e === 'object' && 'message' in e ? (e as ShownError) : { message: String(e) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <main class="signin">
      <h1>Image jobs</h1>
      <p class="lead">Live progress of the IMS jobs in your project: copies, exports, imports and shares.</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (token.trim()) onToken(token.trim());
        }}
      >
        <label for="token">Project-scoped token (X-Auth-Token)</label>
        <div class="row">
          <input id="token" type="password" autocomplete="off" spellcheck={false} value={token} onInput={(e) => setToken(e.currentTarget.value)} required />
          <button type="submit" disabled={busy || !token.trim()}>
            Sign in
          </button>
        </div>
        <p class="hint">Kept in this tab only (sessionStorage); closing the tab signs you out.</p>
      </form>
      {config.demoUsers.length > 0 && (
        <section aria-labelledby="demo-title">
          <h2 id="demo-title">Demo users (embedded simulator)</h2>
          <div class="row">
            {config.demoUsers.map((u) => (
              <button type="button" class="secondary" disabled={busy} onClick={() => demo(u)}>
                Sign in as {u}
              </button>
            ))}
          </div>
        </section>
      )}
      {failure && (
        <p class="error" role="alert">
          {errorText(failure)}
        </p>
      )}
    </main>
  );
}

function App() {
  const [token, setToken] = useState(() => sessionStorage.getItem(TOKEN_KEY));
  const [user, setUser] = useState(() => sessionStorage.getItem(USER_KEY) ?? undefined);
  const [error, setError] = useState<ShownError>();
  const gateway = useMemo(() => (token ? connect(token) : null), [token]);
  useEffect(() => () => gateway?.dispose(), [gateway]);

  const signOut = (why?: ShownError) => {
    sessionStorage.removeItem(TOKEN_KEY);
    sessionStorage.removeItem(USER_KEY);
    setError(why);
    setToken(null);
    setUser(undefined);
  };

  if (!token || !gateway)
    return (
      <SignIn
        error={error}
        onToken={(t, u) => {
          sessionStorage.setItem(TOKEN_KEY, t);
          if (u) sessionStorage.setItem(USER_KEY, u);
          setError(undefined);
          setUser(u);
          setToken(t);
        }}
      />
    );
  return <Dashboard gw={gateway} user={user} onSignOut={signOut} />;
}

render(<App />, document.getElementById('app')!);
