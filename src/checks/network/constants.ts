// Defaults and choices of the checks that the command declarations quote in --help; no imports, so declaring the CLI loads no check.

/** A bundle older than this is flagged as stale. */
export const STALE_BUNDLE_DAYS = 365;

/** Redirects followed before giving up, like curl -L's sensible limit for a reachability test. */
export const DEFAULT_MAX_REDIRECTS = 5;

/** The guide's latency threshold. */
export const MAX_LATENCY_MS = 300;

/** The record types `maildoctor dns` asks for. */
export const QUERY_TYPES = ['A', 'AAAA', 'MX', 'CNAME', 'TXT'] as const;

/** `--starttls` values: a protocol, `auto` (by port) or `none` (implicit TLS). */
export const STARTTLS_MODES = ['smtp', 'imap', 'pop3', 'auto', 'none'] as const;
