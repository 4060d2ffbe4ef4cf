/** The ids a form field's aria-describedby names: its error message when it has one (`<field>-loi`), then its hint. */
export function describedBy(errors: Record<string, string | undefined>, field: string, hint?: string): string | undefined {
  return [errors[field] ? `${field}-loi` : null, hint].filter(Boolean).join(' ') || undefined
}
