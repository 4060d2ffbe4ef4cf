export * from './jsonLd'
export * from './urls'
export * from './dublinCore'
