'use client'
/**
 * The version comparison of a yes/no field: "Có" / "Không" instead of Payload's
 * raw "true" / "false".
 */
import { FieldDiffContainer, getHTMLDiffComponents, useTranslation } from '@payloadcms/ui'
import type { FieldDiffClientProps } from 'payload'
import React from 'react'

const word = (value: unknown) => (value === true ? 'Có' : value === false ? 'Không' : '')

export function YesNoDiff({ comparisonValue, field, locale, nestingLevel, versionValue }: FieldDiffClientProps) {
  const { i18n } = useTranslation()
  const { From, To } = getHTMLDiffComponents({
    fromHTML: `<p>${word(comparisonValue)}</p>`,
    toHTML: `<p>${word(versionValue)}</p>`,
    tokenizeByCharacter: false,
  })
  return <FieldDiffContainer className="text-diff" From={From} i18n={i18n} label={{ label: (field as { label?: never }).label, locale }} nestingLevel={nestingLevel} To={To} />
}
