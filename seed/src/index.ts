import { env } from '@portal/cms/env/index'
import type { Payload } from 'payload'

import { seedArticles } from './content/articles'
import { seedAwardSummaries } from './content/awardSummaries'
import { seedBloc } from './content/bloc'
import { COMMENDATION_SECTION, seedCategories } from './content/categories'
import { seedDocuments } from './content/documents'
import { seedMovement } from './content/movement'
import { seedPages } from './content/pages'
import { seedPoll } from './content/poll'
import { seedReferenceData } from './content/referenceData'
import { seedSettings } from './content/settings'
import { SeedReport } from './ensure'
import { removeSample, seedSample } from './sample'

export { removeSample }

export interface SeedOptions {
  /** Load the synthetic "Dữ liệu mẫu" sample too (default: true unless SEED_SAMPLE=false). */
  sample?: boolean
}

export const sampleWanted = () => env().seedSample

/** Loads the source documents (and, by default, the sample). Idempotent: a second run creates nothing. */
export async function seed(payload: Payload, { sample = sampleWanted() }: SeedOptions = {}): Promise<SeedReport> {
  const report = new SeedReport()
  const { units, documentTypes } = await seedReferenceData(payload, report)
  const categories = await seedCategories(payload, report)
  const movementId = await seedMovement(payload, report, units)
  const { ids: documents, links: citationLinks } = await seedDocuments(payload, report, { units, documentTypes, movementId })
  const blocId = await seedBloc(payload, report, units)
  await seedAwardSummaries(payload, report, units)
  await seedArticles(payload, report, {
    categories: [categories[COMMENDATION_SECTION]!, categories['Tin hoạt động']!],
    documents,
    citationLinks,
    movementId,
    blocId,
  })
  await seedPages(payload, report)
  await seedPoll(payload, report)
  if (await seedSettings(payload)) report.add('globals', true)
  if (sample) await seedSample(payload, report, { units, movementId })
  return report
}

/** True when nothing has been seeded or written yet. */
export async function isEmpty(payload: Payload): Promise<boolean> {
  const [types, articles] = await Promise.all([
    payload.count({ collection: 'document-types', overrideAccess: true }),
    payload.count({ collection: 'articles', overrideAccess: true }),
  ])
  return types.totalDocs === 0 && articles.totalDocs === 0
}
