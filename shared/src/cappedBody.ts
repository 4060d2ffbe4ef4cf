/**
 * A request body read with a size cap, whether or not the client announced
 * its length: the one reader behind the site's endpoints and the CMS's guards.
 * Web-standard Request and streams only.
 */

export interface CappedReadOptions {
  /**
   * Past the cap, read on (and discard) up to this many bytes before giving
   * up, so that a client still sending can finish and read the refusal
   * instead of seeing the connection reset.
   */
  drainBytes?: number
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.byteLength
  }
  return out
}

async function drain(reader: ReadableStreamDefaultReader<Uint8Array>, most: number): Promise<void> {
  let size = 0
  while (size <= most) {
    const { done, value } = await reader.read()
    if (done) return
    size += value.byteLength
  }
  await reader.cancel().catch(() => undefined)
}

/** The body, at most `limit` bytes, or null when it is (or announces itself) larger. */
export async function readBodyCapped(request: Request, limit: number, { drainBytes = 0 }: CappedReadOptions = {}): Promise<Uint8Array | null> {
  const header = request.headers.get('content-length')
  const declared = header === null ? null : Number(header)
  if (declared !== null && declared > limit) return null
  if (!request.body) return new Uint8Array(0)
  // Node's HTTP parser delivers exactly Content-Length bytes: a declared small body is read at once (the usual path).
  if (declared !== null && Number.isInteger(declared)) {
    const bytes = new Uint8Array(await request.arrayBuffer())
    return bytes.byteLength > limit ? null : bytes
  }
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return concat(chunks, size)
    size += value.byteLength
    if (size > limit) {
      if (drainBytes > 0) await drain(reader, drainBytes)
      else await reader.cancel().catch(() => undefined)
      return null
    }
    chunks.push(value)
  }
}
