import './globals.css';
import ar from '../locales/ar.json';
import en from '../locales/en.json';

// Reached only for paths outside any locale; says it in both languages.
export default function GlobalNotFound() {
  return (
    <html lang="ar" dir="rtl">
      <body className="bg-paper text-ink">
        <main className="mx-auto max-w-2xl px-4 py-16 text-center">
          <h1 className="text-3xl font-bold">{ar.NotFound.title}</h1>
          <p className="mt-3 text-muted">{ar.NotFound.body}</p>
          <a className="mt-4 inline-block text-brand underline" href="/ar">{ar.NotFound.home}</a>
          <div lang="en" dir="ltr" className="mt-12 border-t border-line pt-8">
            <h2 className="text-2xl font-bold">{en.NotFound.title}</h2>
            <p className="mt-3 text-muted">{en.NotFound.body}</p>
            <a className="mt-4 inline-block text-brand underline" href="/en">{en.NotFound.home}</a>
          </div>
        </main>
      </body>
    </html>
  );
}
