import type { RouteRecordRaw } from 'vue-router'

/** The staff console's pages, children of /console; `meta.access` says who may open each. */
export const consoleRoutes: RouteRecordRaw[] = [
  { path: '', name: 'console-overview', component: () => import('../views/ConsoleOverviewView.vue'), meta: { access: 'staff' } },
  { path: 'visits', name: 'console-visits', component: () => import('../views/console/ConsoleVisitsView.vue'), meta: { access: 'staff' } },
  { path: 'roll-call', name: 'console-roll-call', component: () => import('../views/console/ConsoleRollCallView.vue'), meta: { access: 'staff' } },
  {
    path: 'access-log/visits',
    name: 'console-access-log-visits',
    component: () => import('../views/console/ConsoleAccessLogVisitsView.vue'),
    props: (route) => ({ day: typeof route.query['day'] === 'string' ? route.query['day'] : null }),
    meta: { access: 'staff' },
  },
  { path: 'accounts', name: 'console-accounts', component: () => import('../views/console/ConsoleAccountsView.vue'), meta: { access: 'staff' } },
  {
    path: 'accounts/:userId(\\d+)',
    name: 'console-account',
    component: () => import('../views/console/ConsoleAccountView.vue'),
    props: (route) => ({ userId: Number(route.params['userId']) }),
    meta: { access: 'staff' },
  },
  { path: 'doors', name: 'console-doors', component: () => import('../views/console/ConsoleDoorsView.vue'), meta: { access: 'staff' } },
  { path: 'access-log', name: 'console-access-log', component: () => import('../views/console/ConsoleAccessLogView.vue'), meta: { access: 'staff' } },
  { path: 'scanners', name: 'console-scanners', component: () => import('../views/console/ConsoleScannersView.vue'), meta: { access: 'staff' } },
  { path: 'policies', name: 'console-policies', component: () => import('../views/console/ConsolePoliciesView.vue'), meta: { access: 'manager' } },
  { path: 'kisi', name: 'console-kisi', component: () => import('../views/console/ConsoleKisiView.vue'), meta: { access: 'manager' } },
  { path: 'audit', name: 'console-audit', component: () => import('../views/console/ConsoleAuditView.vue'), meta: { access: 'manager' } },
  { path: 'settings', name: 'console-settings', component: () => import('../views/ConsoleSettingsView.vue'), meta: { access: 'manager' } },
]
