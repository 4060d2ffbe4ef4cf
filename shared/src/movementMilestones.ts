/** The milestones of an emulation movement: launched, reviewed midway (sơ kết), concluded (tổng kết). */
export type MilestoneKind = 'launch' | 'interim' | 'final' | 'other'

/** As readers see them on the movement's timeline. */
export const MILESTONE_KIND_LABELS: Record<MilestoneKind, string> = {
  launch: 'Phát động',
  interim: 'Sơ kết',
  final: 'Tổng kết',
  other: 'Mốc khác',
}
