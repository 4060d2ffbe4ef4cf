/** Absolute URLs of the site's pages, from the configured site URL (or the request's origin without one). */

/** The site's base URL: Astro's `site` when configured, else the origin the request came to. */
export const siteBase = (site: URL | undefined, request: URL): URL => site ?? new URL(request.origin)

/** The canonical URL of a page: its path and query on the site's base (filters and pages are distinct pages). */
export const canonicalUrl = (site: URL | undefined, request: URL): string => new URL(request.pathname + request.search, siteBase(site, request)).href

/** The URL of the thing a page shows (no query): what JSON-LD names as `url`. */
export const entityUrl = (site: URL | undefined, request: URL): string => new URL(request.pathname, siteBase(site, request)).href

/** An absolute URL for a site path (pictures, related pages). */
export const absoluteUrl = (path: string, base: URL | string): string => new URL(path, base).href
