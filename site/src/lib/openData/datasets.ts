/**
 * The three open datasets, each read through the same content function as
 * its page on the site (honourRoll for /bang-vang, documentLibraryFromUrl for
 * /van-ban, visitStatistics for /thong-ke-truy-cap), with the same parameters:
 * the same URL query gives the same rows, page by page. What the site forgives
 * (an unknown unit, a year that is not one) is refused here with a 400.
 */
import { AWARD_LEVEL_LABELS, isoDayInVietnam, partialDateToIso, pathFor, RECIPIENT_KIND_LABELS } from '@portal/shared'

import { documentFieldLabel, documentLibraryFromUrl, honourRoll, validityLabel, type HonourRollEntry, type LegalDocument } from '../content'
import { yearParam } from '../params'
import { visitStatistics, type VisitStatistics } from '../visitStatistics'
import { absolute, column, table, type FieldDoc, type OpenRecord } from './columns'
import { MAX_ROLL_PAGE } from '@portal/cms/awards/rollSearch'

import { checkPageInRange, LIMIT_PARAM, PAGE_PARAM, ROLL_CURSOR_PARAM, type Paging } from './paging'
import { badParameter } from './refusal'

export interface ParameterDoc {
  name: string
  /** What it filters and which values it takes, in Vietnamese. */
  description: string
}

export interface DatasetPage {
  records: OpenRecord[]
  totalRecords: number
  page: number
  totalPages: number
  /** The filters applied, by parameter name, as the dataset understood them. */
  filters: Record<string, string | number>
  /** The cursor of the next records (?sau=) when the dataset pages by key (the honour roll). */
  nextCursor?: string | null
  /** This page was asked for by cursor (?sau=): there is no "previous" to link to. */
  byCursor?: boolean
  /** `totalRecords` is a lower bound: the count stops at a cap, so the last page is not known. */
  totalIsLowerBound?: boolean
  /** Figures that are not rows (the visit statistics' time and most-read list): JSON only. */
  extra?: Record<string, unknown>
}

export interface Dataset {
  slug: DatasetSlug
  title: string
  description: string
  /** The site's page showing the same rows. */
  page: string
  parameters: ParameterDoc[]
  paged: boolean
  /** How often the data changes, in Vietnamese. */
  updated: string
  /** Seconds a response may be kept by browsers and proxies. */
  maxAgeSeconds: number
  fields: FieldDoc[]
  read: (url: URL, paging: Paging, base: URL) => Promise<DatasetPage>
}

export const DATASET_SLUGS = ['bang-vang', 'van-ban', 'thong-ke-truy-cap'] as const
export type DatasetSlug = (typeof DATASET_SLUGS)[number]

const PAGING_DOCS: ParameterDoc[] = [
  { name: PAGE_PARAM, description: 'Số trang, từ 1 (mặc định 1). Trang quá trang cuối bị từ chối.' },
  { name: LIMIT_PARAM, description: 'Số bản ghi mỗi trang, từ 1 đến 1000 (mặc định 100).' },
]

const given = (url: URL, name: string) => (url.searchParams.get(name) ?? '').trim()

function checkLength(url: URL, name: string, max: number) {
  if (given(url, name).length > max) throw badParameter(name, `Từ khóa dài quá ${max} ký tự.`, `is longer than ${max} characters`)
}

function checkYear(url: URL) {
  if (given(url, 'nam') && yearParam(url) === null) throw badParameter('nam', 'Năm phải là số nguyên từ 1900 đến 2199.', 'is not a year')
}

/* ---------- Bảng vàng ---------- */

const rollTable = table<HonourRollEntry>([
  column('id', 'string', false, 'Mã bản ghi khen thưởng trên cổng; không đổi.', (e) => String(e.id)),
  column('recipientName', 'string', false, 'Tên cá nhân, tập thể hoặc hộ gia đình được khen thưởng.', (e) => e.recipientName),
  column('recipientKind', 'string', false, 'Đối tượng: individual (cá nhân), collective (tập thể), household (hộ gia đình).', (e) => e.recipientKind),
  column('recipientKindLabel', 'string', false, 'Đối tượng, bằng tiếng Việt.', (e) => RECIPIENT_KIND_LABELS[e.recipientKind] ?? e.recipientKind),
  column('position', 'string', true, 'Chức vụ, như quyết định ghi.', (e) => e.position),
  column('unit', 'string', true, 'Đơn vị công tác.', (e) => e.unitName),
  column('awardTypeId', 'string', true, 'Mã danh hiệu, hình thức khen thưởng (giá trị của tham số loai).', (e) => (e.awardType ? String(e.awardType.id) : null)),
  column('awardType', 'string', true, 'Danh hiệu thi đua hoặc hình thức khen thưởng.', (e) => e.awardType?.name ?? null),
  column('awardLevel', 'string', true, 'Cấp khen thưởng: state (Nhà nước), ministry-province (bộ, ngành, tỉnh), grassroots (cơ sở).', (e) => e.awardType?.level ?? null),
  column('awardLevelLabel', 'string', true, 'Cấp khen thưởng, bằng tiếng Việt.', (e) => (e.awardType?.level ? AWARD_LEVEL_LABELS[e.awardType.level] : null)),
  column('year', 'integer', false, 'Năm thành tích.', (e) => e.year),
  column('decisionNumber', 'string', true, 'Số, ký hiệu quyết định khen thưởng.', (e) => e.decision?.number ?? null),
  column('decisionDate', 'date', true, 'Ngày ký quyết định (giờ Việt Nam).', (e) => (e.decision ? isoDayInVietnam(e.decision.issuedAt) : null)),
  column('decisionUrl', 'url', true, 'Trang của quyết định trên cổng.', (e, base) => (e.decision ? absolute(pathFor('award-decisions', e.decision.slug), base) : null)),
  column('lineNumber', 'integer', true, 'Số thứ tự (STT) trong danh sách kèm theo quyết định.', (e) => e.lineNumber),
  column('isSample', 'boolean', false, 'true: dữ liệu mẫu minh họa, không phải khen thưởng thật.', (e) => e.isSample),
  column('verificationCode', 'string', true, 'Mã xác minh in trên giấy chứng nhận (nhập tại /xac-minh).', (e) => e.verificationCode),
  column('url', 'url', true, 'Trang xác minh của khen thưởng.', (e, base) => (e.verificationCode ? absolute(pathFor('awards', e.verificationCode), base) : null)),
])

const honourRollDataset: Dataset = {
  slug: 'bang-vang',
  title: 'Bảng vàng khen thưởng',
  description:
    'Các cá nhân, tập thể được tặng danh hiệu thi đua, hình thức khen thưởng theo các quyết định đã công bố; đúng như trang Bảng vàng hiển thị. Không có ngày sinh, số định danh, địa chỉ, điện thoại, thư điện tử; không có khen thưởng đã thu hồi và danh sách của quyết định chưa công bố.',
  page: '/bang-vang',
  parameters: [
    { name: 'q', description: 'Tên cá nhân, tập thể (hoặc từ khác), gõ có dấu hay không dấu đều được; tối đa 100 ký tự.' },
    { name: 'nam', description: 'Năm thành tích, ví dụ 2023.' },
    { name: 'loai', description: 'Mã danh hiệu, hình thức khen thưởng (trường awardTypeId).' },
    { name: 'cap', description: 'Cấp khen thưởng: state, ministry-province hoặc grassroots.' },
    { name: 'don-vi', description: 'Mã đơn vị, như trong đường dẫn trang Bảng vàng khi lọc theo đơn vị.' },
    { name: 'phong-trao', description: 'Mã phong trào thi đua (các khen thưởng theo quyết định thuộc phong trào đó).' },
    { name: 'quyet-dinh', description: 'Mã quyết định khen thưởng (chỉ danh sách của quyết định đó).' },
    ...PAGING_DOCS,
    {
      name: ROLL_CURSOR_PARAM,
      description: `Đọc tiếp sau bản ghi cuối của trang trước: dùng đúng liên kết links.next (hoặc Link rel="next"). Cách này đọc được toàn bộ bảng vàng, không giới hạn; theo số trang chỉ đọc được đến trang ${MAX_ROLL_PAGE}.`,
    },
  ],
  paged: true,
  updated: 'Ngay khi quyết định khen thưởng được công bố hoặc khen thưởng bị thu hồi (chậm nhất vài giây).',
  maxAgeSeconds: 60,
  fields: rollTable.fields,
  async read(url, paging, base) {
    checkYear(url)
    checkLength(url, 'q', 100)
    const roll = await honourRoll(url, paging.limit)
    const { applied, awards } = roll
    if (given(url, 'loai') && !applied.awardType) throw badParameter('loai', 'Không có danh hiệu, hình thức khen thưởng với mã này.', 'names no award type')
    if (given(url, 'cap') && !applied.level) throw badParameter('cap', 'Cấp khen thưởng phải là state, ministry-province hoặc grassroots.', 'is not an award level')
    if (given(url, 'don-vi') && !applied.unit) throw badParameter('don-vi', 'Không có đơn vị với mã này.', 'names no unit')
    if (given(url, 'phong-trao') && !applied.movement) throw badParameter('phong-trao', 'Không có phong trào thi đua với mã này.', 'names no movement')
    if (given(url, 'quyet-dinh') && !applied.decision) throw badParameter('quyet-dinh', 'Không có quyết định khen thưởng đã công bố với mã này.', 'names no published decision')
    if (given(url, ROLL_CURSOR_PARAM)) {
      if (given(url, PAGE_PARAM)) throw badParameter(ROLL_CURSOR_PARAM, `Không dùng cùng lúc “${ROLL_CURSOR_PARAM}” và “${PAGE_PARAM}”.`, `given with ${PAGE_PARAM}`)
      if (!awards.byCursor) throw badParameter(ROLL_CURSOR_PARAM, 'Giá trị tham số sau không đúng; hãy dùng nguyên liên kết links.next của trang trước.', 'is not a cursor of this roll')
    }
    if (awards.tooDeep) {
      throw badParameter(PAGE_PARAM, `Theo số trang chỉ đọc được đến trang ${MAX_ROLL_PAGE}; để đọc tiếp, đi theo liên kết links.next (tham số ${ROLL_CURSOR_PARAM}).`, `beyond page ${MAX_ROLL_PAGE}`)
    }
    checkPageInRange(paging.page, awards)
    const filters: Record<string, string | number> = {}
    if (applied.q) filters.q = applied.q
    if (applied.year) filters.nam = applied.year
    if (applied.awardType) filters.loai = String(applied.awardType.id)
    if (applied.level) filters.cap = applied.level
    if (applied.unit) filters['don-vi'] = String(applied.unit.id)
    if (applied.movement) filters['phong-trao'] = String(applied.movement.id)
    if (applied.decision) filters['quyet-dinh'] = String(applied.decision.id)
    return {
      records: awards.docs.map((e) => rollTable.record(e, base)),
      totalRecords: awards.totalDocs,
      page: awards.page,
      totalPages: awards.totalPages,
      filters,
      nextCursor: awards.next,
      byCursor: awards.byCursor,
      totalIsLowerBound: awards.countIsFloor,
    }
  },
}

/* ---------- Văn bản ---------- */

const nameOf = (value: unknown): string | null => (typeof value === 'object' && value && 'name' in value ? String((value as { name: unknown }).name) : null)

const documentTable = table<LegalDocument>([
  column('id', 'string', false, 'Mã văn bản trên cổng; không đổi.', (d) => String(d.id)),
  column('number', 'string', true, 'Số, ký hiệu văn bản (có thể trống khi chưa vào số).', (d) => d.number ?? null),
  column('abstract', 'string', false, 'Trích yếu nội dung.', (d) => d.abstract),
  column('documentType', 'string', true, 'Loại văn bản.', (d) => nameOf(d.documentType)),
  column('issuer', 'string', true, 'Cơ quan ban hành.', (d) => nameOf(d.issuer)),
  column('issued', 'string', false, 'Ngày ban hành theo ISO 8601, chỉ phần văn bản ghi: YYYY-MM-DD, YYYY-MM hoặc YYYY.', (d) => partialDateToIso(d.issued)),
  column('issuedYear', 'integer', false, 'Năm ban hành.', (d) => d.issued.year),
  column('field', 'string', true, 'Mã lĩnh vực, ví dụ emulation-commendation.', (d) => d.field ?? null),
  column('fieldLabel', 'string', true, 'Lĩnh vực, bằng tiếng Việt.', (d) => documentFieldLabel(d.field)),
  column('validity', 'string', true, 'Mã tình trạng hiệu lực: undetermined, in-force, expired, amended, replaced.', (d) => d.validity ?? null),
  column('validityLabel', 'string', true, 'Tình trạng hiệu lực, bằng tiếng Việt.', (d) => validityLabel(d.validity)),
  column('url', 'url', false, 'Trang văn bản trên cổng (toàn văn, tệp đính kèm).', (d, base) => absolute(pathFor('documents', d.slug!), base)),
  column('isSample', 'boolean', false, 'true: dữ liệu mẫu minh họa.', (d) => Boolean(d.isSample)),
])

const documentsDataset: Dataset = {
  slug: 'van-ban',
  title: 'Thư viện văn bản',
  description: 'Các văn bản đã công bố trong thư viện văn bản: số, ký hiệu, trích yếu, loại, cơ quan ban hành, ngày ban hành, lĩnh vực, hiệu lực; mới nhất trước.',
  page: '/van-ban',
  parameters: [
    { name: 'q', description: 'Số, ký hiệu hoặc từ khóa (ví dụ 443/KH, thi dua); tối đa 200 ký tự.' },
    { name: 'loai', description: 'Loại văn bản, như trong đường dẫn trang Văn bản khi lọc (ví dụ ke-hoach).' },
    { name: 'co-quan', description: 'Cơ quan ban hành, như trong đường dẫn trang Văn bản khi lọc.' },
    { name: 'nam', description: 'Năm ban hành, ví dụ 2022.' },
    { name: 'linh-vuc', description: 'Lĩnh vực: mã (trường field) hoặc tên không dấu, ví dụ thi-dua-khen-thuong.' },
    { name: 'hieu-luc', description: 'Tình trạng hiệu lực: mã (trường validity) hoặc tên không dấu, ví dụ con-hieu-luc.' },
    ...PAGING_DOCS,
  ],
  paged: true,
  updated: 'Ngay khi văn bản được công bố, sửa hoặc gỡ (chậm nhất vài giây).',
  maxAgeSeconds: 60,
  fields: documentTable.fields,
  async read(url, paging, base) {
    checkYear(url)
    checkLength(url, 'q', 200)
    const library = await documentLibraryFromUrl(url, paging.limit)
    if (library.ignored.length) {
      throw badParameter('filter', `Không có giá trị phù hợp cho: ${library.ignored.join(', ')}.`, `of ${library.ignored.length} kind(s) names nothing in the library`)
    }
    const { applied, result } = library
    checkPageInRange(paging.page, result)
    const filters: Record<string, string | number> = {}
    if (applied.q) filters.q = applied.q
    if (applied.type) filters.loai = applied.type.slug ?? String(applied.type.id)
    if (applied.issuer) filters['co-quan'] = applied.issuer.slug ?? String(applied.issuer.id)
    if (applied.year) filters.nam = applied.year
    if (applied.field) filters['linh-vuc'] = applied.field.value
    if (applied.validity) filters['hieu-luc'] = applied.validity.value
    return { records: result.docs.map((d) => documentTable.record(d, base)), totalRecords: result.totalDocs, page: result.page, totalPages: result.totalPages, filters }
  },
}

/* ---------- Thống kê truy cập ---------- */

type PeriodKey = 'today' | 'yesterday' | 'month' | 'year' | 'total'
const PERIOD_LABELS: Record<PeriodKey, string> = { today: 'Hôm nay', yesterday: 'Hôm qua', month: 'Tháng này', year: 'Năm nay', total: 'Tổng cộng' }
type PeriodRow = { key: PeriodKey; stats: VisitStatistics }

const visitTable = table<PeriodRow>([
  column('period', 'string', false, 'Kỳ: today, yesterday, month, year hoặc total.', (r) => r.key),
  column('periodLabel', 'string', false, 'Kỳ, bằng tiếng Việt.', (r) => PERIOD_LABELS[r.key]),
  column('periodValue', 'string', false, 'Kỳ theo giờ Việt Nam: ngày YYYY-MM-DD, tháng YYYY-MM, năm YYYY; all cho tổng cộng.', (r) => r.stats[r.key].period),
  column('views', 'integer', false, 'Lượt xem trang.', (r) => r.stats[r.key].views),
  column('visits', 'integer', false, 'Lượt truy cập (phiên: các lượt xem cách nhau dưới 30 phút).', (r) => r.stats[r.key].visits),
])

const visitsDataset: Dataset = {
  slug: 'thong-ke-truy-cap',
  title: 'Thống kê truy cập',
  description:
    'Lượt xem trang và lượt truy cập hôm nay, hôm qua, tháng này, năm nay và tổng cộng, như trang Thống kê truy cập. Bản JSON có thêm số người đang truy cập (online), thời điểm đọc số liệu (at) và danh sách bài đọc nhiều (mostRead: id, title, url, views).',
  page: '/thong-ke-truy-cap',
  parameters: [],
  paged: false,
  updated: 'Liên tục; số liệu được đọc lại sau mỗi 5 giây.',
  maxAgeSeconds: 5,
  fields: visitTable.fields,
  async read(_url, _paging, base) {
    const stats = await visitStatistics()
    const keys: PeriodKey[] = ['today', 'yesterday', 'month', 'year', 'total']
    return {
      records: keys.map((key) => visitTable.record({ key, stats }, base)),
      totalRecords: keys.length,
      page: 1,
      totalPages: 1,
      filters: {},
      extra: {
        at: stats.at,
        timeZone: stats.timeZone,
        online: stats.online,
        mostRead: stats.mostRead.map((a) => ({ id: String(a.id), title: a.title, url: absolute(a.url, base), views: a.views })),
      },
    }
  },
}

export const DATASETS: Record<DatasetSlug, Dataset> = {
  'bang-vang': honourRollDataset,
  'van-ban': documentsDataset,
  'thong-ke-truy-cap': visitsDataset,
}

export const isDatasetSlug = (value: unknown): value is DatasetSlug => typeof value === 'string' && (DATASET_SLUGS as readonly string[]).includes(value)

/** The parameters a dataset accepts: its filters and, when paged, trang and so-dong. */
export const parameterNames = (dataset: Dataset) => dataset.parameters.map((p) => p.name)
