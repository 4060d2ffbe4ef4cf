import type { Payload } from 'payload'

import { blocksToLexical, linkPhrases } from '@portal/shared'

import { ensure, type SeedReport } from '../ensure'
import { linesBetween, linesFrom, linesToBlocks, sourceLines } from '../sources'
import type { CitationLinks } from './documents'

interface Context {
  categories: number[] | Array<number | string>
  documents: Record<string, number | string>
  citationLinks: CitationLinks
  movementId: number | string
  blocId: number | string
}

const vnMidnight = (y: number, m: number, d: number, hour = 8) => new Date(Date.UTC(y, m - 1, d, hour - 7)).toISOString()

/**
 * The four news pieces, with the bylines, signatures, sources and dates their
 * texts give. Where a page shows no date of its own (000, 001), the article
 * takes the date of the plan it reports.
 */
export async function seedArticles(payload: Payload, report: SeedReport, ctx: Context) {
  const s000 = sourceLines('000')
  const s001 = sourceLines('001')
  const s002 = sourceLines('002')
  const s004 = sourceLines('004')

  const linked = (state: ReturnType<typeof blocksToLexical>) => linkPhrases(state, ctx.citationLinks)
  const body002 = linesBetween(s002, '30/09/2019', 'Xem')
  const body004 = linesBetween(s004, 'Tổng lượt truy cập', 'Lê Xuân Hà')
  const articles = [
    {
      title: s000[0]!,
      summary: s000[1]!,
      body: linked(blocksToLexical(linesToBlocks(s000.slice(2, -1), { headings: /^\d\. / }))),
      signature: s000[s000.length - 1]!,
      publishedAt: vnMidnight(2022, 2, 28),
      relatedDocuments: [ctx.documents['443/KH-SLĐTBXH'], ctx.documents['34-CT/TW'], ctx.documents['07/CT-TTg']],
    },
    {
      title: s001[1]!,
      summary: s001[2]!,
      body: blocksToLexical(linesToBlocks(linesFrom(s001, 'Với mục đích', 'Tổng số điểm'))),
      source: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Thái Bình',
      publishedAt: vnMidnight(2021, 6, 30),
      relatedDocuments: [ctx.documents['23/KH-SVHTTDL'], ctx.documents['61/KH-UBND']],
    },
    {
      title: s002[3]!,
      summary: body002[0]!,
      body: blocksToLexical(linesToBlocks(body002.slice(1))),
      source: 'Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum',
      publishedAt: vnMidnight(2019, 9, 30),
    },
    {
      // The source page's own title is the portal's ("Chi tiết - Sở..."): the headline is its lead sentence, as written.
      title: 'Khối các cơ quan tham mưu và quản lý nhà nước về Văn hóa - Xã hội tổng kết phong trào thi đua năm 2023, triển khai nhiệm vụ năm 2024',
      summary: body004[0]!,
      // "Toàn cảnh hội nghị" is the caption of a photo the source page does not include.
      body: linked(blocksToLexical(linesToBlocks(body004.slice(1).filter((l) => l !== 'Toàn cảnh hội nghị')))),
      byline: 'Lê Xuân Hà',
      publishedAt: vnMidnight(2024, 1, 19, 16),
      relatedBlocs: [ctx.blocId],
      relatedDocuments: ['50/QĐ-UBND', '01/NQ-CP', '497-KL/TU', '99/2023/NQ-HĐND', '06-NQ/BCSĐ'].map((n) => ctx.documents[n]),
      relatedMovements: [],
    },
  ]
  for (const article of articles) {
    const { created } = await ensure(
      payload,
      'articles',
      article.title,
      { title: { equals: article.title } },
      { ...article, categories: ctx.categories, featured: article.publishedAt > '2024' },
      { drafts: true },
    )
    report.add('articles', created)
  }
  void ctx.movementId
}
