import { createRouter, createWebHashHistory, type RouteLocationRaw } from 'vue-router'
import { consoleRoutes } from './routes/console-routes'
import { visitorRoutes } from './routes/visitor-routes'
import { useStaffStore } from './stores/staff'
import WelcomeView from './views/WelcomeView.vue'

declare module 'vue-router' {
  interface RouteMeta {
    /** Who may open the route; main enforces the same on every call it makes. */
    access?: 'staff' | 'manager'
    /** Visitor screens (and the PIN pad) return to welcome after the kiosk's idle time; the console locks after the staff one. */
    isWelcome?: boolean
    /** The screen returns to welcome on its own schedule (the pass's countdown), not the idle timer's. */
    ownsTimeout?: boolean
  }
}

/**
 * Hash history: the page is served from `app://frontdesk/index.html` in Electron and from the host's
 * root in a browser, and neither serves index.html for arbitrary paths.
 */
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', name: 'welcome', component: WelcomeView, meta: { isWelcome: true } },
    ...visitorRoutes,
    { path: '/staff', name: 'staff-pin', component: () => import('./views/StaffPinView.vue') },
    { path: '/staff/setup', name: 'staff-setup', component: () => import('./views/StaffSetupView.vue') },
    {
      path: '/console',
      component: () => import('./views/StaffConsoleView.vue'),
      meta: { access: 'staff' },
      children: consoleRoutes,
    },
    { path: '/:unknown(.*)*', redirect: '/' },
  ],
})

router.beforeEach(async (to): Promise<true | RouteLocationRaw> => {
  if (to.name !== 'staff-pin' && to.name !== 'staff-setup' && !to.meta.access) return true
  const staff = useStaffStore()
  const status = await staff.refresh()
  if (!status.pinsConfigured) return to.name === 'staff-setup' ? true : { name: 'staff-setup' }
  if (to.name === 'staff-setup') return { name: 'staff-pin' }
  if (!to.meta.access) return status.session ? { name: 'console-overview' } : true
  if (!status.session) return { name: 'staff-pin' }
  if (to.meta.access === 'manager' && status.session.role !== 'manager') return { name: 'console-overview' }
  return true
})
