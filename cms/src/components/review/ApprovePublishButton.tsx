'use client'
/**
 * Payload's own publish button (with its "Lên lịch" schedule) under the
 * editorial board's name for it: publishing is approving.
 */
import { PublishButton } from '@payloadcms/ui'
import type { PublishButtonClientProps } from 'payload'
import React from 'react'

export function ApprovePublishButton(props: PublishButtonClientProps) {
  return <PublishButton {...props} label="Duyệt và xuất bản" />
}
