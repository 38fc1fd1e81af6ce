import type { RouteRecordRaw } from 'vue-router'

/** The visitor's screens after the welcome screen: check-in, invitations, check-out. */
export const visitorRoutes: RouteRecordRaw[] = [
  { path: '/check-in', name: 'check-in', component: () => import('../views/VisitorUnavailableView.vue'), props: { flow: 'check-in' } },
  { path: '/check-out', name: 'check-out', component: () => import('../views/VisitorUnavailableView.vue'), props: { flow: 'check-out' } },
]
