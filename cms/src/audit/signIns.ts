import type { CollectionAfterLoginHook, CollectionBeforeOperationHook } from 'payload'

import { AUDIT_LOG, recordAudit } from './record'

const ATTEMPT = 'audit:signInAttempt'

/**
 * Sign-ins on the log. Payload runs no hook when a sign-in fails (the Local
 * API the site uses included), so every attempt is written first as failed,
 * and a successful one turns its own entry into a sign-in. Runs after the
 * per-address limit, so refused floods do not fill the log.
 */
export const recordSignInAttempt: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const email = (args as { data?: { email?: unknown } }).data?.email
  req.context[ATTEMPT] = await recordAudit(req, {
    action: 'loginFailed',
    collection: 'users',
    email: typeof email === 'string' ? email.trim().toLowerCase().slice(0, 200) : null,
  })
  return args
}

export const recordSignIn: CollectionAfterLoginHook = async ({ req, user }) => {
  const entry = req.context[ATTEMPT] as number | string | null | undefined
  delete req.context[ATTEMPT]
  const data = { action: 'login', user: user.id, email: user.email, documentId: String(user.id), title: user.name ?? null }
  if (entry != null) {
    await req.payload.update({ collection: AUDIT_LOG as never, id: entry, data: data as never, overrideAccess: true, depth: 0, req, context: { audit: false } })
  } else {
    await recordAudit({ ...req, user: { ...user, collection: 'users' } } as never, { action: 'login', collection: 'users', documentId: user.id, title: user.name ?? null })
  }
  return user
}
