/**
 * The reader's address, for the per-address limits (hashed before it is
 * stored; see README "Ratings, polls and feedback").
 *
 * Both servers start with scripts/lib/serverGuard.mjs, which has already
 * replaced X-Forwarded-For by the one address it trusts: the socket's, or,
 * behind TRUST_PROXY_HOPS proxies, the one they added. Astro's clientAddress
 * reads that header, so it is the address to count. (`astro dev` runs without
 * the guard: there a client could choose its address.)
 */
export function readerAddress(context: { clientAddress: string }): string | null {
  try {
    return context.clientAddress || null
  } catch {
    // Astro throws when an adapter cannot tell the address.
    return null
  }
}
