/**
 * Media and feedback attachments on S3-compatible object storage (Payload's official @payloadcms/storage-s3),
 * when S3_BUCKET is set; on the local disk otherwise (MEDIA_DIR, $DATA_DIR/private). See README "Nhiều máy chủ".
 *
 * - Media: the public bucket. Readers get them from the site's /media/<name>, which redirects to S3_PUBLIC_URL
 *   (the bucket's public address or a CDN in front of it). With S3_CLIENT_UPLOADS=true the admin sends files
 *   straight to the bucket (large videos never pass through the CMS; the bucket must allow CORS PUT from it).
 * - Feedback attachments: the private bucket (S3_PRIVATE_BUCKET, else the same bucket under a private prefix),
 *   never public: a download goes through the CMS, which checks the collection's access rule (editors only)
 *   and then redirects to a URL signed for five minutes.
 *
 * Both plugins are always configured, enabled or not, with alwaysInsertFields: the `prefix` field they add
 * is in the schema (and the migrations) whether storage is local or not, so switching is a setting only.
 */
import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import { env } from '../env/index'

const SIGNED_URL_SECONDS = 300

export function objectStoragePlugins(): Plugin[] {
  const s3 = env().s3
  const config = s3
    ? {
        region: s3.region,
        ...(s3.endpoint ? { endpoint: s3.endpoint } : {}),
        forcePathStyle: s3.forcePathStyle,
        ...(s3.accessKeyId && s3.secretAccessKey ? { credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey } } : {}),
      }
    : {}
  return [
    s3Storage({
      enabled: Boolean(s3),
      alwaysInsertFields: true,
      bucket: s3?.bucket ?? 'media',
      clientCacheKey: 's3:media',
      config,
      collections: { media: true },
      clientUploads: s3?.clientUploads ?? false,
    }),
    s3Storage({
      enabled: Boolean(s3),
      alwaysInsertFields: true,
      bucket: s3?.privateBucket ?? s3?.bucket ?? 'private',
      clientCacheKey: 's3:private',
      acl: 'private',
      config,
      collections: {
        'feedback-attachments': {
          // Same bucket as the media only when no private one is given: then under a prefix no public URL serves.
          ...(s3 && !s3.privateBucket ? { prefix: 'private/feedback-attachments' } : {}),
          signedDownloads: { shouldUseSignedURL: () => true, expiresIn: SIGNED_URL_SECONDS },
        },
      },
    }),
  ]
}
