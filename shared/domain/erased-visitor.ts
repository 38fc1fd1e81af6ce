/** What an erased visitor is called from then on, in the visit and in every log row about it. */
export const erasedVisitorName = 'Erased visitor'
