/** Exemplary models come in two kinds: advanced examples of a movement, and good-deed examples. */
export type ExemplaryModelCategory = 'exemplary' | 'good-deed'

export const EXEMPLARY_MODEL_CATEGORY_LABELS: Record<ExemplaryModelCategory, string> = {
  exemplary: 'Điển hình tiên tiến',
  'good-deed': 'Gương người tốt, việc tốt',
}
