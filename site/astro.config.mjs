import node from '@astrojs/node'
import { defineConfig } from 'astro/config'

/**
 * The public site: server-rendered on @astrojs/node, reading content
 * in-process through Payload's Local API (see src/lib/content.ts).
 */
/**
 * Host names the server may believe (the Host header): any, here. Astro would otherwise fix the list at build
 * time and see every other request as http://localhost, refusing form POSTs; the site processes check hosts
 * at run time instead, against SITE_URL and SITE_HOSTS of the machine (scripts/lib/siteHosts.mjs, preloaded),
 * so one build serves every environment.
 */
const allowedDomains = [{}]

export default defineConfig({
  // Cross-site POSTs are refused by src/middleware.ts (src/lib/engagement/sameOrigin.ts): the same check
  // as Astro's checkOrigin, at least as strict, but answering in Vietnamese (Astro's answer is English).
  security: { checkOrigin: false, allowedDomains },
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  server: { port: Number(process.env.SITE_PORT ?? 4321), host: process.env.SITE_HOST ?? '127.0.0.1' },
  trailingSlash: 'never',
  build: { format: 'file' },
  experimental: {
    // Astro hashes every script and style it renders into the Content-Security-Policy header: with those hashes no
    // other inline script, inline handler or style attribute runs, whatever reached the HTML.
    csp: {
      directives: ["default-src 'self'", "frame-ancestors 'self'", "img-src 'self' data:", "media-src 'self'", "font-src 'self'", "connect-src 'self'", "frame-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
  vite: {
    ssr: {
      // Our workspaces are TypeScript source: Vite compiles them into the server bundle.
      noExternal: ['@portal/cms', '@portal/shared'],
    },
  },
})
