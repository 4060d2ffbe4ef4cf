/**
 * The reader's IP address, for the per-IP limits (it is hashed before it is
 * stored; see README "Ratings, polls and feedback"). Behind a reverse proxy
 * every request comes from the proxy: set TRUST_PROXY_HOPS to the number of
 * proxies in front of the site, and the address they append to
 * X-Forwarded-For is used instead. Never trusted by default: a client could
 * write any address there.
 */
import { env } from '@portal/cms/env/index'

export function clientIp(request: Request, socketAddress: string | null | undefined): string | null {
  const hops = env().trustProxyHops
  if (hops > 0) {
    const chain = (request.headers.get('x-forwarded-for') ?? '').split(',').map((a) => a.trim()).filter(Boolean)
    const fromProxy = chain[chain.length - hops]
    if (fromProxy) return fromProxy
  }
  return socketAddress || null
}

/** The client's socket address; Astro throws when an adapter cannot tell. */
export function socketAddress(read: () => string): string | null {
  try {
    return read()
  } catch {
    return null
  }
}

/** The address of the reader of an Astro request, as the limits count it. */
export const readerAddress = (context: { request: Request; clientAddress: string }) => clientIp(context.request, socketAddress(() => context.clientAddress))
