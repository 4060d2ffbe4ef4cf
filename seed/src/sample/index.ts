import fs from 'node:fs'
import path from 'node:path'

import type { CollectionSlug, Payload } from 'payload'

import { blocksToLexical } from '@portal/shared'

import { ensure, type SeedReport } from '../ensure'
import type { Ids, UnitKey } from '../content/referenceData'
import { seedSampleConsultation } from './consultation'
import { sampleImage } from './images'

/** Every collection that can hold sample content, dependants first (the order removal uses). */
export const SAMPLE_COLLECTIONS: CollectionSlug[] = [
  'nominees',
  'consultations',
  'awards',
  'exemplary-models',
  'award-decisions',
  'galleries',
  'articles',
  'documents',
  'movements',
  'units',
  'media',
]

export const SAMPLE_LABEL = 'Dữ liệu mẫu'

const ASSETS = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..', 'assets')

interface Context {
  units: Ids<UnitKey>
  movementId: number | string
}

async function sampleMedia(payload: Payload, report: SeedReport, n: number, alt: string) {
  const name = `du-lieu-mau-anh-${n}.jpg`
  // Look before generating: drawing the picture is the slow part of a re-run.
  const existing = await payload.find({ collection: 'media', where: { or: [{ seedKey: { equals: name } }, { filename: { equals: name } }] }, limit: 1, depth: 0, overrideAccess: true })
  if (existing.docs[0]) return existing.docs[0].id
  const data = await sampleImage(n)
  const { doc, created } = await ensure(
    payload,
    'media',
    name,
    { filename: { equals: name } },
    { alt: `${alt} (ảnh minh họa, ${SAMPLE_LABEL.toLowerCase()})`, isSample: true, credit: SAMPLE_LABEL },
    { file: { data, mimetype: 'image/jpeg', name, size: data.length } },
  )
  report.add('media', created)
  return doc.id
}

async function assetMedia(payload: Payload, report: SeedReport, file: string, mimetype: string, data: Record<string, unknown>) {
  const buffer = fs.readFileSync(path.join(ASSETS, file))
  const { doc, created } = await ensure(payload, 'media', file, { filename: { equals: file } }, { ...data, isSample: true }, {
    file: { data: buffer, mimetype, name: file, size: buffer.length },
  })
  report.add('media', created)
  return doc.id
}

/**
 * A clearly labelled synthetic sample: fictitious names (chosen to read as
 * placeholders: "Minh Họa" means "illustration", "Mẫu" means "sample"),
 * generated pictures, a short generated video, and a small honour roll.
 */
export async function seedSample(payload: Payload, report: SeedReport, { units, movementId }: Context) {
  const unit = async (name: string) => {
    const { doc, created } = await ensure(payload, 'units', name, { name: { equals: name } }, { name, kind: 'division', parent: units.ownAgency, isSample: true })
    report.add('units', created)
    return doc.id
  }
  const office = await unit('Phòng Người có công (dữ liệu mẫu)')
  const training = await unit('Phòng Giáo dục nghề nghiệp (dữ liệu mẫu)')

  const images: Array<number | string> = []
  for (let n = 1; n <= 8; n++) images.push(await sampleMedia(payload, report, n, `Hoạt động phong trào thi đua số ${n}`))

  const types = await payload.find({ collection: 'award-types', limit: 100, depth: 0, pagination: false })
  const typeId = (name: string) => {
    const found = types.docs.find((t) => t.name === name)
    if (!found) throw new Error(`Award type "${name}" is missing: seed reference data first`)
    return found.id
  }

  const { doc: decision, created: decisionCreated } = await ensure(
    payload,
    'award-decisions',
    '120/QĐ-SLĐTBXH',
    { numberKey: { equals: `${units.ownAgency}|120/QĐ-SLĐTBXH` } },
    {
      number: '120/QĐ-SLĐTBXH',
      issuer: units.ownAgency,
      issuedAt: '2025-01-15T00:00:00.000Z',
      abstract: `(${SAMPLE_LABEL}) Về việc công nhận danh hiệu thi đua và tặng Giấy khen năm 2024`,
      signer: `(${SAMPLE_LABEL})`,
      signerTitle: 'GIÁM ĐỐC',
      movement: movementId,
      isSample: true,
    },
  )
  report.add('award-decisions', decisionCreated)

  const roll = [
    { recipientName: 'Lê Thị Minh Họa', position: 'Chuyên viên', unit: office, awardType: 'Chiến sĩ thi đua cơ sở', citation: 'Hoàn thành xuất sắc nhiệm vụ năm 2024; có sáng kiến số hóa hồ sơ người có công.' },
    { recipientName: 'Trần Văn Mẫu', position: 'Phó Trưởng phòng', unit: training, awardType: 'Chiến sĩ thi đua cơ sở', citation: 'Dẫn đầu phong trào thực hiện văn hóa công sở năm 2024.' },
    { recipientName: 'Nguyễn Thị Ví Dụ', position: 'Chuyên viên', unit: office, awardType: 'Lao động tiên tiến', citation: 'Hoàn thành tốt nhiệm vụ năm 2024.' },
    { recipientName: 'Phạm Văn Thử Nghiệm', position: 'Chuyên viên', unit: training, awardType: 'Lao động tiên tiến', citation: 'Hoàn thành tốt nhiệm vụ năm 2024.' },
    { recipientName: 'Phòng Người có công (dữ liệu mẫu)', recipientKind: 'collective', unit: office, awardType: 'Tập thể lao động xuất sắc', citation: 'Tập thể hoàn thành xuất sắc nhiệm vụ năm 2024.' },
    { recipientName: 'Phòng Giáo dục nghề nghiệp (dữ liệu mẫu)', recipientKind: 'collective', unit: training, awardType: 'Giấy khen của Giám đốc Sở', citation: 'Có thành tích trong phong trào “văn hóa công sở” năm 2024.' },
  ]
  const awardIds: Record<string, number | string> = {}
  for (const row of roll) {
    const { doc, created } = await ensure(
      payload,
      'awards',
      `${row.recipientName}|120/QĐ-SLĐTBXH`,
      { and: [{ recipientName: { equals: row.recipientName } }, { decision: { equals: decision.id } }] },
      { recipientKind: 'individual', ...row, awardType: typeId(row.awardType), year: 2024, decision: decision.id, isSample: true },
    )
    awardIds[row.recipientName] = doc.id
    report.add('awards', created)
  }

  const models = [
    {
      name: 'Lê Thị Minh Họa',
      recipientKind: 'individual',
      position: 'Chuyên viên Phòng Người có công',
      unit: office,
      summary: `(${SAMPLE_LABEL}) Gương điển hình minh họa: số hóa hồ sơ người có công, rút ngắn thời gian giải quyết thủ tục.`,
      achievements: [{ text: 'Chiến sĩ thi đua cơ sở năm 2024' }, { text: 'Sáng kiến số hóa 100% hồ sơ người có công của đơn vị' }],
      awards: [awardIds['Lê Thị Minh Họa']],
      images: [0, 1, 2],
    },
    {
      name: 'Trần Văn Mẫu',
      recipientKind: 'individual',
      position: 'Phó Trưởng phòng Giáo dục nghề nghiệp',
      unit: training,
      summary: `(${SAMPLE_LABEL}) Gương điển hình minh họa trong phong trào thực hiện văn hóa công sở.`,
      achievements: [{ text: 'Chiến sĩ thi đua cơ sở năm 2024' }],
      awards: [awardIds['Trần Văn Mẫu']],
      images: [3, 4],
    },
    {
      name: 'Phòng Người có công (dữ liệu mẫu)',
      recipientKind: 'collective',
      position: '',
      unit: office,
      summary: `(${SAMPLE_LABEL}) Tập thể điển hình minh họa: đoàn kết, kỷ cương, sáng tạo.`,
      achievements: [{ text: 'Tập thể lao động xuất sắc năm 2024' }],
      awards: [awardIds['Phòng Người có công (dữ liệu mẫu)']],
      images: [5, 6, 7],
    },
  ]
  for (const model of models) {
    const { images: picks, ...data } = model
    const { created } = await ensure(
      payload,
      'exemplary-models',
      model.name,
      { name: { equals: model.name } },
      {
        ...data,
        year: 2024,
        movement: movementId,
        cover: images[picks[0]!],
        gallery: picks.map((i) => ({ image: images[i], caption: `Ảnh minh họa ${i + 1} (${SAMPLE_LABEL.toLowerCase()})` })),
        story: blocksToLexical([
          { type: 'paragraph', text: `Đây là nội dung ${SAMPLE_LABEL.toLowerCase()}, dùng để minh họa trang điển hình tiên tiến. Ban biên tập thay bằng câu chuyện thật trong trang quản trị, hoặc xóa toàn bộ dữ liệu mẫu bằng lệnh npm run seed:remove-sample.` },
          { type: 'paragraph', text: model.summary },
        ]),
        isSample: true,
      },
      { drafts: true },
    )
    report.add('exemplary-models', created)
  }

  await seedSampleConsultation(payload, report, { office, training, typeId, label: SAMPLE_LABEL })

  const captions = await assetMedia(payload, report, 'sample-video.vtt', 'text/vtt', {})
  const video = await assetMedia(payload, report, 'sample-video.webm', 'video/webm', {
    alt: `Video minh họa (${SAMPLE_LABEL.toLowerCase()})`,
    caption: `Video minh họa, ${SAMPLE_LABEL.toLowerCase()}`,
    captions,
  })
  const galleries = [
    { title: `Hình ảnh hoạt động (${SAMPLE_LABEL.toLowerCase()})`, kind: 'photo', items: images.slice(0, 6).map((media, i) => ({ media, caption: `Hoạt động thi đua, ảnh ${i + 1} (minh họa)` })) },
    { title: `Video (${SAMPLE_LABEL.toLowerCase()})`, kind: 'video', items: [{ media: video, caption: 'Video minh họa có phụ đề' }] },
  ]
  for (const gallery of galleries) {
    const { created } = await ensure(
      payload,
      'galleries',
      gallery.title,
      { title: { equals: gallery.title } },
      { ...gallery, description: `Album ${SAMPLE_LABEL.toLowerCase()}, thay bằng ảnh, video thật của cơ quan.`, publishedAt: '2025-01-20T02:00:00.000Z', isSample: true },
      { drafts: true },
    )
    report.add('galleries', created)
  }
}

/** Deletes every document marked as sample, dependants first, files included. Returns how many went. */
export async function removeSample(payload: Payload): Promise<Record<string, number>> {
  const removed: Record<string, number> = {}
  for (const collection of SAMPLE_COLLECTIONS) {
    const result = await payload.delete({ collection, where: { isSample: { equals: true } }, overrideAccess: true, depth: 0 })
    if (result.errors.length) {
      throw new Error(`Could not remove sample ${collection}: ${result.errors.map((e) => e.message).join('; ')}`)
    }
    removed[collection] = result.docs.length
  }
  return removed
}
