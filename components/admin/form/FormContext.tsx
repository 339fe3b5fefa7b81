'use client';

import { createContext, useContext } from 'react';
import type { FieldErrors } from '@/lib/validation/errors';

interface FormContextValue {
  errors: FieldErrors;
  /** Values the fields start with (the draft, or what was last typed). */
  values: Record<string, unknown>;
}

const FormContext = createContext<FormContextValue>({ errors: {}, values: {} });
export const FormProvider = FormContext.Provider;
export const useFormContext = () => useContext(FormContext);
