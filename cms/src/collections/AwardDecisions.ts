import type { CollectionConfig } from 'payload'

import { isEditor, isEditorialUser, publishedOrEditorial } from '../access'
import { importEndpoint } from '../awards/endpoints'
import { decisionCertificatesEndpoint } from '../awards/verificationEndpoints'
import { documentNumberField, numberKeyField } from '../fields/documentNumber'
import { sampleField } from '../fields/sample'
import { seedKeyField } from '../fields/seedKey'
import { slugField } from '../fields/slug'
import { EDITORIAL_VERSIONS } from '../workflow/editorial'
import { searchable } from '../workflow/searchable'

/** Commendation decisions (quyết định khen thưởng): each award on the honour roll cites one. */
export const AwardDecisions: CollectionConfig = searchable(
  {
    slug: 'award-decisions',
    labels: { singular: 'Quyết định khen thưởng', plural: 'Quyết định khen thưởng' },
    admin: { useAsTitle: 'number', group: 'Khen thưởng', defaultColumns: ['number', 'issuedAt', 'issuer', 'abstract'] },
    // Drafts: a decision being entered, with its lines, stays out of sight until an editor publishes it.
    access: { read: publishedOrEditorial, readVersions: isEditorialUser, create: isEditor, update: isEditor, delete: isEditor },
    versions: EDITORIAL_VERSIONS,
    defaultSort: '-issuedAt',
    endpoints: [importEndpoint, decisionCertificatesEndpoint],
    fields: [
      {
        type: 'row',
        fields: [
          { ...documentNumberField({ collection: 'award-decisions', required: true }), admin: { width: '40%' } },
          { name: 'issuer', label: 'Cơ quan ban hành', type: 'relationship', relationTo: 'units', required: true, admin: { width: '60%' } },
        ],
      },
      numberKeyField,
      slugField('number'),
      {
        name: 'issuedAt',
        label: 'Ngày ký',
        type: 'date',
        required: true,
        index: true,
        admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
      },
      { name: 'abstract', label: 'Trích yếu', type: 'textarea', required: true },
      {
        type: 'row',
        fields: [
          { name: 'signer', label: 'Người ký', type: 'text', admin: { width: '50%' } },
          { name: 'signerTitle', label: 'Chức vụ người ký', type: 'text', admin: { width: '50%' } },
        ],
      },
      { name: 'movement', label: 'Phong trào thi đua', type: 'relationship', relationTo: 'movements', index: true },
      { name: 'document', label: 'Văn bản trong thư viện', type: 'relationship', relationTo: 'documents' },
      {
        name: 'awards',
        label: 'Danh sách khen thưởng',
        type: 'join',
        collection: 'awards',
        on: 'decision',
        defaultSort: 'lineNumber',
        // Not the decision itself (every line has it), and few enough columns to fit: Payload loads a
        // relationship cell only once it scrolls into view, and a column cut off at the right never did.
        admin: { defaultColumns: ['lineNumber', 'recipientName', 'awardType', 'year', 'unit'] },
      },
      {
        name: 'importList',
        type: 'ui',
        label: 'Nhập danh sách từ tệp',
        admin: { components: { Field: '/components/AwardImport#AwardImport' } },
      },
      {
        name: 'certificates',
        type: 'ui',
        label: 'Giấy chứng nhận',
        admin: { components: { Field: '/components/AwardVerification#DecisionCertificates' } },
      },
      sampleField,
      seedKeyField,
    ],
  },
  ['number', 'abstract', 'signer'],
)
