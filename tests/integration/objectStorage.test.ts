/**
 * Object storage through Payload's official adapter (@payloadcms/storage-s3), against a local S3-compatible
 * server from npm (s3rver): media land in the public bucket with their resized copies and nothing on the
 * local disk; feedback attachments land in the private bucket; their download through the CMS is refused to
 * anonymous readers and answered to an editor with a redirect to a signed URL that serves the file.
 *
 * s3rver does not enforce bucket policies or ACLs (anyone may read any object from it), so that the private
 * bucket refuses unsigned reads cannot be checked here: on a real service it is the bucket's policy.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeUser, startPortal, testDatabase, type TestPortal } from './helpers/payload'

type S3rverInstance = { run(): Promise<{ port: number }>; close(): Promise<void> }

let server: S3rverInstance | null = null
let s3dir = ''
let portal: TestPortal
let payload: Payload
let client: S3Client
let why = ''

beforeAll(async () => {
  try {
    // s3rver has no type declarations: imported by a name TypeScript does not resolve.
    const moduleName = 's3rver'
    const { default: S3rver } = (await import(moduleName)) as unknown as { default: new (options: Record<string, unknown>) => S3rverInstance }
    s3dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-s3-'))
    server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: s3dir, configureBuckets: [{ name: 'portal-media' }, { name: 'portal-private' }] })
    const { port } = await server.run()
    Object.assign(process.env, {
      S3_BUCKET: 'portal-media',
      S3_PRIVATE_BUCKET: 'portal-private',
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: 'true',
    })
    client = new S3Client({ endpoint: `http://127.0.0.1:${port}`, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } })
  } catch (error) {
    why = `s3rver could not start: ${(error as Error).message}`
    console.warn(`Object storage test NOT RUN: ${why}`)
    return
  }
  portal = await startPortal()
  payload = portal.payload
})

afterAll(async () => {
  await portal?.close()
  await server?.close()
  for (const key of ['S3_BUCKET', 'S3_PRIVATE_BUCKET', 'S3_ENDPOINT', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE']) delete process.env[key]
  if (s3dir) fs.rmSync(s3dir, { recursive: true, force: true })
})

const keysIn = async (bucket: string) => ((await client.send(new ListObjectsV2Command({ Bucket: bucket }))).Contents ?? []).map((o) => o.Key!).sort()

const MINIMAL_PDF = '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\nxref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<< /Size 2 /Root 1 0 R >>\nstartxref\n52\n%%EOF\n'

describe.skipIf(testDatabase !== 'sqlite')('media and attachments on S3-compatible storage', () => {
  it('media go to the public bucket with every resized copy, and nothing to the local disk', async () => {
    if (!server) return console.warn(`skipped: ${why}`)
    const data = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#b22222' } }).jpeg().toBuffer()
    const doc = await payload.create({ collection: 'media', data: { alt: 'Ảnh trên kho đối tượng' }, file: { name: 'kho-doi-tuong.jpg', mimetype: 'image/jpeg', data, size: data.length } })
    const keys = await keysIn('portal-media')
    expect(keys).toContain(doc.filename)
    const sizes = Object.values((doc.sizes ?? {}) as Record<string, { filename?: string | null }>).map((s) => s.filename).filter(Boolean)
    expect(sizes.length).toBeGreaterThan(2)
    for (const name of sizes) expect(keys).toContain(name)
    expect(fs.existsSync(path.join(portal.dir, 'media', doc.filename!))).toBe(false)
    const object = await client.send(new GetObjectCommand({ Bucket: 'portal-media', Key: doc.filename! }))
    const stored = Buffer.from(await object.Body!.transformToByteArray())
    expect(object.ContentType).toBe('image/jpeg')
    expect((await sharp(stored).metadata()).width).toBe(1600)
    // Deleting the document deletes its objects.
    await payload.delete({ collection: 'media', id: doc.id })
    expect((await keysIn('portal-media')).filter((k) => k === doc.filename || sizes.includes(k))).toEqual([])
  })

  it('feedback attachments go to the private bucket; downloads: anonymous refused, editors redirected to a signed URL', async () => {
    if (!server) return console.warn(`skipped: ${why}`)
    const { submitFeedback } = await import('@portal/cms/engagement')
    const pdf = Buffer.from(MINIMAL_PDF)
    const { id } = await submitFeedback(payload, {
      consent: true,
      input: { name: 'Nguyễn Văn A', email: 'a@example.vn', phone: '', subject: 'Hồ sơ khen thưởng', message: 'Xin gửi kèm hồ sơ đề nghị khen thưởng để Ban biên tập xem xét.' },
      file: { name: 'ho-so.pdf', mimetype: 'application/pdf', data: pdf, size: pdf.length },
      ip: null,
    })
    const stored = await payload.findByID({ collection: 'feedback', id, overrideAccess: true, depth: 1 })
    const attachment = stored.attachment as { filename: string }
    expect(await keysIn('portal-private')).toContain(attachment.filename)
    expect(await keysIn('portal-media')).not.toContain(attachment.filename)
    expect(fs.existsSync(path.join(portal.dir, 'private', 'feedback-attachments', attachment.filename))).toBe(false)

    const { handleEndpoints } = await import('payload')
    const { default: config } = await import('@portal/cms/config')
    const download = (headers: Record<string, string> = {}) =>
      handleEndpoints({ config, request: new Request(`http://localhost/api/feedback-attachments/file/${attachment.filename}`, { headers }) })
    const anonymous = await download()
    expect(anonymous.status).toBe(403)
    const editor = await makeUser(payload, 'editor')
    const { token } = await payload.login({ collection: 'users', data: { email: editor.email, password: 'a-long-test-password-123' } })
    const auth: Record<string, string> = token ? { Authorization: `JWT ${token}` } : {}
    expect(token, 'editor sign-in').toBeTruthy()
    const answer = await download(auth)
    expect(answer.status).toBe(302)
    const signed = answer.headers.get('location')!
    expect(signed).toContain('X-Amz-Signature=')
    expect(signed).toContain('X-Amz-Expires=300')
    const fetched = await fetch(signed)
    expect(fetched.status).toBe(200)
    expect(Buffer.from(await fetched.arrayBuffer()).toString()).toBe(MINIMAL_PDF)
  })
})
