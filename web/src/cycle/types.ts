/** The cycle's shapes from the HTTP contract (type-only: erased at build time). */
export type { CycleArea, CycleOpen, CycleState, ReminderResult, TodoItem, TodoList } from '#contract/index.ts';
export type { AreaState, OverviewFilter as OverviewFilterName } from '#core/cycle.ts';
