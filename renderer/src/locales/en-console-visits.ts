/** Texts of the staff console's visits, visitor policies and Kisi pages. */
export const enConsoleVisits = {} as const
