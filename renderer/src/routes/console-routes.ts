import type { RouteRecordRaw } from 'vue-router'

/** The staff console's pages, children of /console; `meta.access` says who may open each. */
export const consoleRoutes: RouteRecordRaw[] = [
  { path: '', name: 'console-overview', component: () => import('../views/ConsoleOverviewView.vue'), meta: { access: 'staff' } },
  { path: 'visits', name: 'console-visits', component: () => import('../views/console/ConsoleVisitsView.vue'), meta: { access: 'staff' } },
  { path: 'policies', name: 'console-policies', component: () => import('../views/console/ConsolePoliciesView.vue'), meta: { access: 'manager' } },
  { path: 'kisi', name: 'console-kisi', component: () => import('../views/console/ConsoleKisiView.vue'), meta: { access: 'manager' } },
  { path: 'settings', name: 'console-settings', component: () => import('../views/ConsoleSettingsView.vue'), meta: { access: 'manager' } },
]
