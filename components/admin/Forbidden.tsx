import { getTranslations } from 'next-intl/server';
import type { Role } from '@/lib/auth/roles';

/** Shown instead of a page the person's role does not allow; nothing of the page is loaded. */
export async function Forbidden({ role }: { role: Role }) {
  const t = await getTranslations('Admin');
  return (
    <div role="alert" className="py-12">
      <h1 className="text-2xl font-bold">{t('forbiddenTitle')}</h1>
      <p className="mt-2 text-muted">{t('forbiddenBody', { role: t(`roles.${role}`) })}</p>
    </div>
  );
}
