'use client';

import { useState } from 'react';

export function CopyButton({ text, label, done }: { text: string; label: string; done: string }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      // Clipboard refused (insecure origin): the text stays selectable.
    }
  }
  return (
    <button type="button" onClick={copy} className="needs-js rounded-full border border-control px-3 py-0.5 text-sm hover:border-brand hover:text-brand">
      <span aria-live="polite">{copied ? done : label}</span>
    </button>
  );
}
