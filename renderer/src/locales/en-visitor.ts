/** Texts of the visitor's screens (check-in, invitations, pass, check-out). */
export const enVisitor = {} as const
