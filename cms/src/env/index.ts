/**
 * The portal's settings, read from the environment in one place, typed and
 * with their defaults, for the CMS, the site, the seed and the scripts alike.
 * Every other module asks `env()` instead of reading `process.env`, so a
 * setting has one name, one default and one parser; `.env.example` lists them.
 *
 * Read once per process. Tests that change process.env call `resetEnv()`
 * afterwards so the next `env()` reads it again.
 */

/** A whole number ≥ 0, or the default when unset, empty or not a number. */
function count(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw.trim() === '') return fallback
  const value = Number(raw)
  return Number.isFinite(value) && value >= 0 ? Math.floor(value) : fallback
}

const text = (raw: string | undefined): string | null => (raw && raw.trim() ? raw.trim() : null)

/** The origin of a configured URL, or null when unset or malformed (a bad URL must not crash a request). */
function originOf(raw: string | null): string | null {
  if (!raw) return null
  try {
    return new URL(raw).origin
  } catch {
    return null
  }
}

export function readEnvironment(source: NodeJS.ProcessEnv = process.env) {
  const cmsPort = count(source.CMS_PORT, 3000)
  const sitePort = count(source.SITE_PORT, 4321)
  const siteUrl = text(source.SITE_URL)
  const cmsUrl = text(source.CMS_URL)
  return {
    production: source.NODE_ENV === 'production',
    /** The repository root, when the process does not run inside it (bundled builds). */
    portalRoot: text(source.PORTAL_ROOT),
    dataDir: text(source.DATA_DIR),
    mediaDir: text(source.MEDIA_DIR),
    databaseUrl: text(source.DATABASE_URL),
    sqliteBusyTimeoutMs: count(source.SQLITE_BUSY_TIMEOUT_MS, 30_000),
    payloadSecret: text(source.PAYLOAD_SECRET),
    cmsPort,
    sitePort,
    /** Public address of the site, without a trailing slash (links in mails, canonical URLs, same-origin checks). */
    siteUrl: (siteUrl ?? `http://localhost:${sitePort}`).replace(/\/$/, ''),
    siteOrigin: originOf(siteUrl),
    /** Public address of the admin, without a trailing slash. */
    cmsUrl: (cmsUrl ?? `http://localhost:${cmsPort}`).replace(/\/$/, ''),
    cmsUrlConfigured: cmsUrl,
    cmsOrigin: originOf(cmsUrl),
    trustedOrigins: (source.TRUSTED_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
    /** Cookies only over HTTPS (set behind TLS). */
    cookieSecure: source.COOKIE_SECURE === 'true',
    /** Reverse proxies in front of the site; 0 means the socket address is the client. */
    trustProxyHops: count(source.TRUST_PROXY_HOPS, 0),
    /** How long the site keeps content reads and rendered anonymous pages (0 turns both off). */
    contentCacheMs: count(source.CONTENT_CACHE_MS, 2000),
    /** How long rendered anonymous pages are kept; CONTENT_CACHE_MS unless set (0 renders every request). */
    pageCacheMs: count(source.PAGE_CACHE_MS, count(source.CONTENT_CACHE_MS, 2000)),
    visitFlushMs: count(source.VISIT_FLUSH_MS, 1000),
    /** Longest the honour roll's statistics are kept while no award, decision or summary shows an edit (deletions show within it). */
    awardStatisticsMaxAgeMs: count(source.AWARD_STATISTICS_MAX_AGE_MS, 600_000),
    /** The CMS process runs the jobs queue (scheduled publish and unpublish); false leaves it to another runner. */
    jobsAutorun: source.JOBS_AUTORUN !== 'false',
    /** Site processes `npm run serve` runs on SITE_PORT (read by scripts/lib/serving.mjs with the same rule). */
    siteProcesses: Math.max(1, count(source.SITE_PROCESSES, 1)),
    /** How often the separate job runner (cms/src/scripts/jobRunner.ts) looks for due jobs. */
    jobRunnerIntervalMs: Math.max(1000, count(source.JOB_RUNNER_INTERVAL_MS, 10_000)),
    /** Access log lines: readable text by default, JSON lines with LOG_FORMAT=json, none with off (scripts/lib/accessLog.mjs). */
    /** S3-compatible object storage for media and attachments (cms/src/storage/objectStorage.ts); null: local disk. */
    s3: text(source.S3_BUCKET)
      ? {
          bucket: text(source.S3_BUCKET)!,
          /** Attachments' bucket; unset: the media bucket under a prefix that is never served publicly. */
          privateBucket: text(source.S3_PRIVATE_BUCKET),
          region: text(source.S3_REGION) ?? 'us-east-1',
          endpoint: text(source.S3_ENDPOINT),
          accessKeyId: text(source.S3_ACCESS_KEY_ID),
          secretAccessKey: text(source.S3_SECRET_ACCESS_KEY),
          /** Path-style URLs (http://host/bucket/key): most S3-compatible servers other than AWS want them. */
          forcePathStyle: source.S3_FORCE_PATH_STYLE === 'true',
          /** Public address of the media bucket or of a CDN in front of it, without a trailing slash. */
          publicUrl: (text(source.S3_PUBLIC_URL) ?? '').replace(/\/$/, '') || null,
          clientUploads: source.S3_CLIENT_UPLOADS === 'true',
        }
      : null,
    /** Where `npm run backup` writes its archives (default: <repository>/backups). */
    backupDir: text(source.BACKUP_DIR),
    logFormat: (['json', 'off'].includes(source.LOG_FORMAT ?? '') ? source.LOG_FORMAT : 'text') as 'text' | 'json' | 'off',
    /** The benchmark's reference endpoints answer only when BENCH=1. */
    bench: source.BENCH === '1',
    seedSample: source.SEED_SAMPLE !== 'false',
    mail: {
      host: text(source.SMTP_HOST),
      port: count(source.SMTP_PORT, 587),
      user: text(source.SMTP_USER),
      pass: source.SMTP_PASS ?? '',
      from: text(source.MAIL_FROM) ?? 'no-reply@localhost',
    },
    limits: {
      /** New ratings per IP address, per article and Vietnamese calendar day (changing one's rating is not counted). */
      ratingsPerIpPerArticleDay: count(source.RATING_IP_DAILY_LIMIT, 50),
      /** New votes per IP address, per poll and day. */
      votesPerIpPerPollDay: count(source.POLL_IP_DAILY_LIMIT, 50),
      /** Feedback submissions per IP address and clock hour. */
      feedbackPerIpHour: count(source.FEEDBACK_IP_HOURLY_LIMIT, 5),
      /** Seconds a person needs at least to fill in the feedback form; faster is a script. */
      feedbackMinFillSeconds: count(source.FEEDBACK_MIN_FILL_SECONDS, 3),
      /** Look-ups by reference code per IP address and clock hour: enough for people, too few to try codes. */
      lookupsPerIpHour: count(source.LOOKUP_IP_HOURLY_LIMIT, 60),
      /** Sign-in attempts per IP address per quarter hour, on top of Payload's per-account lockout. */
      signInsPerIpQuarterHour: count(source.SIGN_IN_IP_LIMIT, 30),
      /** Award verification look-ups (/xac-minh/<code>) per IP address and clock hour: generous, offices share an address. */
      verificationsPerIpHour: count(source.VERIFICATION_IP_HOURLY_LIMIT, 600),
      /** Open-data requests (/du-lieu-mo/*.json, *.csv) per IP address and clock hour: enough to walk a large roll page by page. */
      openDataPerIpHour: count(source.OPEN_DATA_IP_HOURLY_LIMIT, 1000),
      /** Days an IP hash is kept on a rating, vote or feedback item before it is erased. */
      ipHashRetentionDays: count(source.IP_HASH_RETENTION_DAYS, 30),
    },
    admin: {
      email: text(source.ADMIN_EMAIL),
      name: text(source.ADMIN_NAME),
      password: source.ADMIN_PASSWORD ?? null,
    },
  }
}

export type Environment = ReturnType<typeof readEnvironment>

let current: Environment | null = null

/** This process's settings. */
export function env(): Environment {
  current ??= readEnvironment()
  return current
}

/** Forget the settings read so far: the next `env()` reads process.env again (tests only). */
export function resetEnv(): void {
  current = null
}
