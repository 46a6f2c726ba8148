/**
 * Redaction: what keeps secret keys, session tokens, signatures and Authorization headers out of
 * logs, hook contexts and thrown errors. Contexts are built redacted; errors are additionally
 * scrubbed of the exact secret strings of the attempt, as a net under every other path (a
 * transport error quoting a URL, a server echoing the request, a hook's own error...).
 */

export const REDACTED = "[REDACTED]";

const SENSITIVE_HEADERS = new Set(["authorization", "x-tc-token", "x-acs-security-token"]);
/** Query/form names whose values are credentials or signatures (Tencent v1, TC3 GET, Alibaba). */
const SENSITIVE_QUERY = new Set(["Signature", "SecurityToken", "Token", "SecretId", "AccessKeyId"]);

export function redactHeaders(h: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of Object.keys(h)) out[k] = SENSITIVE_HEADERS.has(k.toLowerCase()) ? REDACTED : h[k]!;
  return out;
}

/** The URL with the values of SENSITIVE_QUERY parameters replaced. */
export function redactUrl(u: string): string {
  const q = u.indexOf("?");
  if (q < 0) return u;
  const pairs = u.slice(q + 1).split("&");
  for (let i = 0; i < pairs.length; i++) {
    const eq = pairs[i]!.indexOf("=");
    const name = eq < 0 ? pairs[i]! : pairs[i]!.slice(0, eq);
    if (SENSITIVE_QUERY.has(safeDecode(name))) pairs[i] = `${name}=${REDACTED}`;
  }
  return `${u.slice(0, q)}?${pairs.join("&")}`;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Secrets shorter than this are not scrubbed from free text: a one-letter test key would
 * otherwise blank every such letter in every message. Real keys are 30+ characters.
 */
const MIN_SCRUB_LENGTH = 6;

export type Scrubber = (text: string) => string;

export const noScrub: Scrubber = (t) => t;

/** A function replacing every occurrence of the given secrets (and their URL-encoded forms). */
export function secretScrubber(secrets: ReadonlyArray<string | undefined>): Scrubber {
  const present = secrets.filter((s): s is string => !!s && s.length >= MIN_SCRUB_LENGTH);
  if (present.length === 0) return noScrub;
  // built on first use: every attempt gets a scrubber, but only failures and log lines use it
  let ordered: string[] | undefined;
  return (text) => {
    ordered ??= spellings(present);
    let out = text;
    for (const s of ordered) if (out.includes(s)) out = out.split(s).join(REDACTED);
    return out;
  };
}

/** Each secret as sent or echoed: raw, percent-encoded (both ways), form-encoded; longest first. */
function spellings(secrets: string[]): string[] {
  const list = new Set<string>();
  for (const s of secrets) {
    list.add(s);
    const enc = encodeURIComponent(s);
    list.add(enc);
    list.add(enc.replace(/[!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase()));
    list.add(s.replace(/ /g, "+"));
  }
  // Longest first, so a secret containing another is replaced whole.
  return [...list].sort((a, b) => b.length - a.length);
}

/**
 * Scrubs an error in place: every own string property (message and stack included) of the
 * error and of its `cause` chain / AggregateError members. Returns the same error.
 */
export function scrubError<E>(err: E, scrub: Scrubber): E {
  if (scrub === noScrub) return err;
  const seen = new Set<unknown>();
  const visit = (e: unknown, depth: number): void => {
    if (e === null || typeof e !== "object" || seen.has(e) || depth > 6) return;
    seen.add(e);
    for (const key of Object.getOwnPropertyNames(e)) {
      let value: unknown;
      try {
        value = (e as Record<string, unknown>)[key];
      } catch {
        continue;
      }
      if (typeof value === "string") {
        const clean = scrub(value);
        if (clean !== value) {
          try {
            Object.defineProperty(e, key, { value: clean });
          } catch {
            // frozen or non-configurable: nothing more we can do for this property
          }
        }
      } else if (value !== null && typeof value === "object" && (key === "cause" || key === "errors" || value instanceof Error)) {
        if (Array.isArray(value)) for (const v of value) visit(v, depth + 1);
        else visit(value, depth + 1);
      }
    }
  };
  visit(err, 0);
  return err;
}
