/**
 * The editorial board's start page (before the collection cards): what waits
 * for review, what is scheduled, what was published lately and new reader
 * feedback, each a link to the item. A server component reading with the
 * signed-in user's own rights, so each role sees only what it may open:
 * authors see their own submitted and sent-back items, editors everything.
 */
import type { CollectionSlug, Payload, ServerProps } from 'payload'
import React from 'react'

import { formatDateTime } from '@portal/shared/format'

import { canPublish, isEditorialUser } from '../access/roles'
import { REVIEW_STATE_LABELS, type ReviewState } from '../workflow/reviewStates'

const LIMIT = 8

interface Item {
  href: string
  title: string
  kind: string
  at: string
  note?: string
}

const titleOf = (payload: Payload, slug: string, doc: Record<string, unknown>) =>
  String(doc[payload.collections[slug as CollectionSlug]?.config.admin?.useAsTitle ?? 'title'] ?? doc.title ?? doc.id)

const labelOf = (payload: Payload, slug: string) => {
  const label = payload.collections[slug as CollectionSlug]?.config.labels?.singular
  return typeof label === 'string' ? label : slug
}

/** The collections with the review workflow (the review state field is theirs). */
const reviewed = (payload: Payload) =>
  payload.config.collections.filter((c) => c.fields.some((f) => 'name' in f && f.name === 'reviewState')).map((c) => c.slug as CollectionSlug)

async function byReviewState(payload: Payload, user: ServerProps['user'], states: ReviewState[]): Promise<Item[]> {
  const lists = await Promise.all(
    reviewed(payload).map(async (slug) => {
      const { docs } = await payload.find({
        collection: slug,
        draft: true,
        // Authors may read every draft; their dashboard lists their own.
        where: canPublish(user) ? { reviewState: { in: states } } : { and: [{ reviewState: { in: states } }, { createdBy: { equals: user?.id } }] },
        sort: '-updatedAt',
        limit: LIMIT,
        depth: 0,
        overrideAccess: false,
        user,
      })
      return docs.map((doc) => {
        const record = doc as unknown as Record<string, unknown>
        return {
          href: `/admin/collections/${slug}/${record.id}`,
          title: titleOf(payload, slug, record),
          kind: labelOf(payload, slug),
          at: String(record.updatedAt),
          note: REVIEW_STATE_LABELS[record.reviewState as ReviewState],
        }
      })
    }),
  )
  return lists.flat().sort((a, b) => b.at.localeCompare(a.at)).slice(0, LIMIT)
}

async function recentlyPublished(payload: Payload, user: ServerProps['user']): Promise<Item[]> {
  const lists = await Promise.all(
    reviewed(payload).map(async (slug) => {
      const { docs } = await payload.find({ collection: slug, where: { _status: { equals: 'published' } }, sort: '-updatedAt', limit: LIMIT, depth: 0, overrideAccess: false, user })
      return docs.map((doc) => {
        const record = doc as unknown as Record<string, unknown>
        return { href: `/admin/collections/${slug}/${record.id}`, title: titleOf(payload, slug, record), kind: labelOf(payload, slug), at: String(record.updatedAt) }
      })
    }),
  )
  return lists.flat().sort((a, b) => b.at.localeCompare(a.at)).slice(0, LIMIT)
}

async function scheduled(payload: Payload): Promise<Item[]> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { completedAt: { exists: false } }, { waitUntil: { greater_than: new Date().toISOString() } }] },
    sort: 'waitUntil',
    limit: LIMIT,
    depth: 0,
    overrideAccess: true,
  })
  const items = await Promise.all(
    docs.map(async (job): Promise<Item | null> => {
      const input = job.input as { type?: string; doc?: { relationTo: string; value: number | string } } | null
      if (!input?.doc) return null
      const { relationTo: slug, value: id } = input.doc
      const doc = await payload.findByID({ collection: slug as CollectionSlug, id, draft: true, depth: 0, overrideAccess: true, disableErrors: true })
      if (!doc) return null
      return {
        href: `/admin/collections/${slug}/${id}`,
        title: titleOf(payload, slug, doc as unknown as Record<string, unknown>),
        kind: labelOf(payload, slug),
        at: String(job.waitUntil),
        note: input.type === 'unpublish' ? 'Gỡ xuống' : 'Xuất bản',
      }
    }),
  )
  return items.filter((item): item is Item => item !== null)
}

async function newFeedback(payload: Payload, user: ServerProps['user']): Promise<Item[]> {
  const { docs } = await payload.find({ collection: 'feedback', where: { status: { equals: 'new' } }, sort: '-createdAt', limit: LIMIT, depth: 0, overrideAccess: false, user })
  return docs.map((doc) => ({ href: `/admin/collections/feedback/${doc.id}`, title: String(doc.subject ?? doc.id), kind: 'Ý kiến', at: String(doc.createdAt), note: String(doc.code ?? '') }))
}

function Section({ id, title, empty, items, when }: { id: string; title: string; empty: string; items: Item[]; when: string }) {
  return (
    <section aria-labelledby={id} style={{ flex: '1 1 20rem', minWidth: 0 }}>
      <h3 id={id}>
        {title} ({items.length})
      </h3>
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul style={{ paddingLeft: '1.2em' }}>
          {items.map((item) => (
            <li key={item.href + item.at}>
              <a href={item.href}>{item.title}</a>{' '}
              <small>
                ({item.kind}
                {item.note ? `, ${item.note}` : ''}; {when} {formatDateTime(item.at)})
              </small>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

export async function EditorialDashboard({ payload, user }: ServerProps) {
  if (!isEditorialUser(user)) return null
  const editor = canPublish(user)
  const [waiting, returned, planned, published, feedback] = await Promise.all([
    byReviewState(payload, user, ['submitted']),
    editor ? Promise.resolve([]) : byReviewState(payload, user, ['returned']),
    editor ? scheduled(payload) : Promise.resolve([]),
    recentlyPublished(payload, user),
    editor ? newFeedback(payload, user) : Promise.resolve([]),
  ])
  return (
    <section aria-labelledby="ban-bien-tap" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2 id="ban-bien-tap">Việc của Ban biên tập</h2>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--base)' }}>
        <Section id="cho-duyet" title={editor ? 'Chờ duyệt' : 'Bài đã gửi duyệt'} empty="Không có bài nào chờ duyệt." items={waiting} when="gửi" />
        {!editor && <Section id="tra-lai" title="Bị trả lại, cần sửa" empty="Không có bài nào bị trả lại." items={returned} when="lúc" />}
        {editor && <Section id="hen-gio" title="Đã hẹn giờ" empty="Không có lịch xuất bản nào." items={planned} when="lúc" />}
        <Section id="moi-xuat-ban" title="Mới xuất bản" empty="Chưa có nội dung nào được xuất bản." items={published} when="lúc" />
        {editor && <Section id="y-kien-moi" title="Ý kiến mới của người đọc" empty="Không có ý kiến mới." items={feedback} when="nhận" />}
      </div>
    </section>
  )
}
