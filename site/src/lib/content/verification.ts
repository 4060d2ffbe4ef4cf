/**
 * An award's own page, /xac-minh/<code>: what its verification code says of it.
 *
 * - valid: read like any honour-roll line (the roll's access rule,
 *   publicRollOfPublishedDecisions: a published decision, not withdrawn);
 * - withdrawn: the roll hides withdrawn awards, so they are read once more on
 *   purpose, with the access rule set aside but the same condition on the
 *   decision (published, or none): an award of an unpublished decision is as
 *   unknown as a code never issued;
 * - anything else: null (unknown code, or a decision still in draft).
 *
 * Only what the public roll shows comes out (honourRollEntry), plus the
 * decisions' public facts and, for a withdrawn award, the reason.
 */
import { PUBLISHED_DECISION_OR_NONE, verificationLookupAllowed as allowed } from '@portal/cms/awards/verification'
import { normaliseVerificationCode } from '@portal/shared'
import type { Payload } from 'payload'

import { cachedRead } from '../readCache'
import { AWARD_LINE_READ, honourRollEntry, type HonourRollEntry } from './awards'
import { payload } from './instance'
import { queryOne } from './query'
import { populated, type Id } from './relations'
import type { Award, AwardDecision, LegalDocument, Unit } from './types'

export interface DecisionFacts {
  number: string
  slug: string
  issuedAt: string
  issuerName: string | null
  signer: string | null
  abstract: string
  /** The decision's text in the document library, with its files. */
  document: { slug: string; title: string; attachments: Array<{ filename: string; mimeType: string | null; filesize: number | null }> } | null
}

export type Verification =
  | { state: 'valid'; code: string; award: HonourRollEntry; decision: DecisionFacts | null }
  | { state: 'withdrawn'; code: string; award: HonourRollEntry; decision: DecisionFacts | null; withdrawal: { decision: DecisionFacts | null; reason: string | null } }

/** A published decision's public facts (null when it is not published). */
async function decisionFacts(id: Id | null): Promise<DecisionFacts | null> {
  if (id == null) return null
  const decision = await queryOne<AwardDecision>('award-decisions', { id: { equals: id } }, {
    depth: 2,
    joins: false,
    populate: {
      units: { name: true },
      documents: { slug: true, title: true, abstract: true, number: true, attachments: true },
      media: { filename: true, mimeType: true, filesize: true },
    },
  })
  if (!decision?.slug) return null
  const issuer = populated<Unit>(decision.issuer)[0]
  const doc = populated<LegalDocument>(decision.document)[0]
  return {
    number: decision.number,
    slug: decision.slug,
    issuedAt: decision.issuedAt,
    issuerName: issuer?.name ?? null,
    signer: [decision.signerTitle, decision.signer].filter(Boolean).join(' ') || null,
    abstract: decision.abstract,
    document: doc?.slug
      ? {
          slug: doc.slug,
          title: doc.title ?? doc.abstract ?? doc.number ?? doc.slug,
          attachments: populated<{ filename?: string | null; mimeType?: string | null; filesize?: number | null }>(doc.attachments)
            .filter((m) => m.filename)
            .map((m) => ({ filename: m.filename!, mimeType: m.mimeType ?? null, filesize: m.filesize ?? null })),
        }
      : null,
  }
}

const idOfRelation = (value: unknown): Id | null => (value && typeof value === 'object' ? (value as { id: Id }).id : ((value as Id | null | undefined) ?? null))

/** The withdrawn award of a code, read on purpose past the roll's rule (see above); null when there is none. */
function withdrawnAward(code: string): Promise<Award | null> {
  return cachedRead(`verification:withdrawn:${code}`, async () => {
    const p = await payload()
    const { docs } = await p.find({
      collection: 'awards',
      where: { and: [{ verificationCode: { equals: code } }, { withdrawn: { equals: true } }, PUBLISHED_DECISION_OR_NONE] },
      limit: 1,
      pagination: false,
      overrideAccess: true,
      ...AWARD_LINE_READ,
      // The roll's line, and what only a withdrawn award's page shows.
      select: { ...AWARD_LINE_READ.select, withdrawalDecision: true, withdrawalReason: true },
    } as Parameters<Payload['find']>[0])
    return (docs[0] as Award | undefined) ?? null
  })
}

/** What the verification code (as typed: any case, with or without dashes) says; null when it names nothing public. */
export async function awardByVerificationCode(typed: string): Promise<Verification | null> {
  const code = normaliseVerificationCode(typed)
  if (!code) return null
  const visible = await queryOne<Award>('awards', { verificationCode: { equals: code } }, AWARD_LINE_READ)
  if (visible) return { state: 'valid', code, award: honourRollEntry(visible), decision: await decisionFacts(idOfRelation(visible.decision)) }
  const withdrawn = await withdrawnAward(code)
  if (!withdrawn) return null
  const [decision, withdrawal] = await Promise.all([decisionFacts(idOfRelation(withdrawn.decision)), decisionFacts(idOfRelation(withdrawn.withdrawalDecision))])
  return { state: 'withdrawn', code, award: honourRollEntry(withdrawn), decision, withdrawal: { decision: withdrawal, reason: withdrawn.withdrawalReason?.trim() || null } }
}

/** Takes one look-up from the reader's hourly allowance (VERIFICATION_IP_HOURLY_LIMIT); false when it is used up. */
export const verificationLookupAllowed = async (address: string) => allowed(await payload(), address)
