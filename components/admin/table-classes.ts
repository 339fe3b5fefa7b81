/**
 * Staff tables that turn into cards below the md breakpoint: each row a card, each cell a line with its column's
 * name before it (data-label), so no key column is ever off-screen on a phone and the page never scrolls sideways.
 */
export const cardTable = {
  wrap: 'relative md:overflow-x-auto',
  table: 'w-full border-collapse text-sm',
  thead: 'hidden md:table-header-group',
  tbody: 'block md:table-row-group',
  row: 'block border-b border-line/60 py-3 align-top md:table-row md:py-0',
  /** The cell that names the row: the card's title. */
  head: 'block pb-1 text-start md:table-cell md:py-2 md:pe-4',
  cell: 'flex gap-3 py-0.5 before:w-28 before:shrink-0 before:text-muted before:content-[attr(data-label)] md:table-cell md:py-2 md:pe-4 md:before:content-none',
  th: 'py-2 pe-4 text-start',
} as const;
