export * from './jsonLd'
export * from './urls'
