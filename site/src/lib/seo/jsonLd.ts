/**
 * Schema.org descriptions of the site's pages (JSON-LD), as pure functions of
 * the content: the agency on every page, plus what the page shows.
 */
import type { SiteSetting } from '../content/types'

export type JsonLd = Record<string, unknown>

const CONTEXT = 'https://schema.org'

const agency = (name: string | null | undefined) => (name ? { '@type': 'GovernmentOrganization', name } : undefined)

/** The agency behind the portal, on every page. */
export function agencyLd(settings: Pick<SiteSetting, 'agencyName' | 'agencyNameEnglish' | 'email' | 'phone' | 'address' | 'parentAgency'>, siteUrl: string): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'GovernmentOrganization',
    name: settings.agencyName,
    alternateName: settings.agencyNameEnglish ?? undefined,
    url: siteUrl,
    email: settings.email ?? undefined,
    telephone: settings.phone ?? undefined,
    address: settings.address ?? undefined,
    parentOrganization: agency(settings.parentAgency),
  }
}

/** The JSON-LD script's text: "<" escaped so content can never close the script element. */
export const serializeLd = (items: JsonLd[]): string => JSON.stringify(items).replace(/</g, '\\u003c')

export interface NewsArticleInput {
  title: string
  summary?: string | null
  publishedAt: string
  updatedAt: string
  byline?: string | null
  signature?: string | null
  source?: string | null
}

export function newsArticleLd(article: NewsArticleInput, { url, image, agencyName }: { url: string; image?: string | null; agencyName: string }): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary ?? undefined,
    datePublished: article.publishedAt,
    dateModified: article.updatedAt,
    author: { '@type': article.byline ? 'Person' : 'Organization', name: article.byline ?? article.signature ?? agencyName },
    publisher: agency(agencyName),
    image: image ? new URL(image, url).href : undefined,
    mainEntityOfPage: url,
    inLanguage: 'vi',
    isBasedOn: article.source ?? undefined,
  }
}

const LEGAL_FORCE: Record<string, string> = {
  'in-force': 'https://schema.org/InForce',
  amended: 'https://schema.org/PartiallyInForce',
  expired: 'https://schema.org/NotInForce',
  replaced: 'https://schema.org/NotInForce',
}

const pad = (n: number) => String(n).padStart(2, '0')

/** A partial date as ISO 8601 with only the parts known: 2022, 2022-08, 2022-08-15. */
export function isoPartialDate({ year, month, day }: { year: number; month?: number | null; day?: number | null }): string {
  return [String(year), month ? pad(month) : null, month && day ? pad(day) : null].filter(Boolean).join('-')
}

export interface LegislationInput {
  abstract: string
  /** The number when the document is numbered (not "/KH-..." awaiting its number). */
  number?: string | null
  typeName?: string | null
  issued: { year: number; month?: number | null; day?: number | null }
  effectiveAt?: string | null
  issuerName?: string | null
  validity?: string | null
  /** Absolute URLs of the documents it amends. */
  amends: string[]
  /** Absolute URLs of its basis documents, or their citations. */
  basedOn: string[]
  attachments: Array<{ name: string; url: string; mimeType?: string | null; size?: string | null }>
}

export function legislationLd(doc: LegislationInput, { url, agencyName }: { url: string; agencyName: string }): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Legislation',
    name: doc.abstract,
    legislationIdentifier: doc.number || undefined,
    legislationType: doc.typeName ?? undefined,
    legislationDate: isoPartialDate(doc.issued),
    legislationDateOfApplicability: doc.effectiveAt ? doc.effectiveAt.slice(0, 10) : undefined,
    legislationPassedBy: agency(doc.issuerName),
    legislationLegalForce: doc.validity ? LEGAL_FORCE[doc.validity] : undefined,
    legislationChanges: doc.amends.length ? doc.amends : undefined,
    isBasedOn: doc.basedOn.length ? doc.basedOn : undefined,
    inLanguage: 'vi',
    url,
    publisher: agency(agencyName),
    associatedMedia: doc.attachments.length
      ? doc.attachments.map((m) => ({ '@type': 'MediaObject', name: m.name, contentUrl: m.url, encodingFormat: m.mimeType ?? undefined, contentSize: m.size ?? undefined }))
      : undefined,
  }
}

export interface ProfileInput {
  name: string
  recipientKind: string
  summary?: string | null
  position?: string | null
  unitName?: string | null
  /** "Bằng khen 2023": each award's type and year. */
  awards: string[]
}

/** An exemplary model: a person, or a collective as an organization. */
export function profileLd(model: ProfileInput, { url, image }: { url: string; image?: string | null }): JsonLd {
  const collective = model.recipientKind === 'collective'
  return {
    '@context': CONTEXT,
    '@type': collective ? 'Organization' : 'Person',
    name: model.name,
    description: model.summary ?? undefined,
    jobTitle: collective ? undefined : (model.position ?? undefined),
    [collective ? 'parentOrganization' : 'worksFor']: model.unitName ? { '@type': 'Organization', name: model.unitName } : undefined,
    award: model.awards,
    image: image ? new URL(image, url).href : undefined,
    url,
  }
}

/** An emulation bloc: an organization whose members are agencies. */
export function blocLd(bloc: { name: string; description?: string | null; memberNames: string[] }, url: string): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Organization',
    name: bloc.name,
    description: bloc.description ?? undefined,
    url,
    member: bloc.memberNames.map((name) => ({ '@type': 'GovernmentOrganization', name })),
  }
}
