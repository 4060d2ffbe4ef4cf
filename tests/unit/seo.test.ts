import { describe, expect, it } from 'vitest'

import {
  absoluteUrl,
  agencyLd,
  blocLd,
  canonicalUrl,
  entityUrl,
  isoPartialDate,
  legislationLd,
  newsArticleLd,
  profileLd,
  serializeLd,
  siteBase,
} from '../../site/src/lib/seo'

const request = new URL('http://127.0.0.1:4321/van-ban?nam=2022&trang=2')
const site = new URL('https://thiduakhenthuong.gov.vn')

describe('URLs', () => {
  it('use the configured site, else the request origin', () => {
    expect(siteBase(site, request).href).toBe('https://thiduakhenthuong.gov.vn/')
    expect(siteBase(undefined, request).href).toBe('http://127.0.0.1:4321/')
  })

  it('the canonical URL keeps the query (a filtered page is its own page); the entity URL does not', () => {
    expect(canonicalUrl(site, request)).toBe('https://thiduakhenthuong.gov.vn/van-ban?nam=2022&trang=2')
    expect(entityUrl(site, request)).toBe('https://thiduakhenthuong.gov.vn/van-ban')
    expect(absoluteUrl('/media/a.pdf', site)).toBe('https://thiduakhenthuong.gov.vn/media/a.pdf')
  })
})

describe('JSON-LD', () => {
  it('the agency leaves out what it does not have', () => {
    const ld = agencyLd({ agencyName: 'Sở Nội vụ', parentAgency: 'UBND tỉnh Hà Giang', email: null, phone: '0219', address: null, agencyNameEnglish: null }, 'https://x.vn/')
    expect(ld).toMatchObject({ '@type': 'GovernmentOrganization', name: 'Sở Nội vụ', telephone: '0219', parentOrganization: { name: 'UBND tỉnh Hà Giang' } })
    expect(JSON.parse(JSON.stringify(ld))).not.toHaveProperty('email')
  })

  it('serializeLd escapes "<" so content cannot close the script element', () => {
    const text = serializeLd([{ name: '</script><script>alert(1)</script>' }])
    expect(text).not.toContain('<')
    expect(JSON.parse(text)).toEqual([{ name: '</script><script>alert(1)</script>' }])
  })

  it('a news article names its byline as a person, else the agency as an organization', () => {
    const article = { title: 'Tin', publishedAt: '2024-01-02T03:00:00.000Z', updatedAt: '2024-01-03T00:00:00.000Z' }
    const withByline = newsArticleLd({ ...article, byline: 'Nguyễn Văn A' }, { url: 'https://x.vn/tin-tuc/tin', image: '/media/a.jpg', agencyName: 'Sở' })
    expect(withByline.author).toEqual({ '@type': 'Person', name: 'Nguyễn Văn A' })
    expect(withByline.image).toBe('https://x.vn/media/a.jpg')
    expect(newsArticleLd(article, { url: 'https://x.vn/tin-tuc/tin', agencyName: 'Sở' }).author).toEqual({ '@type': 'Organization', name: 'Sở' })
  })

  it('a partial date keeps only the parts known', () => {
    expect(isoPartialDate({ year: 2022 })).toBe('2022')
    expect(isoPartialDate({ year: 2022, month: 8 })).toBe('2022-08')
    expect(isoPartialDate({ year: 2022, month: 8, day: 5 })).toBe('2022-08-05')
    expect(isoPartialDate({ year: 2022, day: 5 })).toBe('2022')
  })

  it('a document is Legislation with its legal force, changes and basis', () => {
    const ld = legislationLd(
      {
        abstract: 'Kế hoạch tổ chức phong trào',
        number: '443/KH-SLĐTBXH',
        typeName: 'Kế hoạch',
        issued: { year: 2022, month: 8 },
        effectiveAt: '2022-09-01T00:00:00.000Z',
        issuerName: 'Sở LĐTBXH',
        validity: 'replaced',
        amends: [],
        basedOn: ['https://x.vn/van-ban/61-kh-ubnd', 'Luật Thi đua, khen thưởng'],
        attachments: [{ name: 'a.pdf', url: 'https://x.vn/media/a.pdf', mimeType: 'application/pdf', size: '12 KB' }],
      },
      { url: 'https://x.vn/van-ban/443', agencyName: 'Sở Nội vụ' },
    )
    expect(ld).toMatchObject({
      '@type': 'Legislation',
      legislationIdentifier: '443/KH-SLĐTBXH',
      legislationDate: '2022-08',
      legislationDateOfApplicability: '2022-09-01',
      legislationLegalForce: 'https://schema.org/NotInForce',
      isBasedOn: ['https://x.vn/van-ban/61-kh-ubnd', 'Luật Thi đua, khen thưởng'],
      associatedMedia: [{ '@type': 'MediaObject', contentUrl: 'https://x.vn/media/a.pdf', contentSize: '12 KB' }],
    })
    expect(ld.legislationChanges).toBeUndefined()
  })

  it('a model is a Person working for its unit, or an Organization under it', () => {
    const person = profileLd({ name: 'Lê Thị Minh Họa', recipientKind: 'individual', position: 'Chuyên viên', unitName: 'Sở Nội vụ', awards: ['Bằng khen 2023'] }, { url: 'https://x.vn/a' })
    expect(person).toMatchObject({ '@type': 'Person', jobTitle: 'Chuyên viên', worksFor: { name: 'Sở Nội vụ' }, award: ['Bằng khen 2023'] })
    const collective = profileLd({ name: 'Phòng Thi đua', recipientKind: 'collective', position: 'x', unitName: 'Sở Nội vụ', awards: [] }, { url: 'https://x.vn/b' })
    expect(collective).toMatchObject({ '@type': 'Organization', parentOrganization: { name: 'Sở Nội vụ' } })
    expect(collective.jobTitle).toBeUndefined()
  })

  it('a bloc is an Organization of agencies', () => {
    expect(blocLd({ name: 'Khối 1', memberNames: ['Sở A', 'Sở B'] }, 'https://x.vn/khoi-thi-dua/khoi-1').member).toEqual([
      { '@type': 'GovernmentOrganization', name: 'Sở A' },
      { '@type': 'GovernmentOrganization', name: 'Sở B' },
    ])
  })
})
