import { allMessages } from '@/lib/i18n/messages';
import { defaultLocale, directionOf, localesFrom } from '@/lib/i18n/locales';

const order = localesFrom(defaultLocale);

/** Shown on every page of a portal serving synthetic data, in every language whatever the page's. */
export function DemoBanner() {
  return (
    <aside aria-label={order.map((l) => allMessages[l].DemoBanner.title).join(' / ')} className="border-b-4 border-demo-ink/30 bg-demo text-demo-ink" data-testid="demo-banner">
      <div className="mx-auto grid max-w-6xl gap-2 px-4 py-3 text-sm sm:grid-cols-2 sm:gap-6">
        {order.map((l) => (
          <p key={l} lang={l} dir={directionOf(l)} className="text-start">
            <strong className="font-bold">{allMessages[l].DemoBanner.title}:</strong> {allMessages[l].DemoBanner.body}
          </p>
        ))}
      </div>
    </aside>
  );
}
