import type { CollectionConfig } from 'payload'

import { documentNumberProblem, parseDocumentNumber } from '@portal/shared'

import { documentNumberField, numberKeyField } from '../fields/documentNumber'
import { partialDateField } from '../fields/partialDate'
import { sampleField } from '../fields/sample'
import { seedKeyField } from '../fields/seedKey'
import { slugField } from '../fields/slug'
import { withEditorialWorkflow } from '../workflow/editorial'
import { searchable } from '../workflow/searchable'

export const DOCUMENT_FIELDS = [
  { value: 'emulation-commendation', label: 'Thi đua - Khen thưởng' },
  { value: 'labour-employment', label: 'Lao động - Việc làm' },
  { value: 'vocational-education', label: 'Giáo dục nghề nghiệp' },
  { value: 'meritorious-people', label: 'Người có công' },
  { value: 'social-protection', label: 'Bảo trợ xã hội' },
  { value: 'children-gender', label: 'Trẻ em - Bình đẳng giới' },
  { value: 'administration', label: 'Tổ chức - Hành chính' },
  { value: 'other', label: 'Khác' },
]

/** "Chưa xác định" first and by default: a validity no source states is not shown as a fact. */
export const VALIDITY = [
  { value: 'undetermined', label: 'Chưa xác định' },
  { value: 'in-force', label: 'Còn hiệu lực' },
  { value: 'expired', label: 'Hết hiệu lực' },
  { value: 'amended', label: 'Được sửa đổi, bổ sung' },
  { value: 'replaced', label: 'Bị thay thế' },
]

export const DOCUMENT_ENTRY_KINDS = [
  { value: 'full', label: 'Văn bản' },
  { value: 'citation', label: 'Trích dẫn (chưa có toàn văn)' },
]

/** A readable title for lists and relationship pickers: "443/KH-SLĐTBXH – Kế hoạch công tác...". */
function documentTitle(doc: Record<string, any>): string {
  const abstract = String(doc.abstract ?? '').trim()
  const short = abstract.length > 120 ? `${abstract.slice(0, 117)}…` : abstract
  return doc.number ? `${doc.number} – ${short}` : short
}

/** Văn bản: plans, decisions, directives... with the metadata a legal library shows. */
export const Documents: CollectionConfig = searchable(
  withEditorialWorkflow({
    slug: 'documents',
    labels: { singular: 'Văn bản', plural: 'Văn bản' },
    admin: {
      useAsTitle: 'title',
      group: 'Văn bản - Phong trào',
      defaultColumns: ['number', 'abstract', 'documentType', 'issuer', 'validity', '_status'],
      listSearchableFields: ['number'],
    },
    defaultSort: '-issued.sortDate',
    hooks: {
      beforeChange: [
        ({ data, originalDoc }) => ({ ...data, title: documentTitle({ ...originalDoc, ...data }) }),
      ],
    },
    fields: [
      { name: 'title', label: 'Tiêu đề (tự động)', type: 'text', admin: { readOnly: true, hidden: true } },
      {
        type: 'row',
        fields: [
          { ...documentNumberField({ collection: 'documents' }), admin: { width: '40%' } },
          {
            name: 'documentType',
            label: 'Loại văn bản',
            type: 'relationship',
            relationTo: 'document-types',
            required: true,
            admin: { width: '30%' },
            validate: async (value: unknown, { req, siblingData }: any) => {
              if (!value) return 'Cần chọn loại văn bản.'
              const number = siblingData?.number
              if (!number || documentNumberProblem(number)) return true
              const { typeCode } = parseDocumentNumber(number)
              if (!typeCode) return true
              const id = typeof value === 'object' ? (value as { id: number }).id : value
              const type = await req.payload.findByID({ collection: 'document-types', id, depth: 0, req, overrideAccess: true }).catch(() => null)
              if (type?.code && type.code !== typeCode) {
                return `Ký hiệu "${typeCode}" trong số văn bản không khớp với loại "${type.name}" (${type.code}).`
              }
              return true
            },
          },
          { name: 'issuer', label: 'Cơ quan ban hành', type: 'relationship', relationTo: 'units', required: true, admin: { width: '30%' } },
        ],
      },
      numberKeyField,
      { name: 'abstract', label: 'Trích yếu', type: 'textarea', required: true },
      // slugify cuts long text at a word boundary; cutting here first would chop words.
      slugField((doc) => (doc.number && !String(doc.number).startsWith('/') ? `${doc.number} ${doc.abstract ?? ''}` : String(doc.abstract ?? ''))),
      {
        name: 'entryKind',
        label: 'Loại mục',
        type: 'select',
        defaultValue: 'full',
        index: true,
        options: DOCUMENT_ENTRY_KINDS,
        admin: { description: 'Trích dẫn: văn bản được nhắc đến trong bài viết, văn bản khác; thư viện chỉ ghi số, cơ quan, ngày như nơi trích dẫn ghi, không có toàn văn.' },
      },
      {
        type: 'row',
        fields: [
          {
            name: 'placeOfIssue',
            label: 'Địa danh',
            type: 'text',
            admin: { width: '40%', description: 'Như văn bản ghi trước ngày tháng, ví dụ "Hà Giang" trong "Hà Giang, ngày tháng 8 năm 2022".' },
          },
        ],
      },
      partialDateField('issued', 'Ngày ban hành', true),
      {
        name: 'effectiveAt',
        label: 'Ngày hiệu lực',
        type: 'date',
        admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
      },
      {
        type: 'row',
        fields: [
          { name: 'signer', label: 'Người ký', type: 'text', admin: { width: '50%' } },
          { name: 'signerTitle', label: 'Chức vụ người ký', type: 'text', admin: { width: '50%', description: 'Ví dụ: GIÁM ĐỐC, KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC' } },
        ],
      },
      {
        name: 'legalBasis',
        label: 'Căn cứ',
        type: 'array',
        labels: { singular: 'Căn cứ', plural: 'Căn cứ' },
        admin: { description: 'Chọn văn bản có trong thư viện, hoặc ghi trích dẫn khi văn bản chưa có trong thư viện.' },
        fields: [
          { name: 'document', label: 'Văn bản trong thư viện', type: 'relationship', relationTo: 'documents' },
          {
            name: 'citation',
            label: 'Trích dẫn',
            type: 'textarea',
            validate: (value: string | null | undefined, { siblingData }: any) =>
              Boolean(siblingData?.document) || (typeof value === 'string' && value.trim() !== '') || 'Mỗi căn cứ cần chọn một văn bản hoặc ghi trích dẫn.',
          },
        ],
      },
      {
        name: 'implements',
        label: 'Thực hiện',
        type: 'relationship',
        relationTo: 'documents',
        hasMany: true,
        admin: { description: 'Văn bản mà văn bản này triển khai thực hiện ("Thực hiện Kế hoạch số..."), khác với căn cứ pháp lý.' },
      },
      { name: 'body', label: 'Nội dung', type: 'richText' },
      {
        name: 'recipients',
        label: 'Nơi nhận',
        type: 'array',
        labels: { singular: 'Nơi nhận', plural: 'Nơi nhận' },
        fields: [{ name: 'name', label: 'Nơi nhận', type: 'text', required: true }],
      },
      { name: 'attachments', label: 'Tệp đính kèm', type: 'upload', relationTo: 'media', hasMany: true },
      {
        type: 'collapsible',
        label: 'Phân loại và hiệu lực',
        fields: [
          { name: 'movement', label: 'Phong trào thi đua', type: 'relationship', relationTo: 'movements', index: true },
          { name: 'field', label: 'Lĩnh vực', type: 'select', options: DOCUMENT_FIELDS, defaultValue: 'emulation-commendation', index: true },
          // Its own migration (issue9_validity_default): drizzle rebuilds the table for a changed default.
          { name: 'validity', label: 'Tình trạng hiệu lực', type: 'select', options: VALIDITY, defaultValue: 'undetermined', index: true },
          { name: 'amends', label: 'Sửa đổi, bổ sung văn bản', type: 'relationship', relationTo: 'documents', hasMany: true },
          { name: 'replaces', label: 'Thay thế văn bản', type: 'relationship', relationTo: 'documents', hasMany: true },
        ],
      },
      sampleField,
      seedKeyField,
    ],
  }),
  ['number', 'abstract', 'signer', 'body', (doc) => (doc.legalBasis ?? []).map((b: any) => b?.citation), (doc) => (doc.recipients ?? []).map((r: any) => r?.name)],
)
