/**
 * SQL answering the ids of every Kisi access link of the visits matching `visitCondition` (a
 * condition on `visits`). An extension or a retry makes a new link, so the visit's current link is
 * not enough: every link it ever had is in its link-issued events.
 */
export function linkIdsOfVisitsSql(visitCondition: string): string {
  return `SELECT link_id FROM visits WHERE (${visitCondition}) AND link_id IS NOT NULL
    UNION SELECT json_extract(detail, '$.linkId') FROM kiosk_events
    WHERE kind = 'link-issued' AND json_valid(detail) AND visit_id IN (SELECT id FROM visits WHERE ${visitCondition})`
}
