import fs from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'

import type { APIRoute } from 'astro'

import { env } from '@portal/cms/env/index'
import { mediaDir } from '@portal/cms/env/paths'
import { contentTypeOf, fileTypeByExtension } from '@portal/shared/fileTypes'

const MAX_RANGE_BYTES = 4 * 1024 * 1024

async function readSlice(file: string, start: number, end: number): Promise<Buffer> {
  const handle = await fs.promises.open(file, 'r')
  try {
    const buffer = Buffer.alloc(end - start + 1)
    await handle.read(buffer, 0, buffer.length, start)
    return buffer
  } finally {
    await handle.close()
  }
}

const notFound = () => new Response('Không tìm thấy tệp.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

/**
 * Uploaded files, straight from the media folder: only names inside it, only
 * accepted types, with byte ranges so videos can seek.
 */
export const GET: APIRoute = async ({ params, request }) => {
  const name = path.basename(params.file ?? '')
  const known = fileTypeByExtension(path.extname(name))
  if (!name || !known || name.startsWith('.')) return notFound()
  // On object storage (S3_BUCKET) the files are in the bucket: the bucket's public address or its CDN
  // (S3_PUBLIC_URL) serves them, else the CMS streams them (cms/src/storage/objectStorage.ts).
  const s3 = env().s3
  if (s3) {
    const target = `${s3.publicUrl ?? `${env().cmsUrl}/api/media/file`}/${encodeURIComponent(name)}`
    return new Response(null, { status: 302, headers: { Location: target, 'Cache-Control': 'public, max-age=86400' } })
  }
  const type = contentTypeOf(known)
  const file = path.join(mediaDir, name)
  let stat: fs.Stats
  try {
    stat = await fs.promises.stat(file)
  } catch {
    return notFound()
  }
  if (!stat.isFile()) return notFound()
  const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`
  const headers: Record<string, string> = {
    'Content-Type': type,
    'Cache-Control': 'public, max-age=86400',
    ETag: etag,
    'Accept-Ranges': 'bytes',
    'X-Content-Type-Options': 'nosniff',
  }
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers })
  const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.get('range') ?? '')
  if (range && (range[1] || range[2])) {
    const start = range[1] ? Number(range[1]) : Math.max(0, stat.size - Number(range[2]))
    const end = range[1] && range[2] ? Math.min(Number(range[2]), stat.size - 1) : stat.size - 1
    if (start > end || start >= stat.size) {
      return new Response(null, { status: 416, headers: { ...headers, 'Content-Range': `bytes */${stat.size}` } })
    }
    // A range is read into memory, capped: the reader asks again for the rest.
    const last = Math.min(end, start + MAX_RANGE_BYTES - 1)
    const body = await readSlice(file, start, last)
    return new Response(new Uint8Array(body), {
      status: 206,
      headers: { ...headers, 'Content-Range': `bytes ${start}-${last}/${stat.size}`, 'Content-Length': String(last - start + 1) },
    })
  }
  // Small files from memory; large ones as a web stream (a Node stream handed to Response crashes undici on Node 20).
  const body = stat.size <= MAX_RANGE_BYTES ? new Uint8Array(await fs.promises.readFile(file)) : (Readable.toWeb(fs.createReadStream(file)) as ReadableStream)
  return new Response(body, { headers: { ...headers, 'Content-Length': String(stat.size) } })
}
