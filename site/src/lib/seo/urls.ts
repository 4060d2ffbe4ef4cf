/** Absolute URLs of the site's pages, from the configured site URL (or the request's origin without one). */
import { env } from '@portal/cms/env/index'

/**
 * The site's public URL as configured at run time (SITE_URL), or undefined: one build serves every
 * environment, so this is read from the settings, never from Astro's build-time `site`.
 */
export const configuredSite = (): URL | undefined => (env().siteOrigin ? new URL(env().siteUrl + '/') : undefined)

/** The site's base URL: the configured one (`configuredSite()`), else the origin the request came to. */
export const siteBase = (site: URL | undefined, request: URL): URL => site ?? new URL(request.origin)

/** The canonical URL of a page: its path and query on the site's base (filters and pages are distinct pages). */
export const canonicalUrl = (site: URL | undefined, request: URL): string => new URL(request.pathname + request.search, siteBase(site, request)).href

/** The URL of the thing a page shows (no query): what JSON-LD names as `url`. */
export const entityUrl = (site: URL | undefined, request: URL): string => new URL(request.pathname, siteBase(site, request)).href

/** An absolute URL for a site path (pictures, related pages). */
export const absoluteUrl = (path: string, base: URL | string): string => new URL(path, base).href
