import { onUnmounted, ref, type Ref } from 'vue'
import { localDayOf } from '@shared/domain/access-log/local-day'

/**
 * Today's date (`YYYY-MM-DD`, the kiosk's time zone) that moves on at midnight: a console left open
 * overnight must not keep calling yesterday "today". Checked once a minute while the screen is up.
 */
export function useToday(): Readonly<Ref<string>> {
  const today = ref(localDayOf(new Date()))
  const timer = setInterval(() => {
    const now = localDayOf(new Date())
    if (now !== today.value) today.value = now
  }, 60_000)
  onUnmounted(() => clearInterval(timer))
  return today
}
