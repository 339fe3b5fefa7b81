import ar from '@/locales/ar.json';
import en from '@/locales/en.json';

/** Shown on every page of a portal serving synthetic data, in both languages whatever the page's. */
export function DemoBanner() {
  return (
    <aside aria-label={`${ar.DemoBanner.title} / ${en.DemoBanner.title}`} className="border-b-4 border-demo-ink/30 bg-demo text-demo-ink" data-testid="demo-banner">
      <div className="mx-auto grid max-w-6xl gap-2 px-4 py-3 text-sm sm:grid-cols-2 sm:gap-6">
        <p lang="ar" dir="rtl" className="text-start">
          <strong className="font-bold">{ar.DemoBanner.title}:</strong> {ar.DemoBanner.body}
        </p>
        <p lang="en" dir="ltr" className="text-start">
          <strong className="font-bold">{en.DemoBanner.title}:</strong> {en.DemoBanner.body}
        </p>
      </div>
    </aside>
  );
}
