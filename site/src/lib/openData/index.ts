/**
 * Open data (/du-lieu-mo/<dataset>.json|.csv): the public honour roll, the
 * documents library and the visit figures, read through the site's own
 * content functions with the site's own filters. See the page /du-lieu-mo.
 */
import { openDataLicence } from '@portal/shared/openDataLicence'

import { siteSettings } from '../content'
import { SERVER_FAULT_MESSAGE } from '../http/answers'
import { configuredSite, siteBase } from '../seo/urls'
import { takeOpenDataAllowance } from './allowance'
import { dataAnswer, refusalAnswer, type OpenDataFormat } from './answer'
import { DATASETS, isDatasetSlug, parameterNames, type Dataset } from './datasets'
import { checkParameterNames, readPaging } from './paging'
import { OpenDataRefusal } from './refusal'

export { CORS_HEADERS, datasetPath, OPEN_DATA_PATH, type OpenDataFormat } from './answer'
export { FIELD_TYPE_LABELS, type FieldDoc } from './columns'
export { DATASETS, DATASET_SLUGS, type Dataset, type DatasetSlug } from './datasets'
export { DEFAULT_LIMIT, LIMIT_PARAM, MAX_LIMIT, PAGE_PARAM, ROLL_CURSOR_PARAM } from './paging'

export interface OpenDataRequest {
  /** The route's segments: /du-lieu-mo/<dataset>.<format>. */
  dataset: string | undefined
  format: string | undefined
  url: URL
  /** The client's address (for the hourly allowance), or null when unknown. */
  address: string | null
}

/** The licence in force and the publisher's name, from the site settings. */
export async function openDataTerms() {
  const settings = await siteSettings()
  return { license: openDataLicence(settings.openData), publisher: settings.agencyName }
}

function datasetOf(request: OpenDataRequest): { dataset: Dataset; format: OpenDataFormat } {
  if (!isDatasetSlug(request.dataset) || (request.format !== 'json' && request.format !== 'csv')) {
    throw new OpenDataRefusal(404, 'not_found', 'Không có bộ dữ liệu này. Danh sách bộ dữ liệu: /du-lieu-mo.', 'unknown dataset or format')
  }
  return { dataset: DATASETS[request.dataset], format: request.format }
}

export async function openDataResponse(request: OpenDataRequest): Promise<Response> {
  try {
    const { dataset, format } = datasetOf(request)
    // Counted before anything else: a refused request costs the allowance too, so hammering gains nothing.
    await takeOpenDataAllowance(request.address)
    checkParameterNames(request.url, parameterNames(dataset))
    const paging = dataset.paged ? readPaging(request.url) : { page: 1, limit: 0 }
    const base = siteBase(configuredSite(), request.url)
    const [result, terms] = await Promise.all([dataset.read(request.url, paging, base), openDataTerms()])
    return dataAnswer({ dataset, format, url: request.url, base, paging, result, ...terms })
  } catch (error) {
    if (error instanceof OpenDataRefusal) {
      console.warn(`open data ${request.url.pathname}: refused ${error.status} ${error.code}: ${error.logLine}`)
      return refusalAnswer(error)
    }
    console.error(`Unexpected error in open data ${request.url.pathname}:`, error)
    return refusalAnswer(new OpenDataRefusal(500, 'server_error', SERVER_FAULT_MESSAGE, 'server fault'))
  }
}
