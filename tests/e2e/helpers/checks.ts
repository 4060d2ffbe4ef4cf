import fs from 'node:fs'
import { createRequire } from 'node:module'

import { HtmlValidate } from 'html-validate'
import type { Page } from 'playwright-core'

const require = createRequire(import.meta.url)
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  targets: string[]
}

/** axe-core, run inside the page, at WCAG 2.1 A and AA. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the browser's devtools protocol, not as an inline <script>: the site's
  // Content-Security-Policy rightly refuses inline scripts it did not hash, and a test must not weaken it.
  if (!(await page.evaluate(() => Boolean((window as any).axe)))) await page.evaluate(AXE)
  return page.evaluate(async () => {
    const result = await (window as any).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
    return result.violations.map((v: any) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n: any) => n.target.join(' ')) }))
  })
}

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Formatting choices of Astro's output, not errors in the document.
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    'long-title': 'off',
    // Astro scopes component styles with inline <style>; our own inline styles are only the 500 page's.
    'no-inline-style': 'off',
    // Check boxes of one group share a name (?loai=a&loai=b).
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
})

/** html-validate errors of a whole HTML document, as readable lines. */
export async function htmlErrors(html: string): Promise<string[]> {
  const report = await validator.validateString(html)
  return report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId} at ${m.line}:${m.column}: ${m.message}`))
}
